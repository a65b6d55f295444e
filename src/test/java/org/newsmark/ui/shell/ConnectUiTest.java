package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentSummary;
import org.newsmark.store.Store;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Connect to a shared corpus… driven with clicks and keys: the window reopens on the
 * corpus on the test server and lists its documents; when that server then goes away, edits stay on
 * screen, the status bar says they are not saved, and once it is back they are all stored.
 */
class ConnectUiTest extends SeedWindowTest {

    private static final String MOSCOW = "Lee met officials in Moscow and Seoul on Monday.";
    private PgConnectionSpec server;

    @BeforeEach
    void corpusOnTheServer() {
        server = PostgresServer.shared().freshMigratedDatabase("connect_ui");
        try (Workspace seeded = Workspace.open(server.toString())) {
            WorkspaceStore.of(seeded).documents().insert(Document.of("moscow", MOSCOW));
            WorkspaceStore.of(seeded).documents().insert(Document.of("kim", "Kim said no."));
        }
    }

    @AfterEach
    void dropCorpus() {
        PostgresServer.shared().drop(server);
    }

    private void connectThroughTheDialog() throws Exception {
        clickOn("File");
        clickOn("Connect to a shared corpus…");
        WaitForAsyncUtils.waitForFxEvents();
        replace("#connect-host", "127.0.0.1");
        replace("#connect-port", Integer.toString(server.port()));
        replace("#connect-database", server.database());
        replace("#connect-user", "postgres");
        clickOn("#connect-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> message()).startsWith("Connected:"));
        assertThat(message()).endsWith("schema version " + Store.latestSchemaVersion() + ", 2 documents");
        clickOn("#connect-connect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> titles().contains("Kim said no.")));
    }

    private void replace(String field, String text) {
        clickOn(field);
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(text);
    }

    private String message() {
        return lookup("#connect-message").queryAs(Label.class).getText();
    }

    /** The titles the document list shows; none while the stage changes its scene. */
    private List<String> titles() {
        return lookup("#documents").tryQuery().map(list -> ((ListView<?>) list).getItems().stream()
                .map(d -> ((DocumentSummary) d).title()).toList()).orElse(List.of());
    }

    private String status() {
        return onFx(() -> lookup("#status-message").queryAs(Label.class).getText());
    }

    /** Waits for the status bar to say what {@code expected} accepts; a timeout names what it said. */
    private void awaitStatus(int seconds, java.util.function.Predicate<String> expected) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> expected.test(status()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the status bar still says: " + status() + "; spans shown: " + shownSpans(), e);
        }
    }

    private String address() {
        return "postgresql://postgres@127.0.0.1:" + server.port() + "/" + server.database();
    }

    @Test
    void connectReopensTheWorkbenchOnTheCorpusOnTheServer() throws Exception {
        connectThroughTheDialog();

        assertThat(onFx(this::titles)).containsExactlyInAnyOrder(MOSCOW, "Kim said no.");
        String title = onFx(() -> Window.getWindows().stream().filter(Stage.class::isInstance).map(w -> ((Stage) w).getTitle())
                .filter(t -> t.startsWith("Newsmark —")).findFirst().orElseThrow());
        assertThat(title).isEqualTo("Newsmark — " + address());
        assertThat(UserPreferences.at(preferencesFile()).get(ConnectDialogModel.LAST_ADDRESS)).contains(address());
    }

    @Test
    void editsWhileTheServerIsAwayAreSavedOnceItIsBack() throws Exception {
        connectThroughTheDialog();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> area().getText()).equals(MOSCOW));
        selectWithKeys("Lee");
        keys(KeyCode.DIGIT1);
        awaitStatus(20, t -> t.equals("Saved: tag “Lee” as speaker"));

        PostgresServer.shared().stop();
        try {
            selectWithKeys("Moscow");
            keys(KeyCode.DIGIT4);
            selectWithKeys("Seoul");
            keys(KeyCode.DIGIT4);
            awaitStatus(20, t -> t.startsWith("Not saved — reconnecting…"));
            assertThat(status()).contains("The connection to " + address() + " is lost");
            assertThat(lookup(".dialog-pane").tryQuery()).as("no alert for a lost connection").isEmpty();
            assertThat(shownSpans()).hasSize(3);

            clickOn("File");
            clickOn("Quit");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                    .startsWith("2 changes you made since the connection to " + address() + " was lost are not saved")
                    .endsWith("if you close now, they are lost.");
            clickOn("Keep waiting");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup("#article-view").tryQuery()).as("the window stays").isPresent();
            assertThat(status()).startsWith("Not saved — reconnecting…");
        } finally {
            PostgresServer.shared().startAgain();
        }

        // the two actions kept while the server was away are saved in order: the status names the last
        awaitStatus(60, t -> t.equals("Saved: tag “Seoul” as place"));
        try (Workspace check = Workspace.openReadOnly(server.toString(), new Annotator(workspace.annotator().name()))) {
            long id = check.documents().stream().filter(d -> d.name().equals("moscow")).findFirst().orElseThrow().id();
            assertThat(WorkspaceStore.of(check).spans().forDocument(id).stream()
                    .map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList())
                    .containsExactlyInAnyOrder("speaker@0-3", "place@21-27", "place@32-37");
        }
    }
}
