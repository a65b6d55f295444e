package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's background writer on a PostgreSQL server that goes away mid-session: what the analyst
 * does meanwhile stays queued (never reported saved), and once the server is back every action is
 * committed, in order, under the ids the screen showed.
 */
class ConnectionLossTest {

    private static final String TEXT = "Lee said \"40% of homes flooded\" in Seoul.";

    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    /** Plays the FX thread: what the writer announces runs here, in order. */
    private final ExecutorService announcer = Executors.newSingleThreadExecutor();
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());
    private PgConnectionSpec db;
    private Workspace workspace;
    private DocumentSession session;
    private long documentId;

    @BeforeEach
    void open() {
        db = PostgresServer.shared().freshMigratedDatabase("connection_loss");
        workspace = Workspace.open(db.toString(), new Annotator("ana"));
        documentId = WorkspaceStore.of(workspace).documents().insert(Document.of("lee", TEXT)).id();
        workspace.commitInBackground(writer, announcer);
        workspace.saving().addListener(s -> heard.add(s.reconnecting()
                ? "not saved, reconnecting to " + s.lost().orElseThrow() : "connection back"));
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
    }

    @AfterEach
    void close() throws Exception {
        writer.shutdownNow();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        announcer.shutdown();
        workspace.close();
        PostgresServer.shared().drop(db);
    }

    @Test
    void editsMadeWhileTheServerIsDownAreQueuedAndCommittedInOrderOnceItIsBack() throws Exception {
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heard.contains("saved tag “Lee” as speaker"));

        String notSaved = "not saved, reconnecting to " + workspace.location();
        PostgresServer.shared().stop();
        try {
            Span quote = session.tag(new TextRange(9, 31), "quote").orElseThrow();
            session.link(quote.id(), lee.id(), Relation.SAID_BY);
            session.tag(new TextRange(35, 40), "place");
            session.setStatus(DocumentStatus.DONE);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heard.contains(notSaved));
            assertThat(workspace.saving().now().unsaved()).as("the four actions since the server went").isEqualTo(4);
            assertThat(workspace.saving().now().lost()).contains(workspace.location());
            assertThat(heard.get(0)).isEqualTo("saved tag “Lee” as speaker");
            assertThat(List.copyOf(heard.subList(1, heard.size()))).as("told how many wait, never saved").containsOnly(notSaved);
            assertThat(session.spans()).extracting(Span::label).containsExactly("speaker", "quote", "place");
        } finally {
            PostgresServer.shared().startAgain();
        }

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> workspace.saving().now().unsaved() == 0 && heard.contains("saved mark “Lee said \"40% of homes…” done"));
        assertThat(workspace.saving().now().reconnecting()).isFalse();
        assertThat(heard.subList(1, heard.indexOf("connection back"))).containsOnly(notSaved);
        assertThat(heard.subList(heard.indexOf("connection back"), heard.size()))
                .containsExactly("connection back", "saved tag “40% of homes flooded” as quote", "saved link quote to “Lee”", "saved tag “Seoul” as place", "saved mark “Lee said \"40% of homes…” done");
        assertThat(heard).noneMatch(h -> h.startsWith("failed"));
        try (Store fresh = Store.connect(db)) {
            assertThat(fresh.spans().forDocument(documentId, "ana")).as("stored under the ids the screen showed")
                    .containsExactlyElementsOf(session.spans());
            assertThat(fresh.relations().forDocument(documentId, "ana")).containsExactlyElementsOf(session.relations());
            assertThat(fresh.documents().layerStatus(documentId, "ana")).isEqualTo(DocumentStatus.DONE);
        }

        session.tag(new TextRange(0, 8), "quote");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heard.get(heard.size() - 1).equals("saved tag “Lee said” as quote"));
    }

    /**
     * The connection breaks while the server commits (a deferred trigger ends the session once): the
     * writer asks the server whether that transaction committed before trying again, so the span is
     * stored once, and the analyst hears it saved once.
     */
    @Test
    void aCommitCutOffMidwayIsSettledWithTheServerAndStoredOnce() throws Exception {
        PostgresServer.shared().executeAsSuperuser(db.database(),
                "CREATE SEQUENCE kill_once",
                "CREATE FUNCTION kill_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF nextval('kill_once') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5);"
                        + " END IF; RETURN NULL; END $$",
                "CREATE CONSTRAINT TRIGGER kill_at_commit AFTER INSERT ON spans DEFERRABLE INITIALLY DEFERRED"
                        + " FOR EACH ROW EXECUTE FUNCTION kill_at_commit()");

        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> heard.contains("saved tag “Lee” as speaker"));
        assertThat(heard).contains("not saved, reconnecting to " + workspace.location(), "connection back");
        assertThat(heard).filteredOn(h -> h.startsWith("saved") || h.startsWith("failed")).containsExactly("saved tag “Lee” as speaker");
        try (Store fresh = Store.connect(db)) {
            assertThat(fresh.spans().forDocument(documentId, "ana")).containsExactly(lee);
        }
    }
}
