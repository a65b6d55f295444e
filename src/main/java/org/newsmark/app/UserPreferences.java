package org.newsmark.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.newsmark.io.AtomicOutput;

/**
 * The user's preferences (theme, window layout, last export folder and format) in one small
 * properties file under the XDG config folder. Every change is written at once, whole or not at all
 * (a temporary file beside it, then a rename), so a kill right after a change loses nothing.
 */
public final class UserPreferences {

    private final Path file;
    private final Properties values = new Properties();

    private UserPreferences(Path file) {
        this.file = file;
    }

    /** The preferences of this user: {@code $XDG_CONFIG_HOME/newsmark/preferences.properties} or its platform twin. */
    public static UserPreferences standard() {
        return at(DataPaths.defaultConfigFolder().resolve("preferences.properties"));
    }

    /** Preferences kept in {@code file}; a missing or unreadable file means defaults. */
    public static UserPreferences at(Path file) {
        UserPreferences preferences = new UserPreferences(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            preferences.values.load(in);
        } catch (NoSuchFileException e) {
            // first start: defaults
        } catch (IOException | IllegalArgumentException e) {
            // a damaged file is replaced by the next change rather than stopping the window
            preferences.values.clear();
        }
        return preferences;
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    public Optional<Double> getDouble(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The key of the analyst's name: whose layer the window works on. */
    public static final String ANNOTATOR = "annotator";

    /**
     * The analyst's name: the one kept here, else (the first start) this OS user's name, which is then
     * kept so that it can be changed in the file. A kept name that cannot name an annotator is
     * replaced the same way.
     */
    public synchronized org.newsmark.model.Annotator annotator() {
        Optional<String> kept = get(ANNOTATOR).map(String::strip)
                .filter(n -> org.newsmark.model.Annotator.problemWith(n).isEmpty());
        if (kept.isPresent()) {
            return new org.newsmark.model.Annotator(kept.get());
        }
        org.newsmark.model.Annotator user = org.newsmark.model.Annotator.osUser();
        try {
            put(ANNOTATOR, user.name());
        } catch (UncheckedIOException e) {
            // an unwritable preferences folder must not keep the window from opening; the name holds for this run
        }
        return user;
    }

    /** Sets a value and writes the file now; unchanged values are not written again. */
    public synchronized void put(String key, String value) {
        if (value.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, value);
        write();
    }

    /** Through the same atomic output as every export: synced, then renamed over the old file. */
    private void write() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (AtomicOutput output = AtomicOutput.file(file)) {
                try (Writer out = Files.newBufferedWriter(output.path(), StandardCharsets.UTF_8)) {
                    values.store(out, "Newsmark preferences");
                }
                output.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the preferences to " + file + ": " + e.getMessage(), e);
        }
    }
}
