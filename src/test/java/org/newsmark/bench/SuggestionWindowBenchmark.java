package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.bench.SuggestBenchmark;
import org.newsmark.ui.shell.MainWindow;
import org.newsmark.ui.article.SuggestionsViewModel;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * Suggestions in the real window (headless Monocle): time from asking to open a 5 KB Wikinews article
 * on the FX thread to the end of the layout pulse that shows its suggestions. Two ways of opening:
 * stepping to the next article in the list (Ctrl+PgDn; its suggestions were prefetched while the
 * previous one was open) and jumping to an article far down the list (cold: request off the UI
 * thread, engine, hand-over, restyle of the outlined ranges). Prints medians; not a test.
 */
public final class SuggestionWindowBenchmark {

    private static final int RUNS = 30;

    private SuggestionWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        measure(args);
        Platform.exit();
    }

    /** Prints the figures; leaves the FX toolkit running for the next benchmark. */
    static void measure(String[] args) throws Exception {
        Headless.enable();
        List<String> articles = SuggestBenchmark.fiveKbArticles(Path.of(args.length > 0 ? args[0] : "src/test/resources/samples/wikinews"));
        Path db = Files.createTempDirectory("newsmark-bench").resolve("suggest.db");
        long[] ids = new long[40];
        try (Workspace setup = Workspace.open(db)) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = WorkspaceStore.of(setup).documents().insert(Document.of(String.format("article-%02d", i),
                        articles.get((10 + i) % articles.size()))).id();
            }
        }
        Headless.startFx();
        Workspace workspace = Workspace.open(db);
        Stage stage = onFx(Stage::new);
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(workspace);
            w.show(stage);
            return w;
        });
        Scene scene = onFx(stage::getScene);
        report("next article (Ctrl+PgDn, prefetched)", scene, window, ids, 1);
        report("article far down the list (cold)", scene, window, ids, 17);
        onFx(() -> {
            stage.close();
            return null;
        });
        workspace.close();
    }

    /** Opens RUNS articles, each {@code step} places after the previous one in the list, and prints medians. */
    private static void report(String what, Scene scene, MainWindow window, long[] ids, int step) throws Exception {
        List<Long> times = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        int at = 0;
        int shown = 0;
        for (int i = 0; i < RUNS + 5; i++) {
            at = (at + step) % ids.length;
            long[] nanos = openUntilSuggestionsShown(scene, window.model(), window.suggestions(), ids[at]);
            shown += window.suggestions().currentProperty().get().size();
            if (i >= 5) {
                arrivals.add(nanos[0]);
                times.add(nanos[1]);
                later.add(nanos[1] - nanos[2]);
            }
        }
        System.out.printf("%s: suggestions on the FX thread %6.1f ms after the open request; shown in a laid-out "
                        + "pulse at %6.1f ms, %6.1f ms after the article's first frame (medians, n=%d, %d suggestions per article)%n",
                what, WorkbenchBenchmark.median(arrivals), WorkbenchBenchmark.median(times), WorkbenchBenchmark.median(later),
                RUNS, shown / (RUNS + 5));
    }

    /**
     * {nanoseconds until the suggestions are set on the FX thread, until the pulse that shows them is
     * laid out, until the first pulse after the open request (the article's own first frame)}.
     */
    private static long[] openUntilSuggestionsShown(Scene scene, WorkbenchViewModel model, SuggestionsViewModel suggestions,
                                                  long documentId) throws Exception {
        Thread.sleep(300); // let the software renderer finish the previous frame
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            long[] articlePulse = {-1};
            Runnable[] first = new Runnable[1];
            first[0] = () -> {
                scene.removePostLayoutPulseListener(first[0]);
                articlePulse[0] = System.nanoTime() - start;
            };
            scene.addPostLayoutPulseListener(first[0]);
            ChangeListener<List<SpanSuggestion>> arrived = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends List<SpanSuggestion>> o,
                                    List<SpanSuggestion> before, List<SpanSuggestion> now) {
                    if (now.isEmpty()) {
                        return;
                    }
                    suggestions.currentProperty().removeListener(this);
                    long arrived = System.nanoTime() - start;
                    Runnable[] pulse = new Runnable[1];
                    pulse[0] = () -> {
                        scene.removePostLayoutPulseListener(pulse[0]);
                        long shown = System.nanoTime() - start;
                        done.complete(new long[] {arrived, shown, articlePulse[0] < 0 ? shown : articlePulse[0]});
                    };
                    scene.addPostLayoutPulseListener(pulse[0]);
                    Platform.requestNextPulse();
                }
            };
            suggestions.currentProperty().addListener(arrived);
            model.open(documentId);
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
