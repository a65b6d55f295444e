package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsmark.app.TextSearch;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.ui.MainWindow;
import org.newsmark.ui.WorkbenchViewModel;

/**
 * Opening articles and tagging in the real window (headless Monocle, software rendering): time
 * from the open request to the first rendered pulse after it, and from a hotkey to the span being
 * committed, restyled and laid out. Prints medians; not a test.
 */
public final class WorkbenchBenchmark {

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Headless.enable();
        Path folder = Files.createTempDirectory("newsmark-bench");
        Path db = folder.resolve("bench.db");
        long small;
        long otherSmall;
        long large;
        try (Workspace setup = Workspace.open(db)) {
            small = insert(setup, SyntheticCorpus.article(10 * 1024, 1), 100);
            otherSmall = insert(setup, SyntheticCorpus.article(10 * 1024, 3), 100);
            large = insert(setup, SyntheticCorpus.article(1024 * 1024, 2), 20_000);
        }
        Headless.startFx();
        Workspace workspace = Workspace.open(db);
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(workspace);
            Stage stage = new Stage();
            w.show(stage);
            return w;
        });
        WorkbenchViewModel model = window.model();
        Scene scene = onFx(() -> Stage.getWindows().get(0).getScene());

        List<Long> smallOpen = new ArrayList<>();
        List<Long> largeOpen = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            final int i = n;
            smallOpen.add(timeToPulse(scene, () -> model.open(i % 2 == 0 ? small : otherSmall)));
        }
        for (int i = 0; i < 12; i++) {
            largeOpen.add(timeToPulse(scene, () -> model.open(large)));
            timeToPulse(scene, () -> model.open(small));
        }
        onFxRun(() -> model.open(large));
        List<Long> tag = new ArrayList<>();
        String text = model.session().orElseThrow().text();
        for (int i = 0; i < 40; i++) {
            int at = text.indexOf(' ', 1000 + i * 20_000) + 1;
            TextRange word = new TextRange(at, text.indexOf(' ', at));
            tag.add(timeToPulse(scene, () -> model.hotkey("3", word)));
        }
        List<Long> undo = new ArrayList<>();
        List<Long> redo = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            undo.add(timeToPulse(scene, model::undo));
            redo.add(timeToPulse(scene, model::redo));
        }
        List<Span> all = onFx(() -> List.copyOf(model.session().orElseThrow().spans()));
        List<Span> quotes = all.stream().filter(x -> x.label().equals("quote")).limit(25).toList();
        List<Span> speakers = all.stream().filter(x -> x.label().equals("speaker")).limit(25).toList();
        List<Long> link = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Span quote = quotes.get(i);
            Span speaker = speakers.get(i);
            link.add(timeToPulse(scene, () -> model.link(quote, speaker)));
        }
        List<TextRange> hits = TextSearch.find(text, TextSearch.Query.plain("officials")).subList(0, 1000);
        List<Long> tagAll = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tagAll.add(timeToPulse(scene, () -> model.tagAll(hits, "place")));
            timeToPulse(scene, model::undo);
        }
        System.out.printf("open 10 KB article, 100 spans:       median %6.1f ms (n=%d)%n", median(smallOpen.subList(2, 12)), 10);
        System.out.printf("open 1 MiB article, 20,000 spans:    median %6.1f ms (n=%d)%n", median(largeOpen.subList(2, 12)), 10);
        System.out.printf("tag one span in the 1 MiB article:   median %6.1f ms (n=%d, keystroke to committed+restyled+laid out)%n",
                median(tag.subList(5, 40)), 35);
        System.out.printf("undo one action (1 MiB article):     median %6.1f ms (n=20)%n", median(undo));
        System.out.printf("redo one action (1 MiB article):     median %6.1f ms (n=20)%n", median(redo));
        System.out.printf("link a quote to a speaker:           median %6.1f ms (n=25)%n", median(link));
        System.out.printf("tag all 1,000 hits as one action:    median %6.1f ms (n=5)%n", median(tagAll));
        Platform.exit();
        workspace.close();
    }

    private static long insert(Workspace workspace, String text, int spanCount) {
        return WorkspaceStore.of(workspace).inTransaction(() -> {
            long id = WorkspaceStore.of(workspace).documents().insert(Document.of("bench-" + text.length(), text)).id();
            for (Span span : SyntheticCorpus.spans(text, spanCount, id)) {
                WorkspaceStore.of(workspace).spans().insert(span.withDocumentId(id));
            }
            return id;
        });
    }

    /**
     * Nanoseconds from running {@code action} on the FX thread to the end of the layout (CSS, layout,
     * ready for input) of the next pulse.
     */
    private static long timeToPulse(Scene scene, Runnable action) throws Exception {
        Thread.sleep(400); // let the software renderer finish the previous frame: the next pulse would wait for it
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            action.run();
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.printf("  action %.1f ms%n", (System.nanoTime() - start) / 1e6);
            }
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime() - start);
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return mid / 1e6;
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

    private static void onFxRun(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
