package org.newsmark.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Newsmark keeps its database when the user names none. */
public final class DataPaths {

    public static final String DB_VARIABLE = "NEWSMARK_DB";

    private DataPaths() {
    }

    /**
     * {@code --db} wins, then {@code $NEWSMARK_DB}, then the per-user data folder:
     * {@code $XDG_DATA_HOME/newsmark/newsmark.db} or {@code ~/.local/share/newsmark/newsmark.db} on
     * Linux, {@code ~/Library/Application Support/Newsmark} on macOS, {@code %APPDATA%\Newsmark} on Windows.
     */
    public static Path database(Optional<Path> fromCommandLine, Map<String, String> env, String osName, Path home) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get();
        }
        String fromEnv = env.get(DB_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataFolder(env, osName, home).resolve("newsmark.db");
    }

    public static Path defaultDatabase() {
        return database(Optional.empty(), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Where preferences live: {@code $XDG_CONFIG_HOME/newsmark}, else {@code ~/.config/newsmark}; beside the data on macOS and Windows. */
    public static Path defaultConfigFolder() {
        return configFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path configFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return dataFolder(env, osName, home);
        }
        return xdgFolder(env, "XDG_CONFIG_HOME", home.resolve(".config"));
    }

    static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Newsmark");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Newsmark");
        }
        return xdgFolder(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
    }

    /** Where files Newsmark can make again live: {@code $XDG_CACHE_HOME/newsmark}, else {@code ~/.cache/newsmark}; the system's cache folder on macOS and Windows. */
    public static Path defaultCacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path cacheFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Newsmark").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Newsmark");
        }
        return xdgFolder(env, "XDG_CACHE_HOME", home.resolve(".cache"));
    }

    /** Newsmark's folder in the XDG base folder {@code variable} names, else in {@code fallback}; a relative or blank value is ignored, as the specification says. */
    private static Path xdgFolder(Map<String, String> env, String variable, Path fallback) {
        String xdg = env.get(variable);
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : fallback;
        return base.resolve("newsmark");
    }
}
