package org.newsmark;

/** Lets tests in other packages ask the launcher which way it would go. */
public final class LauncherAccess {

    private LauncherAccess() {
    }

    public static boolean opensWindow(String... args) {
        return Launcher.opensWindow(args);
    }
}
