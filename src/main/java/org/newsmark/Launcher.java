package org.newsmark;

import javafx.application.Application;
import org.newsmark.ui.NewsmarkApp;

/**
 * The jar's entry point. It is not an {@link Application} itself, so a plain classpath jar can start
 * JavaFX. With no arguments (or only {@code --db FILE}) it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(NewsmarkApp.class, args);
    }
}
