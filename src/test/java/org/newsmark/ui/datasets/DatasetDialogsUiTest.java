package org.newsmark.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.MainWindow;

/** File → Import… and File → Export… driven by keys and clicks in the real window. */
class DatasetDialogsUiTest extends FxRobot {

    private static final Path BRAT = Path.of("src/test/resources/samples/brat-news");

    @TempDir
    Path temp;

    private Path db;
    private Workspace workspace;

    @BeforeEach
    void openWindow() throws TimeoutException {
        db = temp.resolve("ui.db");
        try (Workspace setup = Workspace.open(db)) {
            WorkspaceStore.of(setup).documents().insert(Document.of("seed", "Lee said \"yes\" in Seoul.\n"));
        }
        FxToolkit.registerPrimaryStage();
        workspace = Workspace.open(db);
        FxToolkit.setupStage(s -> {
            s.close();
            new MainWindow(workspace).show(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        FxToolkit.setupStage(Stage::close);
        workspace.close();
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return lookup(id).queryAs(TextArea.class).getText();
    }

    @Test
    void importPreviewsThenImportsAndRefreshesTheDocumentList() throws Exception {
        shortcut(KeyCode.I);
        clickOn("#import-path").write(BRAT.toString()).type(KeyCode.ENTER);
        waitUntil(() -> text("#import-message").contains("to import"));
        assertThat(text("#import-message")).contains("brat: 13 documents, 119 spans, 60 relations to import")
                .contains("new labels:");
        assertThat(lookup("#import-format").queryLabeled().getText()).isEqualTo("Format: brat (detected)");
        try (Store peek = Store.open(db)) {
            assertThat(peek.documents().count()).as("the preview stores nothing").isEqualTo(1);
        }
        clickOn("#import-run");
        waitUntil(() -> text("#import-message").startsWith("imported"));
        assertThat(text("#import-message")).contains("imported 13 documents, 119 spans, 60 relations");
        ListView<?> documents = lookup("#documents").queryListView();
        assertThat(documents.getItems()).hasSize(14);
        clickOn("#import-close");
    }

    @Test
    void aBadFileShowsFileAndLineAndImportsNothing() throws Exception {
        Path broken = temp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"text\": \"ok\"}\n{\"text\": \n");
        shortcut(KeyCode.I);
        clickOn("#import-path").write(broken.toString()).type(KeyCode.ENTER);
        waitUntil(() -> text("#import-message").contains("Nothing was imported"));
        assertThat(text("#import-message")).startsWith(broken + ":2: ");
        assertThat(lookup("#import-run").queryButton().isDisabled()).isTrue();
        try (Store peek = Store.open(db)) {
            assertThat(peek.documents().count()).isEqualTo(1);
        }
    }

    @Test
    void exportWritesTheChosenFormatAndSaysWhatItWrote() throws Exception {
        shortcut(KeyCode.E);
        clickOn("#export-format");
        clickOn("csv");
        Path out = temp.resolve("spans.csv");
        doubleClickOn("#export-destination");
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(out.toString());
        clickOn("#export-run");
        waitUntil(() -> text("#export-message").startsWith("Written to"));
        assertThat(text("#export-message")).contains("1 documents, 0 spans, 0 relations written");
        assertThat(Files.readString(out)).isNotEmpty();
    }
}
