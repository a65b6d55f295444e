package org.newsmark.ui.team;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** A read-only team window closes with Escape, as the dialogs do (it had no key to close it: only the mouse). */
final class ClosesOnEscape {

    private ClosesOnEscape() {
    }

    /** Escape not taken by a control (an open list, a popup) closes {@code stage}; call once its scene is set. */
    static void install(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }
}
