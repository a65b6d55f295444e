package org.newsmark.bench;

import java.util.List;

/**
 * Where the window benchmarks draw: Monocle's headless glass and software rendering, as the tests use,
 * unless {@code -Dbench.display=true} (the platform's defaults) or {@code -Dbench.display=x11} (GTK on
 * {@code $DISPLAY}, e.g. an Xvfb server, with {@code -Dbench.prism=es2,sw} unless given).
 */
final class Headless {

    private Headless() {
    }

    static void enable() {
        if (mode().equals("x11")) {
            System.setProperty("glass.platform", "gtk");
            System.setProperty("prism.order", System.getProperty("bench.prism", "es2,sw"));
            return;
        }
        if (!mode().equals("monocle")) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    /** {@code monocle}, {@code x11} or {@code display}. */
    static String mode() {
        String display = System.getProperty("bench.display", "");
        if (display.equals("x11")) {
            return "x11";
        }
        return Boolean.parseBoolean(display) ? "display" : "monocle";
    }

    /** The same choice for a JVM the benchmark starts. */
    static List<String> childFlags() {
        return switch (mode()) {
            case "x11" -> List.of("-Dglass.platform=gtk", "-Dprism.order=" + System.getProperty("bench.prism", "es2,sw"));
            case "monocle" -> List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1600x1200-32");
            default -> List.of();
        };
    }

    /** Starts the FX toolkit once per JVM, so that several window benchmarks can run one after another. */
    static void startFx() {
        // the window's own frame rate, as the launcher sets it; the floors run in this JVM at the same rate
        org.newsmark.ui.shell.FramePacing.apply();
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // an earlier benchmark in this JVM started it
        }
        javafx.application.Platform.setImplicitExit(false);
    }
}
