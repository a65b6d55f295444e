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
import org.newsmark.model.Document;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.bench.SuggestBenchmark;
import org.newsmark.ui.MainWindow;
import org.newsmark.ui.SuggestionsViewModel;
import org.newsmark.ui.WorkbenchViewModel;

/**
 * Suggestions in the real window (headless Monocle): time from asking to open a 5 KB Wikinews article
 * on the FX thread to the end of the layout pulse that shows its suggestions (request off the UI
 * thread, engine, hand-over, restyle of the outlined ranges). Two articles alternate so that every
 * open brings new suggestions. Prints the median; not a test.
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
        List<String> articles = SuggestBenchmark.fiveKbArticles(Path.of(args.length > 0 ? args[0] : "/work/shared/data/wikinews"));
        Path db = Files.createTempDirectory("newsmark-bench").resolve("suggest.db");
        long[] ids = new long[2];
        try (Workspace setup = Workspace.open(db)) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = setup.store().documents().insert(Document.of("article-" + i, articles.get(10 + i))).id();
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
        List<Long> times = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < RUNS + 5; i++) {
            long open = onFx(() -> window.model().session().map(x -> x.document().id()).orElse(-1L));
            long[] nanos = openUntilSuggestionsShown(scene, window.model(), window.suggestions(), open == ids[0] ? ids[1] : ids[0]);
            shown = window.suggestions().currentProperty().get().size();
            if (i >= 5) {
                arrivals.add(nanos[0]);
                times.add(nanos[1]);
            }
        }
        System.out.printf("suggestions on the FX thread after opening a 5 KB article: median %6.1f ms (n=%d)%n",
                WorkbenchBenchmark.median(arrivals), RUNS);
        System.out.printf("suggestions shown after opening a 5 KB article: median %6.1f ms (n=%d, %d suggestions, open request to laid-out pulse)%n",
                WorkbenchBenchmark.median(times), RUNS, shown);
        onFx(() -> {
            stage.close();
            return null;
        });
        workspace.close();
    }

    /** {nanoseconds until the suggestions are set on the FX thread, until the pulse that shows them is laid out}. */
    private static long[] openUntilSuggestionsShown(Scene scene, WorkbenchViewModel model, SuggestionsViewModel suggestions,
                                                  long documentId) throws Exception {
        Thread.sleep(300); // let the software renderer finish the previous frame
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
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
                        done.complete(new long[] {arrived, System.nanoTime() - start});
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
