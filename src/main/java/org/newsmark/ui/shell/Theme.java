package org.newsmark.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.newsmark.app.UserPreferences;

/** Light or dark: the AtlantaFX Primer themes plus Newsmark's own stylesheet; the choice is saved at once. */
final class Theme {

    static final String APP_CSS = "/css/newsmark.css";
    private static final String DARK_KEY = "theme.dark";

    private final BooleanProperty dark = new SimpleBooleanProperty();

    Theme(UserPreferences preferences, java.util.function.Consumer<String> problems) {
        dark.set(preferences.getBoolean(DARK_KEY, false));
        apply();
        dark.addListener((o, a, b) -> {
            apply();
            try {
                preferences.put(DARK_KEY, Boolean.toString(b));
            } catch (RuntimeException e) {
                problems.accept(e.getMessage());
            }
        });
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    boolean isDark() {
        return dark.get();
    }

    private void apply() {
        apply(dark.get());
    }

    /** The theme's compiled stylesheet: parsing its 170 KB of CSS at start-up cost the FX thread some 200 ms more. */
    private static void apply(boolean dark) {
        String sheet = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        // set again, the same stylesheet would be read again (the start sets it while the database opens)
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    /** The analyst's theme for what shows before the window (the first start's question, the wait for the database). */
    static void applySaved(UserPreferences preferences) {
        apply(preferences.getBoolean(DARK_KEY, false));
    }
}
