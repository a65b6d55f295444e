package org.newsmark.bench;

/** Monocle's headless glass and software rendering, as the tests use, unless -Dbench.display=true. */
final class Headless {

    private Headless() {
    }

    static void enable() {
        if (Boolean.getBoolean("bench.display")) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    /** Starts the FX toolkit once per JVM, so that several window benchmarks can run one after another. */
    static void startFx() {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // an earlier benchmark in this JVM started it
        }
        javafx.application.Platform.setImplicitExit(false);
    }
}
