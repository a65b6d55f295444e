package org.newsmark.ui.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.newsmark.app.UserPreferences;

/**
 * Remembers where the window was, how big, whether maximised, and where the dividers of the three
 * panes sat. A change is saved a moment after the last resize or drag (not on every pixel), and at
 * once when the window closes.
 */
final class WindowLayout {

    private static final String BOUNDS = "window.bounds";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DIVIDERS = "window.dividers";

    private final UserPreferences preferences;
    private final PauseTransition settle = new PauseTransition(Duration.millis(400));

    WindowLayout(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** Gives the panes their saved divider positions (before the window shows). */
    void restore(SplitPane split) {
        preferences.get(DIVIDERS).map(WindowLayout::numbers)
                .filter(d -> d.length == split.getDividers().size())
                .ifPresent(split::setDividerPositions);
    }

    /** Gives the stage its saved bounds when they still fit a screen. */
    void restore(Stage stage) {
        preferences.get(BOUNDS).map(WindowLayout::numbers).filter(b -> b.length == 4).ifPresent(b -> {
            Rectangle2D saved = new Rectangle2D(b[0], b[1], b[2], b[3]);
            if (!Screen.getScreensForRectangle(saved).isEmpty()) {
                stage.setX(saved.getMinX());
                stage.setY(saved.getMinY());
                stage.setWidth(saved.getWidth());
                stage.setHeight(saved.getHeight());
            }
        });
        stage.setMaximized(preferences.getBoolean(MAXIMIZED, false));
    }

    /** Saves later changes of the stage and the dividers. */
    void follow(Stage stage, SplitPane split) {
        settle.setOnFinished(e -> save(stage, split));
        InvalidationListener changed = o -> settle.playFromStart();
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
        split.getDividers().forEach(d -> d.positionProperty().addListener(changed));
    }

    void save(Stage stage, SplitPane split) {
        settle.stop();
        try {
            preferences.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) {
                preferences.put(BOUNDS, join(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
            preferences.put(DIVIDERS, join(split.getDividerPositions()));
        } catch (RuntimeException e) {
            // the layout is a convenience: an unwritable config folder must not disturb the analyst
        }
    }

    private static String join(double... values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(","));
    }

    private static double[] numbers(String saved) {
        try {
            return Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

}
