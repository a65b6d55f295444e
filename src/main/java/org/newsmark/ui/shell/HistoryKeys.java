package org.newsmark.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * The keys of the undo history: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo. The window's keymap takes
 * them, not the Edit menu's items, which only show them: an item is disabled while there is nothing to
 * take that way, and a disabled item's shortcut does nothing at all, where the key should say so.
 */
record HistoryKeys(WorkbenchViewModel model) {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALTERNATIVE = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /** Undoes or redoes for one of these keys and consumes it, so the menu's shortcut does not take it a second time. */
    void keyPressed(KeyEvent event) {
        if (UNDO.match(event)) {
            model.undo();
        } else if (REDO.match(event) || REDO_ALTERNATIVE.match(event)) {
            model.redo();
        } else {
            return;
        }
        event.consume();
    }
}
