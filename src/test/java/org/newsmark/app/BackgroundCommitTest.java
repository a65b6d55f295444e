package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

/**
 * The window's way of saving: an action changes the session at once and is committed on a writer
 * thread afterwards, in order, one transaction each; the "FX thread" here is the test thread, which
 * runs what the writer announces when it drains {@link #announced}.
 */
class BackgroundCommitTest {

    private static final String TEXT = "Lee said \"40% of homes flooded\" in Seoul.";

    @TempDir
    Path temp;

    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final BlockingQueue<Runnable> announced = new LinkedBlockingQueue<>();
    private final List<String> heard = new ArrayList<>();
    private Workspace workspace;
    private DocumentSession session;
    private long documentId;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(temp.resolve("bg.db"));
        documentId = WorkspaceStore.of(workspace).documents().insert(Document.of("lee", TEXT)).id();
        workspace.commitInBackground(writer, announced::add);
        session = workspace.open(documentId);
        session.addSaveListener(new DocumentSession.SaveListener() {
            @Override
            public void saved(String description) {
                heard.add("saved " + description);
            }

            @Override
            public void failed(String description, RuntimeException cause) {
                heard.add("failed " + description + ": " + cause.getMessage());
            }
        });
        settle();
    }

    @AfterEach
    void close() throws Exception {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        workspace.close();
    }

    /** Waits for the writer, then runs what it announced, as the FX thread would. */
    private void settle() {
        boolean ran;
        do {
            workspace.awaitCommits();
            ran = false;
            Runnable next;
            while ((next = announced.poll()) != null) {
                next.run(); // may queue more work on the writer (a re-read)
                ran = true;
            }
        } while (ran);
    }

    private List<Span> storedSpans() {
        try (Store fresh = Store.open(temp.resolve("bg.db"))) {
            return fresh.spans().forDocument(documentId);
        }
    }

    private List<Relation> storedRelations() {
        try (Store fresh = Store.open(temp.resolve("bg.db"))) {
            return fresh.relations().forDocument(documentId);
        }
    }

    @Test
    void anActionShowsAtOnceAndIsSavedWhenTheWriterHasCommittedIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        writer.execute(() -> awaitQuietly(release)); // the writer is busy, say with a long import

        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        Span quote = session.tag(new TextRange(9, 31), "quote").orElseThrow();
        session.link(quote.id(), lee.id(), Relation.SAID_BY);

        assertThat(session.spans()).containsExactly(lee, quote);
        assertThat(storedSpans()).isEmpty();
        assertThat(heard).isEmpty();

        release.countDown();
        settle();
        assertThat(storedSpans()).as("stored under the ids the screen showed").containsExactlyElementsOf(session.spans());
        assertThat(storedRelations()).containsExactlyElementsOf(session.relations());
        assertThat(heard).containsExactly("saved tag “Lee” as speaker", "saved tag “40% of homes flooded” as quote", "saved link quote to “Lee”");
    }

    @Test
    void undoAndRedoBeforeTheWriterCaughtUpEndInTheSameRows() {
        CountDownLatch release = new CountDownLatch(1);
        writer.execute(() -> awaitQuietly(release));
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        session.tag(new TextRange(35, 40), "place");
        session.delete(lee.id());
        session.undo();
        session.undo();
        session.redo();
        release.countDown();
        settle();
        assertThat(storedSpans()).containsExactlyElementsOf(session.spans());
        assertThat(session.spans()).extracting(Span::label).containsExactly("speaker", "place");
        assertThat(session.spans().get(0).id()).isEqualTo(lee.id());
    }

    @Test
    void aRefusedCommitRereadsTheStoreDropsTheActionsBehindItAndSaysSo() throws Exception {
        session.tag(new TextRange(35, 40), "place");
        settle();
        CountDownLatch release = new CountDownLatch(1);
        writer.execute(() -> awaitQuietly(release));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("bg.db"));
             Statement st = other.createStatement()) {
            // another program makes the store refuse new spans, as a full disk would
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON spans BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
        }
        session.tag(new TextRange(0, 3), "speaker");
        session.tag(new TextRange(9, 31), "quote");
        assertThat(session.spans()).hasSize(3);

        release.countDown();
        settle();
        assertThat(heard).last().asString().startsWith("failed tag “Lee” as speaker").contains("disk is full");
        assertThat(session.spans()).as("the screen shows what the store holds").containsExactlyElementsOf(storedSpans())
                .extracting(Span::label).containsExactly("place");
        assertThat(session.nextUndo()).as("the history no longer matches the screen").isEmpty();

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("bg.db"));
             Statement st = other.createStatement()) {
            st.execute("DROP TRIGGER refuse");
        }
        session.tag(new TextRange(0, 3), "speaker");
        settle();
        assertThat(storedSpans()).extracting(Span::label).containsExactly("speaker", "place");
    }

    @Test
    void noActionIsTakenWhileTheArticleIsBeingReread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        writer.execute(() -> awaitQuietly(release));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("bg.db"));
             Statement st = other.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON spans BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
        }
        session.tag(new TextRange(0, 3), "speaker");
        release.countDown();
        workspace.awaitCommits();
        Runnable failure = announced.poll(10, TimeUnit.SECONDS);
        failure.run(); // the refusal reaches the FX thread; the re-read is queued behind it on the writer
        assertThatThrownBy(() -> session.tag(new TextRange(35, 40), "place"))
                .hasMessageContaining("could not be saved");
        settle();
        assertThat(session.tag(new TextRange(35, 40), "place")).isPresent();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
