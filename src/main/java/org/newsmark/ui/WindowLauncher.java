package org.newsmark.ui;

import javafx.application.Application;

/** Starts the JavaFX application; the launcher reaches JavaFX only through here. */
public final class WindowLauncher {

    private WindowLauncher() {
    }

    public static void open(String[] args) {
        NewsmarkApp.openEarly(java.util.List.of(args));
        Application.launch(NewsmarkApp.class, args);
    }

    /** The class-data-sharing training run ({@link ArchiveTraining}); returns once its window has closed. */
    public static void train() {
        Application.launch(ArchiveTraining.class);
    }
}
