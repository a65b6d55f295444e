package org.newsmark.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work that can wait for the frame the analyst is waiting for: it runs right after the layout of the
 * next pulse, so that frame shows the article's change without it, and the pulse after shows what it
 * did. What waits here is a side view (the span table, the label counts, the document list's row) or
 * work that competes for the cores (the suggestion engine's run), never the article.
 */
public final class AfterFrame {

    private AfterFrame() {
    }

    /** Runs {@code task} on the FX thread once the next pulse of {@code node}'s scene is laid out; at once without a scene. */
    public static void run(Node node, Runnable task) {
        Scene scene = node.getScene();
        if (scene == null) {
            task.run();
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(task);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
