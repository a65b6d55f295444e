package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.CopyStore;
import org.newsmark.app.ServerLogin;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;

/**
 * File → Copy corpus to… without a window: the corpus open in the window copied into a new SQLite
 * file and into an empty database on the real test server, on a worker thread, with progress rising
 * to 1, the counts told, the copy openable; the corpus itself, a file that holds a corpus and a
 * cancelled copy leave every file as it was.
 */
class CopyDialogModelTest {

    @TempDir
    Path temp;

    private Workspace corpus;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<Double> progress = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void corpus() {
        corpus = Workspace.open(temp.resolve("corpus.db"), new Annotator("ana"));
        fill(WorkspaceStore.of(corpus), 40);
    }

    /** {@code n} documents, each with a speaker, a quote said by them and a place. */
    static void fill(Store store, int n) {
        store.inTransaction(() -> {
            for (int i = 0; i < n; i++) {
                Document d = store.documents().insert(Document.of("d" + i, "Lee said \"yes " + i + "\" in Seoul."));
                long lee = store.spans().insert(new Span(0, d.id(), new TextRange(0, 3), "speaker", "ana")).id();
                long yes = store.spans().insert(new Span(0, d.id(), new TextRange(10, 15), "quote", "ana")).id();
                store.spans().insert(new Span(0, d.id(), new TextRange(d.text().indexOf("Seoul"), d.text().indexOf("Seoul") + 5),
                        "place", "ana"));
                store.relations().insert(new Relation(0, d.id(), yes, lee, Relation.SAID_BY));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        worker.shutdownNow();
        corpus.close();
    }

    private CopyDialogModel model() {
        ConnectDialogModel server = new ConnectDialogModel(UserPreferences.at(temp.resolve("preferences.properties")),
                Optional.empty(), corpus.annotator(), worker, Runnable::run);
        CopyDialogModel model = new CopyDialogModel(corpus, server, worker, Runnable::run);
        model.progressProperty().addListener((o, a, now) -> progress.add(now.doubleValue()));
        return model;
    }

    @Test
    void aNewFileGetsTheWholeCorpusWithProgressAndTheCopyOpens() {
        CopyDialogModel model = model();
        assertThat(model.fileProperty().get()).isEqualTo(temp.resolve("corpus-copy.db").toAbsolutePath().toString());
        Path to = temp.resolve("copies").resolve("copy.db");
        model.fileProperty().set(to.toString());
        temp.resolve("copies").toFile().mkdirs();

        Optional<CopyStore.Result> result = model.copy().join();

        assertThat(result).isPresent();
        assertThat(model.messageProperty().get()).startsWith("Copied 40 documents, 120 spans, 40 relations to " + to);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(progress.size()).isGreaterThan(1);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.copiedProperty().get()).isTrue();
        assertThat(files(to.getParent())).containsExactly("copy.db"); // nothing half-written beside it

        try (Workspace copy = model.openCopy().join().orElseThrow()) {
            assertThat(copy.localFile()).contains(to);
            assertThat(copy.documents()).hasSize(40);
            assertThat(copy.stats()).isEqualTo(corpus.stats());
        }
    }

    @Test
    void theOpenCorpusAndAFileThatHoldsACorpusAreRefusedAndLeftAsTheyWere() throws Exception {
        CopyDialogModel model = model();
        model.fileProperty().set(corpus.localFile().orElseThrow().toString());
        assertThat(model.copy().join()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Could not copy: " + corpus.localFile().orElseThrow()
                + " is the corpus open in this window; choose a new file");

        Path other = temp.resolve("other.db");
        try (Workspace seeded = Workspace.open(other)) {
            WorkspaceStore.of(seeded).documents().insert(Document.of("kim", "Kim said no."));
        }
        byte[] before = Files.readAllBytes(other);
        model.fileProperty().set(other.toString());
        assertThat(model.copy().join()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Could not copy: " + other + " already holds 1 documents and ")
                .endsWith("labels; a copy fills only a new, empty database").doesNotContain("Exception");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(model.copiedProperty().get()).isFalse();

        model.fileProperty().set(" ");
        model.copy().join();
        assertThat(model.messageProperty().get()).isEqualTo("Choose a new file to copy the corpus to.");
    }

    @Test
    void aCancelledCopyLeavesNoFile() {
        List<Runnable> held = new ArrayList<>();
        ConnectDialogModel server = new ConnectDialogModel(UserPreferences.at(temp.resolve("preferences.properties")),
                Optional.empty(), corpus.annotator(), held::add, Runnable::run);
        CopyDialogModel model = new CopyDialogModel(corpus, server, held::add, Runnable::run);
        Path to = temp.resolve("cancelled.db");
        model.fileProperty().set(to.toString());

        var copying = model.copy();
        assertThat(model.runningProperty().get()).isTrue();
        model.cancel();
        held.remove(0).run();

        assertThat(copying.join()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Copy cancelled; " + to + " was left as it was.");
        assertThat(files(temp)).noneMatch(name -> name.contains("cancelled"));
        assertThat(model.openCopy().join()).isEmpty();
    }

    @Test
    void anEmptyDatabaseOnTheServerGetsTheCorpusAndASecondCopyIsRefused() {
        PgConnectionSpec db = PostgresServer.shared().freshDatabase("copy_dialog");
        try {
            CopyDialogModel model = model();
            model.targetProperty().set(CopyDialogModel.Target.SERVER);
            model.server().hostProperty().set("127.0.0.1");
            model.server().portProperty().set(Integer.toString(db.port()));
            model.server().databaseProperty().set(db.database());
            model.server().userProperty().set("postgres");
            model.server().sslProperty().set(ServerLogin.SslMode.DISABLE);
            String address = model.server().login().orElseThrow().address();
            String location = "postgresql://postgres@127.0.0.1:" + db.port() + "/" + db.database(); // no sslmode

            assertThat(model.copy().join()).isPresent();
            assertThat(model.messageProperty().get()).startsWith("Copied 40 documents, 120 spans, 40 relations to " + address);
            assertThat(progress).isSorted().last().isEqualTo(1.0);
            try (Workspace copy = model.openCopy().join().orElseThrow()) {
                assertThat(copy.location()).isEqualTo(location);
                assertThat(copy.stats()).isEqualTo(corpus.stats());
            }

            assertThat(model.copy().join()).isEmpty();
            assertThat(model.messageProperty().get()).startsWith("Could not copy: " + location + " already holds 40 documents");
        } finally {
            PostgresServer.shared().drop(db);
        }
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> !n.equals("preferences.properties")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
