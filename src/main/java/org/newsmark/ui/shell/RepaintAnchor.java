package org.newsmark.ui.shell;

import java.lang.reflect.Field;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps JavaFX from repainting the whole window for a pulse that changed nothing on screen.
 *
 * <p>JavaFX paints only a frame's dirty regions, but a pulse that synchronises nodes none of which has a
 * region to paint gets a full repaint instead: its painter takes "no dirty region" for "everything". After
 * nearly every edit the scene's root is marked for CSS while the layout pass makes new cells (the restyled
 * paragraph, table rows), so a frame or two later such a pulse repaints every node of the window, 25-35 ms of
 * software rendering, while the next key waits for it. This adds a transparent 1x1 dot that changes in every
 * pulse that synchronises nodes: such a pulse then has one tiny region to paint. Only a pulse that
 * synchronises anyway changes the dot, so the dot never causes a pulse of its own.
 *
 * <p>The count of nodes to synchronise is the scene's private field; JavaFX has no API for it. Where it
 * cannot be read (JavaFX on the module path, a renamed field) nothing is installed and JavaFX paints as
 * before.
 */
final class RepaintAnchor {

    private static final double SHOWN = 1.0;
    private static final double ALSO_SHOWN = 0.999;

    private final Rectangle dot = new Rectangle(1, 1, Color.TRANSPARENT);
    private final Field nodesToSync;
    private final Scene scene;
    private long changes;

    private RepaintAnchor(Scene scene, Field nodesToSync) {
        this.scene = scene;
        this.nodesToSync = nodesToSync;
        dot.setManaged(false);
        dot.setMouseTransparent(true);
        dot.setFocusTraversable(false);
    }

    /** Adds the dot to {@code host} (a pane of the scene) and starts watching the scene's pulses. */
    static Optional<RepaintAnchor> install(Scene scene, Pane host) {
        return nodesToSyncField().map(field -> {
            RepaintAnchor anchor = new RepaintAnchor(scene, field);
            host.getChildren().add(anchor.dot);
            scene.addPostLayoutPulseListener(anchor::afterLayout);
            return anchor;
        });
    }

    private static Optional<Field> nodesToSyncField() {
        try {
            Field f = Scene.class.getDeclaredField("dirtyNodesSize");
            f.setAccessible(true);
            return f.getType() == int.class ? Optional.of(f) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void afterLayout() {
        try {
            if (nodesToSync.getInt(scene) > 0) {
                dot.setOpacity(dot.getOpacity() == SHOWN ? ALSO_SHOWN : SHOWN);
                changes++;
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the field was made accessible when installed", e);
        }
    }

    /** How many pulses the dot has changed in. */
    long changes() {
        return changes;
    }
}
