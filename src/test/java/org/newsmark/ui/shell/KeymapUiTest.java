package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Span;
import org.testfx.util.WaitForAsyncUtils;

/** One keymap for the whole window: the label keys act from every pane, and text fields keep their typing. */
class KeymapUiTest extends SeedWindowTest {

    private void tagTwoSpans() {
        selectWithKeys("Mark Rutte");
        keys(KeyCode.DIGIT1);
        selectWithKeys("Moscow");
        keys(KeyCode.DIGIT1);
        assertThat(storedSpans()).hasSize(2);
    }

    private int start(String phrase) {
        return text().indexOf(phrase);
    }

    @Test
    void aLabelKeyRelabelsTheSpanWhoseRowWasClickedInTheSpanTable() {
        tagTwoSpans();
        clickOn(lookup("#spans .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem().textIn(text())).isEqualTo("Moscow");
        assertThat(area().isFocused()).isFalse();

        keys(KeyCode.DIGIT4);

        assertThat(storedSpans()).contains("place@" + start("Moscow") + "-" + (start("Moscow") + 6),
                "speaker@" + start("Mark Rutte") + "-" + (start("Mark Rutte") + 10));
    }

    /** The table's row follows the span selected in the text (after the frame showing the text's change). */
    @Test
    void theSpanTableRowFollowsASpanSelectedWithKeys() {
        tagTwoSpans();
        selectWithKeys("Mark Rutte");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem().textIn(text())).isEqualTo("Mark Rutte");
        selectWithKeys("Moscow");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem().textIn(text())).isEqualTo("Moscow");
    }

    @Test
    void aLabelKeyActsFromTheQuotesViewToo() {
        selectWithKeys("once again confirm");
        keys(KeyCode.DIGIT2);
        interact(() -> lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ListView<Span> quotes = lookup("#quotes").queryAs(ListView.class);
        clickOn(lookup("#quotes .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotes.isFocused()).isTrue();

        keys(KeyCode.DIGIT3);

        int at = start("once again confirm");
        assertThat(storedSpans()).containsExactly("figure@" + at + "-" + (at + "once again confirm".length()));
    }

    @Test
    void typingInTheDocumentFilterFiltersAndTagsNothing() {
        selectWithKeys("Moscow");
        clickOn("#document-filter");
        write("zz4");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#document-filter").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("zz4");
        assertThat(onFx(() -> window.model().visibleDocuments().size())).isZero();
        assertThat(storedSpans()).isEmpty();
    }

    @Test
    void clickingASpanWhereTheCaretAlreadyIsSelectsIt() {
        selectWithKeys("Moscow");
        keys(KeyCode.DIGIT4);
        int at = start("Moscow");
        keys(KeyCode.DELETE);
        assertThat(storedSpans()).isEmpty();
        shortcut(KeyCode.Z);
        assertThat(storedSpans()).hasSize(1);
        // the caret inside the span, and nothing selected: the state a delete, an undo and a look elsewhere leave
        interact(() -> {
            area().moveTo(at + 2);
            window.model().selectedSpanProperty().set(null);
        });

        javafx.geometry.Bounds letter = onFx(() -> area().getCharacterBoundsOnScreen(at + 2, at + 3).orElseThrow());
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(at + 2);
        clickOn(new javafx.geometry.Point2D(letter.getMinX() + 1, letter.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> window.model().selectedSpan().map(s -> s.textIn(text())).orElse("none"))).isEqualTo("Moscow");
        keys(KeyCode.DIGIT3);
        assertThat(storedSpans()).containsExactly("figure@" + at + "-" + (at + 6));
    }
}
