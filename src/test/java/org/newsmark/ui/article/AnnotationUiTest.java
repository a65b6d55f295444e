package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/** Attribution, undo/redo, tag-all and resizing, driven from the keyboard as an analyst would. */
class AnnotationUiTest extends SeedWindowTest {

    private static final String QUOTE = "This undermines the rules-based international order";

    private Span shown(String label, String phrase) {
        return table().getItems().stream().filter(s -> s.label().equals(label) && s.textIn(text()).equals(phrase))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " '" + phrase + "' in " + shownSpans()));
    }

    private String speakerColumnOf(Span quote) {
        return onFx(() -> window.model().session().flatMap(s -> s.speakerOf(quote.id()))
                .map(s -> s.textIn(text())).orElse(""));
    }

    @Test
    void linkAQuoteToItsSpeakerWithKeysOnly() {
        selectWithKeys("Yoon said");
        shortcut(KeyCode.F);
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("Yoon");
        keys(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ESCAPE); // second hit: the "Yoon" of "Yoon held"
        int yoonAt = area().getSelection().getStart();
        keys(KeyCode.DIGIT1);
        // N selects the first untagged passage in quotation marks; 2 tags it as a quote
        interact(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
        keys(KeyCode.N);
        assertThat(area().getSelectedText()).startsWith("once again confirm");
        keys(KeyCode.DIGIT2);
        Span quote = shown("quote", area().getSelectedText());
        // A lists the speakers nearby, 1 picks the nearest
        workspace.awaitCommits(); // the quote's "Saved" is said before the prompt, not over it
        WaitForAsyncUtils.waitForFxEvents();
        keys(KeyCode.A);
        assertThat(lookup("#attribution-bar").query().isVisible()).isTrue();
        assertThat(lookup("#candidate-1").queryAs(Label.class).getText()).isEqualTo("Yoon");
        // one speaker nearby: its key is "1", not the range "1–1"
        assertThat(window.model().messageProperty().get()).startsWith("Attribute to which speaker? Press 1,");
        keys(KeyCode.DIGIT1);
        assertThat(lookup("#attribution-bar").query().isVisible()).isFalse();

        List<Relation> relations = storedRelations();
        assertThat(relations).hasSize(1);
        assertThat(relations.get(0).fromSpanId()).isEqualTo(quote.id());
        assertThat(relations.get(0).type()).isEqualTo("said_by");
        Span speaker = shown("speaker", "Yoon");
        assertThat(speaker.start()).isEqualTo(yoonAt);
        assertThat(relations.get(0).toSpanId()).isEqualTo(speaker.id());
        assertThat(speakerColumnOf(quote)).isEqualTo("Yoon");
        // the quote is selected: its speaker is emphasised in the text
        assertThat(emphasisedAt(yoonAt)).isTrue();

        // a quote relabelled as a figure is said by nobody: the link goes in the same action, and says so
        keys(KeyCode.DIGIT3);
        assertThat(storedRelations()).isEmpty();
        assertThat(shown("figure", quote.textIn(text())).id()).isEqualTo(quote.id());
        assertThat(window.model().messageProperty().get()).contains("and unlink its speaker");
        shortcut(KeyCode.Z);
        assertThat(storedRelations()).hasSize(1);
        assertThat(shown("quote", quote.textIn(text())).id()).isEqualTo(quote.id());
        // 0 in the picker removes the attribution
        keys(KeyCode.A, KeyCode.DIGIT0);
        assertThat(storedRelations()).isEmpty();
    }

    @Test
    void undoAndRedoTenMixedActionsOnScreenAndInTheDatabase() {
        selectWithMouse("Mark Rutte");
        keys(KeyCode.DIGIT1);                                   // 1 create speaker
        selectWithMouse(QUOTE);
        keys(KeyCode.DIGIT2);                                   // 2 create quote
        keys(KeyCode.A, KeyCode.DIGIT1);                        // 3 link quote -> Mark Rutte
        selectWithMouse("Korean Peninsula");
        keys(KeyCode.DIGIT4);                                   // 4 create place
        keys(KeyCode.DIGIT3);                                   // 5 relabel place -> figure
        press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();                    // 6 resize: end grows by a word
        selectWithMouse("Moscow");
        keys(KeyCode.DIGIT4);                                   // 7 create place
        keys(KeyCode.DELETE);                                   // 8 delete it
        clickOn("#status-done");                                // 9 status done
        selectWithMouse("Pyongyang");
        keys(KeyCode.DIGIT4);                                   // 10 create place

        List<String> finalSpans = shownSpans();
        assertThat(storedSpans()).isEqualTo(finalSpans);
        assertThat(finalSpans).hasSize(4);
        List<List<String>> screens = new java.util.ArrayList<>();
        List<Integer> relationCounts = new java.util.ArrayList<>();
        for (int step = 10; step >= 1; step--) {
            screens.add(shownSpans());
            relationCounts.add(storedRelations().size());
            shortcut(KeyCode.Z);
            assertThat(storedSpans()).as("database after undo of step %d", step).isEqualTo(shownSpans());
        }
        assertThat(shownSpans()).isEmpty();
        assertThat(storedSpans()).isEmpty();
        assertThat(storedRelations()).isEmpty();
        for (int step = 1; step <= 10; step++) {
            if (step % 2 == 0) {
                shortcut(KeyCode.Y);
            } else {
                press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
            }
            List<String> expected = screens.get(10 - step);
            assertThat(shownSpans()).as("screen after redo of step %d", step).isEqualTo(expected);
            assertThat(storedSpans()).as("database after redo of step %d", step).isEqualTo(expected);
            assertThat(storedRelations()).hasSize(relationCounts.get(10 - step));
        }
        assertThat(shownSpans()).isEqualTo(finalSpans);
        assertThat(shown("figure", "Korean Peninsula and").id()).isPositive();
    }

    @Test
    void tagAllHitsOfRussiaAsPlaceAndOneUndoRemovesThemAll() {
        Matcher matcher = Pattern.compile("\\bRussia\\b").matcher(text());
        int expected = 0;
        while (matcher.find()) {
            expected++;
        }
        assertThat(expected).isEqualTo(9);
        shortcut(KeyCode.F);
        write("Russia");
        clickOn("#whole-word");
        clickOn("#match-case");
        assertThat(lookup("#search-summary").queryAs(Label.class).getText()).isEqualTo("9 hits");
        clickOn("#tag-all");
        clickOn("#tag-all-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(9).allMatch(s -> s.label().equals("place") && s.textIn(text()).equals("Russia"));
        assertThat(storedSpans()).hasSize(9);
        // a second tag-all adds nothing: every hit is already a place
        clickOn("#tag-all");
        clickOn("#tag-all-place");
        assertThat(storedSpans()).hasSize(9);
        interact(() -> area().requestFocus());
        shortcut(KeyCode.Z);
        assertThat(table().getItems()).isEmpty();
        assertThat(storedSpans()).isEmpty();
    }

    @Test
    void resizeTheSelectedSpanByKeys() {
        selectWithMouse("Secretary General Mark");
        keys(KeyCode.DIGIT1);
        press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSpans()).hasSize(1);
        assertThat(table().getItems().get(0).textIn(text())).isEqualTo("Secretary General Mark Rutte");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems().get(0).textIn(text())).isEqualTo("NATO Secretary General Mark Rutte");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT, KeyCode.SHIFT, KeyCode.CONTROL);
        press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems().get(0).textIn(text())).isEqualTo("Secretary General Mark");
        assertThat(storedSpans()).isEqualTo(shownSpans());
    }

    @Test
    void resizeTheSelectedSpanByDraggingItsEdge() {
        selectWithMouse("Secretary General");
        keys(KeyCode.DIGIT1);
        int end = text().indexOf("Secretary General") + "Secretary General".length();
        int target = text().indexOf("Rutte", end) + 2;
        javafx.geometry.Bounds edge = onFx(() -> area().getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        javafx.geometry.Bounds into = onFx(() -> area().getCharacterBoundsOnScreen(target, target + 1).orElseThrow());
        moveTo(new javafx.geometry.Point2D(edge.getMaxX(), edge.getCenterY()));
        press(javafx.scene.input.MouseButton.PRIMARY);
        moveTo(new javafx.geometry.Point2D(into.getMinX(), into.getCenterY()));
        release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // dropped inside "Rutte": the new end snaps to the whole word
        assertThat(table().getItems()).extracting(s -> s.textIn(text())).containsExactly("Secretary General Mark Rutte");
        assertThat(storedSpans()).isEqualTo(shownSpans());
        shortcut(KeyCode.Z);
        assertThat(table().getItems()).extracting(s -> s.textIn(text())).containsExactly("Secretary General");
    }
}
