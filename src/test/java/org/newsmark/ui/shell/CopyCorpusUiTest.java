package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Copy corpus to… driven with clicks and keys: a path typed in the dialog gets the whole
 * corpus, the progress bar rises to full, the counts are told, and Open the copy puts the window on it.
 */
class CopyCorpusUiTest extends SeedWindowTest {

    @Test
    void aTypedNewFileGetsTheCorpusAndTheWindowOpensTheCopy() throws Exception {
        Store store = WorkspaceStore.of(workspace);
        long document = workspace.documents().get(0).id();
        String text = store.documents().find(document).orElseThrow().text();
        long rutte = store.spans().insert(new Span(0, document, range(text, "Rutte"), "speaker", "analyst")).id();
        long yoon = store.spans().insert(new Span(0, document, range(text, "Yoon"), "speaker", "analyst")).id();
        store.relations().insert(new Relation(0, document, rutte, yoon, Relation.SAID_BY));
        Path copy = temp.resolve("copied.db");

        clickOn("File");
        clickOn("Copy corpus to…");
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        onFx(() -> {
            lookup("#copy-progress").queryAs(ProgressBar.class).progressProperty()
                    .addListener((o, a, now) -> progress.add(now.doubleValue()));
            return null;
        });
        clickOn("#copy-file");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(copy.toString());
        clickOn("#copy-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(this::message).startsWith("Copied"));

        assertThat(onFx(this::message)).startsWith("Copied 1 documents, 2 spans, 1 relations to " + copy);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(Files.exists(copy)).isTrue();
        try (Workspace copied = Workspace.openReadOnly(copy)) {
            assertThat(copied.stats()).isEqualTo(workspace.stats());
            assertThat(WorkspaceStore.of(copied).spans().forDocument(document)).hasSize(2);
        }

        clickOn("#copy-open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .filter(Stage.class::isInstance).map(w -> ((Stage) w).getTitle())
                .anyMatch(t -> t.equals("Newsmark — " + copy))));
    }

    private String message() {
        return lookup("#copy-message").queryAs(TextArea.class).getText();
    }

    private static TextRange range(String text, String phrase) {
        int start = text.indexOf(phrase);
        return new TextRange(start, start + phrase.length());
    }
}
