package org.newsmark.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.prefs.Preferences;

/** Light or dark: the AtlantaFX Primer themes plus Newsmark's own stylesheet; the choice is remembered. */
final class Theme {

    static final String APP_CSS = "/css/newsmark.css";
    private static final String DARK_KEY = "dark";

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final Preferences preferences = Preferences.userNodeForPackage(Theme.class);

    Theme() {
        dark.set(safeGet());
        apply();
        dark.addListener((o, a, b) -> {
            apply();
            try {
                preferences.putBoolean(DARK_KEY, b);
            } catch (RuntimeException ignored) {
                // preferences are a convenience; an unwritable store must not break the window
            }
        });
    }

    private boolean safeGet() {
        try {
            return preferences.getBoolean(DARK_KEY, false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    boolean isDark() {
        return dark.get();
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
