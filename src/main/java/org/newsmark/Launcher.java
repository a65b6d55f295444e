package org.newsmark;

import org.newsmark.app.LibraryCache;
import org.newsmark.cli.Cli;
import org.newsmark.ui.shell.WindowLauncher;

/**
 * The jar's entry point. It is not a JavaFX {@code Application} itself, so a plain classpath jar can
 * start JavaFX. With no arguments (or only {@code --db FILE}) it opens the window; with a command
 * ({@code import}, {@code export}, {@code stats}, {@code --help}) it runs headless and never loads
 * a JavaFX class.
 */
public final class Launcher {

    /** The training run of {@code mvn package} for class-data sharing (see {@code ArchiveTraining}); not a command. */
    static final String TRAIN = "--train";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(TRAIN)) {
            // background threads may linger: exit; the JVM writes its class archive then
            System.exit(WindowLauncher.train());
        } else if (opensWindow(args)) {
            LibraryCache.use();
            WindowLauncher.open(args);
        } else {
            // sqlite-jdbc logs through SLF4J; without a binding SLF4J would warn on every command
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
            }
            LibraryCache.use();
            System.exit(Cli.run(args));
        }
    }

    /** No arguments, {@code --db FILE} or {@code --db=FILE}: the window. */
    static boolean opensWindow(String... args) {
        return args.length == 0
                || args.length == 1 && args[0].startsWith("--db=")
                || args.length == 2 && args[0].equals("--db");
    }
}
