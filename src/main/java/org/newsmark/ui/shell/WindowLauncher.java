package org.newsmark.ui.shell;

import javafx.application.Application;

/** Starts the JavaFX application; the launcher reaches JavaFX only through here. */
public final class WindowLauncher {

    private WindowLauncher() {
    }

    public static void open(String[] args) {
        FramePacing.apply();
        NewsmarkApp.openEarly(java.util.List.of(args));
        Application.launch(NewsmarkApp.class, args);
    }

    /** The class-data-sharing training run ({@link ArchiveTraining}): once its window has closed, 0 if it drew the first article, else 1. */
    public static int train() {
        FramePacing.apply();
        Application.launch(ArchiveTraining.class);
        return ArchiveTraining.drewTheFirstArticle() ? 0 : 1;
    }
}
