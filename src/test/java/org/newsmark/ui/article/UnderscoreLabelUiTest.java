package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Label;
import org.newsmark.store.Store;
import org.newsmark.ui.shell.SeedWindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A label named with an underscore, {@code key_figure}, is shown with it in the span's context menu,
 * the find bar's Tag all menu and the label bar (not taken for a mnemonic, which would hide it), and
 * choosing it there tags with that label.
 */
class UnderscoreLabelUiTest extends SeedWindowTest {

    private static final String KEY_FIGURE = "key_figure";

    @BeforeEach
    void addTheLabel() throws Exception {
        closeWindow();
        try (Store store = database.open()) {
            store.labels().insert(Label.of(KEY_FIGURE, "#8a5cf6", "5", 5));
        }
        startWindow();
    }

    /** The visible text drawn as {@code text} (a mnemonic's underscore is not drawn). */
    private Node drawn(String text) {
        return lookup(text).match(n -> n instanceof Text && n.isVisible()).query();
    }

    private boolean isDrawn(String text) {
        return lookup(text).match(n -> n instanceof Text && n.isVisible()).tryQuery().isPresent();
    }

    private String span(String label, String phrase) {
        int start = text().indexOf(phrase);
        return label + "@" + start + "-" + (start + phrase.length());
    }

    @Test
    void theSpansContextMenuShowsTheNameAndTagsWithIt() {
        selectWithMouse("Mark Rutte");
        Bounds middle = onFx(() -> area().getCharacterBoundsOnScreen(text().indexOf("Mark Rutte") + 3,
                text().indexOf("Mark Rutte") + 4).orElseThrow());
        Point2D screen = new Point2D(middle.getCenterX(), middle.getCenterY());
        moveTo(screen);
        clickOn(MouseButton.SECONDARY);
        // Monocle's headless platform turns no right click into the context-menu request a desktop sends
        interact(() -> {
            Point2D local = area().screenToLocal(screen);
            area().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(drawn("Tag as"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isDrawn(KEY_FIGURE + "   (5)")).as("the item as drawn, underscore and all").isTrue();
        clickOn(drawn(KEY_FIGURE + "   (5)"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedSpans()).containsExactly(span(KEY_FIGURE, "Mark Rutte"));
    }

    @Test
    void theFindBarsTagAllMenuAndTheLabelBarShowTheNameAndTagEveryHitWithIt() {
        shortcut(KeyCode.F);
        write("Moscow");
        clickOn("#tag-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isDrawn(KEY_FIGURE)).as("the item as drawn, underscore and all").isTrue();
        clickOn(drawn(KEY_FIGURE));
        WaitForAsyncUtils.waitForFxEvents();

        int first = text().indexOf("Moscow");
        int second = text().indexOf("Moscow", first + 1);
        assertThat(storedSpans()).containsExactly(KEY_FIGURE + "@" + first + "-" + (first + 6),
                KEY_FIGURE + "@" + second + "-" + (second + 6));
        // the bar is narrow in the test's window: its button is cut short, after the underscore
        assertThat(onFx(() -> lookup("#label-" + KEY_FIGURE + " .text").queryAllAs(Text.class).stream()
                .map(Text::getText).toList())).as("the label bar's button as drawn").anyMatch(t -> t.startsWith("key_f"));
    }
}
