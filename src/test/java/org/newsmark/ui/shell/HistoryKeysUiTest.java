package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y say so when there is nothing to take back or again, though the Edit
 * menu's items are disabled then, and take one step each when there is.
 */
class HistoryKeysUiTest extends SeedWindowTest {

    private String status() {
        return onFx(() -> lookup("#status-message").queryAs(Label.class).getText());
    }

    private void shiftShortcut(KeyCode code) {
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(code).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String span(String label, String phrase) {
        int start = text().indexOf(phrase);
        return label + "@" + start + "-" + (start + phrase.length());
    }

    @Test
    void withAnEmptyHistoryEachKeySaysThereIsNothingToTake() {
        shortcut(KeyCode.Z);
        assertThat(status()).isEqualTo("Nothing to undo");
        shortcut(KeyCode.Y);
        assertThat(status()).isEqualTo("Nothing to redo");
        shortcut(KeyCode.Z);
        shiftShortcut(KeyCode.Z);
        assertThat(status()).isEqualTo("Nothing to redo");
        assertThat(storedSpans()).isEmpty();
    }

    @Test
    void ctrlZUndoesOnceNotThroughBothTheMenuAndTheKeymap() {
        selectWithMouse("Mark Rutte");
        keys(KeyCode.DIGIT1);
        selectWithMouse("Moscow");
        keys(KeyCode.DIGIT4);
        assertThat(storedSpans()).containsExactly(span("speaker", "Mark Rutte"), span("place", "Moscow"));

        shortcut(KeyCode.Z);
        assertThat(storedSpans()).as("one key, one step back").containsExactly(span("speaker", "Mark Rutte"));
        assertThat(status()).isEqualTo("Saved: undo tag “Moscow” as place");
        shortcut(KeyCode.Z);
        assertThat(storedSpans()).isEmpty();
        shortcut(KeyCode.Z);
        assertThat(status()).isEqualTo("Nothing to undo");

        shortcut(KeyCode.Y);
        assertThat(storedSpans()).as("one key, one step again").containsExactly(span("speaker", "Mark Rutte"));
        shiftShortcut(KeyCode.Z);
        assertThat(storedSpans()).containsExactly(span("speaker", "Mark Rutte"), span("place", "Moscow"));
        shortcut(KeyCode.Y);
        assertThat(status()).isEqualTo("Nothing to redo");
        assertThat(storedSpans()).hasSize(2);
    }
}
