package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Edit → Undo and Redo say what they would do, as the analyst's keys fill and walk the history. */
class UndoMenuUiTest extends SeedWindowTest {

    private static final String QUOTE = "This undermines the rules-based international order";

    private Menu edit() {
        return lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getItems().stream().anyMatch(i -> "menu-undo".equals(i.getId()))).findFirst().orElseThrow();
    }

    /** The item's text, with its mnemonic's underscore, and "(disabled)" when it is. */
    private String item(String id) {
        return onFx(() -> {
            MenuItem item = edit().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            return item.getText() + (item.isDisable() ? " (disabled)" : "");
        });
    }

    private String undo() {
        return item("menu-undo");
    }

    private String redo() {
        return item("menu-redo");
    }

    @Test
    void undoAndRedoNameTheActionsTheKeysTookAndTookBack() {
        assertThat(undo()).isEqualTo("_Undo (disabled)");
        assertThat(redo()).isEqualTo("_Redo (disabled)");

        selectWithMouse("Mark Rutte");
        keys(KeyCode.DIGIT1);
        assertThat(undo()).isEqualTo("_Undo Tag “Mark Rutte” as speaker");
        selectWithMouse(QUOTE);
        keys(KeyCode.DIGIT2);
        assertThat(undo()).isEqualTo("_Undo Tag “This undermines the…” as quote");
        keys(KeyCode.A, KeyCode.DIGIT1);
        assertThat(undo()).isEqualTo("_Undo Link quote to “Mark Rutte”");
        assertThat(redo()).isEqualTo("_Redo (disabled)");

        shortcut(KeyCode.Z);
        assertThat(redo()).isEqualTo("_Redo Link quote to “Mark Rutte”");
        assertThat(undo()).isEqualTo("_Undo Tag “This undermines the…” as quote");
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Z);
        assertThat(undo()).isEqualTo("_Undo (disabled)");
        assertThat(redo()).isEqualTo("_Redo Tag “Mark Rutte” as speaker");
        assertThat(storedSpans()).isEmpty();

        shortcut(KeyCode.Z); // nothing left to undo: the item stays disabled, the key says so
        assertThat(undo()).isEqualTo("_Undo (disabled)");
        assertThat(redo()).isEqualTo("_Redo Tag “Mark Rutte” as speaker");
        shortcut(KeyCode.Y);
        assertThat(undo()).isEqualTo("_Undo Tag “Mark Rutte” as speaker");
        assertThat(redo()).isEqualTo("_Redo Tag “This undermines the…” as quote");
        assertThat(shownSpans()).hasSize(1);
    }

    private String status() {
        return onFx(() -> lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText());
    }

    /** Every action, not just tag and link: the Edit menu and the status bar name the words it touched. */
    @Test
    void resizeRelabelDeleteTagAllAndStatusAreNamedByTheirWords() {
        selectWithMouse("Secretary General Mark");
        keys(KeyCode.DIGIT1);
        press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undo()).isEqualTo("_Undo Resize speaker “Secretary General Mark” to “Secretary General Mark Rutte”");
        keys(KeyCode.DIGIT4);
        assertThat(undo()).isEqualTo("_Undo Relabel speaker “Secretary General Mark Rutte” as place");
        keys(KeyCode.DELETE);
        assertThat(undo()).isEqualTo("_Undo Delete place “Secretary General Mark Rutte”");
        assertThat(storedSpans()).isEmpty();
        assertThat(status()).isEqualTo("Saved: delete place “Secretary General Mark Rutte”");
        shortcut(KeyCode.Z);
        assertThat(redo()).isEqualTo("_Redo Delete place “Secretary General Mark Rutte”");

        shortcut(KeyCode.F);
        write("Moscow");
        clickOn("#tag-all");
        clickOn("#tag-all-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undo()).isEqualTo("_Undo Tag all 2 “Moscow” as place");
        assertThat(storedSpans()).hasSize(3);
        assertThat(status()).isEqualTo("Saved: tag all 2 “Moscow” as place");

        clickOn("#status-done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undo()).isEqualTo("_Undo Mark “South Korea's President Yoon…” done");
    }

    @Test
    void altEOpensTheEditMenuWhichShowsTheUndoByName() {
        selectWithMouse("Mark Rutte");
        keys(KeyCode.DIGIT1);
        assertThat(onFx(() -> edit().isMnemonicParsing() && edit().getText().equals("_Edit"))).isTrue();

        press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(onFx(() -> edit().isShowing())).as("Alt+E opened the Edit menu").isTrue();
            assertThat(lookup("Undo Tag “Mark Rutte” as speaker").match(n -> n instanceof Text && n.isVisible())
                    .tryQuery()).as("the item as drawn, without the underscore").isPresent();
        } finally {
            keys(KeyCode.ESCAPE);
        }
        assertThat(onFx(() -> edit().isShowing())).isFalse();
    }
}
