package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/**
 * Undo after the label scheme changed in between, through the real Edit → Label scheme… dialog: a
 * rename changes nothing for undo; an undo that cannot be done says why and keeps the history.
 */
class UndoAcrossSchemeEditsUiTest extends SeedWindowTest {

    private void openScheme() {
        clickOn("Edit").clickOn("Label scheme…");
        schemeWritten();
    }

    /** The dialog writes and reads the scheme on the window's writer thread, then shows it. */
    private void schemeWritten() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            runner.writer().submit(() -> { }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeScheme() {
        clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String statusMessage() {
        return lookup("#status-message").queryAs(Label.class).getText();
    }

    private String span(String label, String phrase) {
        int start = text().indexOf(phrase);
        return label + "@" + start + "-" + (start + phrase.length());
    }

    @Test
    void tagDeleteRenameTheLabelThenUndoBringsTheSpanBackUnderTheNewName() {
        selectWithMouse("Mark Rutte");
        keys(KeyCode.DIGIT1);
        assertThat(shownSpans()).containsExactly(span("speaker", "Mark Rutte"));
        keys(KeyCode.DELETE);
        assertThat(storedSpans()).isEmpty();

        openScheme();
        clickOn("#label-name-speaker");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("source");
        keys(KeyCode.ENTER);
        schemeWritten();
        assertThat(lookup("#label-name-source").tryQuery()).isPresent();
        closeScheme();

        shortcut(KeyCode.Z);
        assertThat(statusMessage()).isEqualTo("Saved: undo delete speaker “Mark Rutte”");
        assertThat(shownSpans()).containsExactly(span("source", "Mark Rutte"));
        assertThat(storedSpans()).isEqualTo(shownSpans());
        shortcut(KeyCode.Z);
        assertThat(shownSpans()).isEmpty();
        assertThat(storedSpans()).isEmpty();
        shortcut(KeyCode.Y);
        shortcut(KeyCode.Y);
        assertThat(storedSpans()).isEmpty();
        shortcut(KeyCode.Z);
        assertThat(storedSpans()).containsExactly(span("source", "Mark Rutte"));
    }

    @Test
    void anUndoThatCannotBeDoneSaysWhyAndKeepsTheHistory() {
        openScheme();
        clickOn("#new-label-name").write("rumour");
        keys(KeyCode.ENTER); // the new label gets the first free digit, 5
        schemeWritten();
        closeScheme();
        selectWithMouse("Moscow");
        keys(KeyCode.DIGIT5);
        assertThat(shownSpans()).containsExactly(span("rumour", "Moscow"));
        keys(KeyCode.DELETE);

        openScheme();
        Node row = lookup("#label-name-rumour").query().getParent();
        Node delete = ((HBox) row).getChildren().stream().filter(Button.class::isInstance)
                .reduce((a, b) -> b).orElseThrow(); // the last button of the row: delete
        clickOn(delete);
        schemeWritten();
        assertThat(lookup("#label-name-rumour").tryQuery()).isEmpty();
        closeScheme();

        String expected = "Could not undo delete rumour “Moscow”: its label was deleted from the scheme; the history is kept";
        shortcut(KeyCode.Z);
        assertThat(statusMessage()).isEqualTo(expected);
        assertThat(lookup(".dialog-pane").tryQuery()).as("no \"could not save\" alert").isEmpty();
        assertThat(shownSpans()).isEmpty();
        assertThat(storedSpans()).isEmpty();
        shortcut(KeyCode.Z);
        assertThat(statusMessage()).isEqualTo(expected);
        assertThat(onFx(() -> window.model().session().orElseThrow().nextUndo())).contains("delete rumour “Moscow”");
    }
}
