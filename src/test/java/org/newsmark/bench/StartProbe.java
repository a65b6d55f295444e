package org.newsmark.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newsmark.Launcher;

/**
 * Started as a new JVM by {@link StartBenchmark}: runs the application ({@code org.newsmark.Launcher
 * --db FILE}) or, with {@code --floor TEXTFILE}, a bare RichTextFX area showing that text, and prints
 * {@code start-probe first-frame=NANOS} when the first window frame is drawn and
 * {@code start-probe article-frame=NANOS} when the first frame showing an article with text is drawn
 * ({@link System#nanoTime()}, the same monotonic clock as the parent's on Linux), then halts ({@code
 * -Dstart.probe.exit=true}: exits, running shutdown hooks, for a profile).
 */
public final class StartProbe {

    private static volatile boolean anyFrame;
    private static volatile boolean articleLaidOut;

    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(StartProbe::hookWhenStarted, "start-probe");
        watcher.setDaemon(true);
        watcher.start();
        if (args.length == 2 && args[0].equals("--floor")) {
            Application.launch(BareArticle.class, args[1]);
        } else {
            Launcher.main(args);
        }
    }

    /** Polls until the toolkit runs, then watches every window that appears (before the first pulse). */
    private static void hookWhenStarted() {
        while (true) {
            try {
                Platform.runLater(() -> {
                    Window.getWindows().forEach(StartProbe::watch);
                    Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                        while (c.next()) {
                            c.getAddedSubList().forEach(StartProbe::watch);
                        }
                    });
                });
                return;
            } catch (IllegalStateException notStartedYet) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void watch(Window window) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        scene.addPostLayoutPulseListener(() -> {
            // the window keeps a few articles laid out, one area each: the first to hold text is the one shown
            for (Node article : scene.getRoot().lookupAll(".article")) {
                if (article instanceof StyleClassedTextArea area && area.getLength() > 0) {
                    articleLaidOut = true;
                }
            }
        });
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(StartProbe::rendered);
    }

    /** On the render thread. */
    private static void rendered() {
        long now = System.nanoTime();
        if (!anyFrame) {
            anyFrame = true;
            System.out.println("start-probe first-frame=" + now);
        }
        if (articleLaidOut) {
            System.out.println("start-probe article-frame=" + now);
            // CPU time of the whole process (every thread) so far: steadier than wall time on a loaded machine
            ProcessHandle.current().info().totalCpuDuration()
                    .ifPresent(cpu -> System.out.println("start-probe cpu=" + cpu.toNanos()));
            System.out.flush();
            if (Boolean.getBoolean("start.probe.exit")) {
                System.exit(0); // shutdown hooks run: e.g. a flight recording is written
            }
            Runtime.getRuntime().halt(0);
        }
    }

    /** The floor of start-up: a bare area with the first article's text, in a window as large as the workbench's. */
    public static final class BareArticle extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            StyleClassedTextArea area = new StyleClassedTextArea(false);
            area.setEditable(false);
            area.setWrapText(true);
            area.getStyleClass().add("article");
            area.replaceText(Files.readString(Path.of(getParameters().getRaw().get(0))));
            Scene scene = new Scene(new VirtualizedScrollPane<>(area), 1360, 860);
            scene.getStylesheets().add(StartProbe.class.getResource("/css/newsmark.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        }
    }
}
