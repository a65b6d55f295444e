package org.newsmark.ui.team;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A team window styled like the window it opened over, for as long as it is open: its stylesheets are
 * the owner's, bound, so the label colours the owner restyles on a light/dark switch reach it too
 * (a copy taken at opening kept the theme of that moment).
 */
final class OwnerStyles {

    private OwnerStyles() {
    }

    /** Binds {@code stage}'s stylesheets to {@code owner}'s until the stage is hidden; call once its scene is set. */
    static void follow(Stage stage, Window owner) {
        ObservableList<String> own = stage.getScene().getStylesheets();
        ObservableList<String> theirs = owner.getScene().getStylesheets();
        Bindings.bindContent(own, theirs);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Bindings.unbindContent(own, theirs));
    }
}
