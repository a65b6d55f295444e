package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.SpeakerCandidates;
import org.newsmark.app.SuggestionService;
import org.newsmark.app.TextSearch;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.ui.article.AttributionViewModel;
import org.newsmark.ui.shell.MainWindow;
import org.newsmark.ui.article.SuggestionsViewModel;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * The article core in the real window (issue 11): every row times an action on the FX thread to the
 * end of drawing the frame that shows its result, and the same work in a bare RichTextFX area (the
 * floor) in the same run. Prints {@code workbench ROW median_ms=… p95_ms=… floor_ms=… ratio=…
 * layout_ms=… n=…} per row and {@code workbench heap-1m …}. Keys are sent to the article area as
 * the keyboard would ({@code 3} tags a figure, {@code a} then a digit attributes a quote, Page Down
 * scrolls); undo and redo call what Ctrl+Z and Ctrl+Shift+Z call. Between rows the suggestion engine
 * is left to finish, so that a row is not timed against a background run it did not cause. Not a test.
 */
public final class WorkbenchBenchmark {

    /** Opens per row (the first two untimed), and edits per row: {@code -Dbench.opens}, {@code -Dbench.edits}. */
    private static final int OPENS = Integer.getInteger("bench.opens", 12);
    private static final int OPEN_WARMUP = 2;
    private static final int EDITS = Integer.getInteger("bench.edits", 25);
    /**
     * Untimed tags and undos before an article's timed edits: without them the first edits of a run are timed while
     * the JIT compiles the edit path (8,600 compilations during the real article's 75 timed edits, the compiler
     * threads taking more CPU than the FX thread on two cores); 0 times a cold start. After 20 the compiler threads
     * still took 41,000 samples in the timed phase against the FX thread's 17,000; after 200, 16,500 against 11,000:
     * the edit rows are timed as an analyst meets them a few minutes into a session (JMH warms up for longer still),
     * and the first {@value #FIRST_TAGS} of the warm-up's tags are printed as the cold row.
     */
    private static final int EDIT_WARMUP = Integer.getInteger("bench.editWarmup", 200);
    private static final int FIRST_TAGS = 20;

    private static final int TAG_ALLS = Math.max(3, EDITS / 3);

    /**
     * {@code -Dbench.rows=tag-real,open-real}: only the groups of rows holding one of these rows
     * (tag, undo, redo and link of an article run together; the 1 MiB rows share the opened article),
     * {@code start} for the start rows; every row when unset. With {@code -Dbench.profile=DIR} and
     * {@code -Dbench.asyncProfiler=HOME} the opens, the tags, undos and redos of each article and the scroll row are CPU-profiled ({@link PhaseProfiler}).
     */
    private static final List<String> ROWS = List.of(System.getProperty("bench.rows", "").split(",")).stream()
            .map(String::trim).filter(r -> !r.isEmpty()).toList();

    private final WorkbenchViewModel model;
    private final SuggestionsViewModel suggestions;
    private final SuggestionService service;
    private final org.newsmark.ui.article.ArticleView article;
    private final FrameClock clock;
    private final FloorArea floor;
    /** Timed as a note: {@code a} on a selected quote (the frame showing the speaker candidates). */
    private final List<Row> notes = new ArrayList<>();

    private WorkbenchBenchmark(MainWindow window, Scene scene) throws Exception {
        this.model = window.model();
        this.suggestions = window.suggestions();
        this.service = suggestionServiceOf(window);
        this.article = window.article();
        this.clock = FrameClock.on(scene);
        double[] size = Fx.call(() -> new double[] {area().getParent().getLayoutBounds().getWidth(),
                area().getParent().getLayoutBounds().getHeight()});
        this.floor = FloorArea.like(scene, size[0], size[1]);
    }

    public static void main(String[] args) throws Exception {
        Headless.enable();
        Path folder = Files.createTempDirectory("newsmark-bench");
        Path db = folder.resolve("bench.db");
        List<Document> real = RealArticles.aboutFiveKb(Path.of(args.length > 0 ? args[0] : "src/test/resources/samples/wikinews"), 2);
        long realA;
        long realB;
        long small;
        long otherSmall;
        long large;
        try (Workspace setup = Workspace.open(db)) {
            realA = insert(setup, real.get(0), 0);
            realB = insert(setup, real.get(1), 0);
            small = insert(setup, Document.of("bench-10k-1", SyntheticCorpus.article(10 * 1024, 1)), 100);
            otherSmall = insert(setup, Document.of("bench-10k-3", SyntheticCorpus.article(10 * 1024, 3)), 100);
            large = insert(setup, Document.of("bench-1m-2", SyntheticCorpus.article(1024 * 1024, 2)), 20_000);
        }
        Headless.startFx();
        System.out.printf(Locale.ROOT, "workbench: display %s (glass %s, prism %s), %d cores, max heap %d MB; real article: %s (%d chars)%n",
                Headless.mode(), System.getProperty("glass.platform", "default"), System.getProperty("prism.order", "default"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                real.get(0).name(), real.get(0).text().length());
        Workspace workspace = Workspace.open(db);
        Stage stage = Fx.call(Stage::new);
        MainWindow window = Fx.call(() -> {
            MainWindow w = new MainWindow(workspace);
            w.show(stage);
            return w;
        });
        WorkbenchBenchmark bench = new WorkbenchBenchmark(window, Fx.call(stage::getScene));
        bench.run(realA, realB, small, otherSmall, large);
        if (wanted("start", "start-nocds")) {
            StartBenchmark.measure(folder).forEach(Row::print);
        }
        Fx.run(stage::close);
        bench.floor.close();
        workspace.close();
    }

    private void run(long realA, long realB, long small, long otherSmall, long large) throws Exception {
        settle(false);
        if (wanted("open-real")) {
            opens("open-real", realB, realA, true, false).print();
            if (!Boolean.getBoolean("bench.warmOnly")) {
                opens("open-real-cold", realB, realA, true, true).print();
            }
        }
        if (wanted("tag-real", "undo-real", "redo-real", "link-real")) {
            open(realA);
            edits("real", realA, wordsOf(text(), 60, EDITS), handTaggedQuotes(), false).forEach(Row::print);
        }
        if (wanted("open-10k")) {
            opens("open-10k", small, otherSmall, false, true).print();
            System.out.printf("  open-10k: %d suggestions outlined, %d spans, %d style spans%n",
                    Fx.call(() -> suggestions.currentProperty().get().size()), Fx.call(() -> model.spans().size()),
                    Fx.call(() -> area().getStyleSpans(0, area().getLength()).getSpanCount()));
        }
        if (!wanted("open-1m", "tag-1m", "undo-1m", "redo-1m", "link-1m", "tagall-1m", "scroll-1m", "stall-1m")) {
            notes.forEach(n -> System.out.println("  note " + n.line().substring("workbench ".length())));
            return;
        }
        try (HeapWatch heap = new HeapWatch()) {
            long base = HeapWatch.live();
            long[] peak = {0};
            Consumer<String> checkpoint = at -> {
                long live = HeapWatch.live();
                System.out.printf(Locale.ROOT, "  heap-1m after %s: live %d MB%n", at, live >> 20);
                HeapWatch.dumpIfAsked(at);
                peak[0] = Math.max(peak[0], live);
            };
            if (wanted("open-1m")) {
                opens("open-1m", large, small, false, true).print();
            }
            open(large);
            settle(false);
            System.out.printf("  open-1m: %d suggestions outlined, %d spans, %d style spans%n",
                    Fx.call(() -> suggestions.currentProperty().get().size()), Fx.call(() -> model.spans().size()),
                    Fx.call(() -> area().getStyleSpans(0, area().getLength()).getSpanCount()));
            String text = text();
            List<TextRange> words = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                int at = text.indexOf(' ', 1000 + i * 40_000) + 1;
                words.add(new TextRange(at, text.indexOf(' ', at)));
            }
            checkpoint.accept("opening");
            if (wanted("tag-1m", "undo-1m", "redo-1m", "link-1m")) {
                edits("1m", large, words, labelled("quote", EDITS), true).forEach(Row::print);
                checkpoint.accept("the edits");
            }
            if (wanted("tagall-1m")) {
                tagAll().print();
                checkpoint.accept("tag all");
            }
            if (wanted("scroll-1m")) {
                scroll().print();
            }
            if (wanted("stall-1m")) {
                stall().print();
            }
            checkpoint.accept("scroll and stall");
            System.out.printf(Locale.ROOT, "workbench heap-1m peak_mb=%d base_live_mb=%d sampled_max_mb=%d%n",
                    peak[0] >> 20, base >> 20, heap.peakSampled() >> 20);
            System.out.println("  heap-1m: peak = the largest live heap (after a full collection) at checkpoints with the 1 MiB"
                    + " article open: after opening, the edits, tag-all, the stall; this JVM is Maven's, base_live is what it"
                    + " held with a 10 KB article open; sampled_max counts uncollected garbage too (max heap above)");
        }
        notes.forEach(n -> System.out.println("  note " + n.line().substring("workbench ".length())));
        System.out.printf("  frames not drawn (timed to layout instead): %d%n", clock.undrawn());
    }

    // ---- rows ------------------------------------------------------------------------------

    /**
     * Opens {@code a} and {@code b} in turn; with {@code withSuggestions}, until the frame that also shows their
     * suggestions. The window keeps the article shown before laid out, so each open finds its article ready;
     * {@code cold} lets go of the kept articles before each open, which then lays its article out.
     */
    private Row opens(String name, long a, long b, boolean withSuggestions, boolean cold) throws Exception {
        Row row = new Row(name);
        List<String> texts = new ArrayList<>();
        List<StyleSpans<Collection<String>>> styles = new ArrayList<>();
        int withFirstFrame = 0;
        open(b);
        Optional<PhaseProfiler> profile = PhaseProfiler.start(name);
        for (int i = 0; i < OPENS; i++) {
            long id = i % 2 == 0 ? a : b;
            settle(false);
            if (cold) {
                Fx.run(article::forgetHidden);
                settle(false);
            }
            boolean[] ready = new boolean[1];
            BooleanSupplier shown = () -> model.session().filter(s -> s.document().id() == id).isPresent()
                    && (!withSuggestions || !suggestions.currentProperty().get().isEmpty());
            FrameClock.Time time = clock.time(() -> {
                model.open(id);
                ready[0] = !suggestions.currentProperty().get().isEmpty();
            }, shown);
            if (i >= OPEN_WARMUP) {
                row.add(time);
                withFirstFrame += ready[0] ? 1 : 0;
            }
            if (i < 2) {
                settle(false);
                texts.add(text());
                styles.add(Fx.call(() -> area().getStyleSpans(0, area().getLength())));
            }
        }
        profile.ifPresent(PhaseProfiler::close);
        for (int i = 0; i < (Boolean.getBoolean("bench.noFloor") ? 0 : OPENS); i++) {
            FrameClock.Time time = floor.open(texts.get(i % 2), styles.get(i % 2));
            if (i >= OPEN_WARMUP) {
                row.addFloor(time);
            }
        }
        long[] laidOut = Fx.call(article::opensReadyAndLaidOut);
        System.out.printf("  %s: so far %d opens found their article laid out ahead, %d laid it out%n", name, laidOut[0], laidOut[1]);
        System.out.printf("  %s: suggestions already there when the text was set in %d of %d opens%s%n", name, withFirstFrame,
                OPENS - OPEN_WARMUP, withSuggestions ? " (timed to the frame showing them either way)" : " (timed to the article's first frame)");
        settle(false);
        return row;
    }

    /** One restyle of the floor: where to bring into view, and the styles the article ended up with over the touched range. */
    private record FloorStep(Row row, int revealAt, int from, StyleSpans<Collection<String>> styles) {
    }

    /** Tag, undo, redo and link rows in the open article {@code id}, then their floors replayed in the same order. */
    private List<Row> edits(String suffix, long id, List<TextRange> words, List<Span> quotes, boolean longText) throws Exception {
        open(id);
        settle(longText);
        Row tag = new Row("tag-" + suffix);
        Row undo = new Row("undo-" + suffix);
        Row redo = new Row("redo-" + suffix);
        Row link = new Row("link-" + suffix);
        Row attributeKey = new Row("a-key-" + suffix + " (start attributing: the speaker candidates shown)");
        notes.add(attributeKey);
        String text = text();
        StyleSpans<Collection<String>> before = Fx.call(() -> area().getStyleSpans(0, area().getLength()));
        Row firstTags = new Row("tag-first-" + suffix + " (the untimed warm-up's first " + FIRST_TAGS + " tags, the edit path still being compiled)");
        if (EDIT_WARMUP > 0) {
            notes.add(firstTags);
        }
        for (int i = 0; i < EDIT_WARMUP; i++) {
            TextRange word = words.get(i % words.size());
            reveal(word);
            FrameClock.Time tagged = clock.time(() -> type("3"));
            if (i < FIRST_TAGS) {
                firstTags.add(tagged);
            }
            clock.time(model::undo);
        }
        settle(longText);
        List<FloorStep> steps = new ArrayList<>();
        Optional<PhaseProfiler> profile = PhaseProfiler.start("edits-" + suffix);
        for (TextRange word : words) {
            reveal(word);
            tag.add(clock.time(() -> type("3")));
            steps.add(new FloorStep(tag, word.start(), word.start(), stylesOf(word)));
        }
        TextRange last = words.get(words.size() - 1);
        for (int i = 0; i < EDITS; i++) {
            undo.add(clock.time(model::undo));
            steps.add(new FloorStep(undo, last.start(), last.start(), stylesOf(last)));
            redo.add(clock.time(model::redo));
            steps.add(new FloorStep(redo, last.start(), last.start(), stylesOf(last)));
        }
        profile.ifPresent(PhaseProfiler::close);
        if (quotes.isEmpty()) {
            quotes = handTag(quotesIn(text));
        }
        for (int i = 0; i < EDITS; i++) {
            Span quote = quotes.get(i % quotes.size());
            reveal(quote.range());
            if (Fx.call(() -> model.selectedSpan().filter(s -> s.id() == quote.id()).isEmpty())) {
                continue;
            }
            attributeKey.add(clock.time(() -> type("a")));
            Span[] change = Fx.call(() -> speakerChange(quote));
            if (change == null) {
                Fx.run(() -> type("\u001b"));
                continue;
            }
            int number = Integer.parseInt(change[2].label());
            link.add(clock.time(() -> type(Integer.toString(number))));
            TextRange touched = covering(quote, change[0], change[1]);
            steps.add(new FloorStep(link, quote.start(), touched.start(), stylesOf(touched)));
        }
        settle(longText);
        floor.show(text, before);
        int shownAt = -1;
        for (FloorStep step : steps) {
            if (step.revealAt() != shownAt) {
                floor.reveal(step.revealAt());
                shownAt = step.revealAt();
            }
            step.row().addFloor(floor.restyle(step.from(), step.styles()));
        }
        return List.of(tag, undo, redo, link);
    }

    /** Find's tag-all: the 1,000 hits of "officials" as one action, undone after each time. */
    private Row tagAll() throws Exception {
        Row row = new Row("tagall-1m");
        List<TextRange> hits = TextSearch.find(text(), TextSearch.Query.plain("officials")).subList(0, 1000);
        TextRange touched = new TextRange(hits.get(0).start(), hits.get(hits.size() - 1).end());
        StyleSpans<Collection<String>> before = stylesOf(touched);
        StyleSpans<Collection<String>> after = null;
        for (int i = 0; i < TAG_ALLS; i++) {
            settle(true);
            row.add(clock.time(() -> model.tagAll(hits, "place")));
            after = stylesOf(touched);
            clock.time(model::undo);
        }
        settle(true);
        floor.show(text(), Fx.call(() -> area().getStyleSpans(0, area().getLength())));
        for (int i = 0; i < TAG_ALLS; i++) {
            row.addFloor(floor.restyle(touched.start(), after));
            floor.restyle(touched.start(), before);
        }
        return row;
    }

    /** Page Down from the top of the 1 MiB article, one screen at a time. */
    private Row scroll() throws Exception {
        Row row = new Row("scroll-1m");
        settle(true);
        clock.time(() -> {
            area().moveTo(0);
            area().showParagraphAtTop(0);
        });
        // untimed pages first, as for the other rows: run alone, the first pages would time the compiler
        // the timed pages alone are profiled, the window's and the floor's apart
        Optional<PhaseProfiler> profile = Optional.empty();
        for (int i = 0; i < 2 * EDITS; i++) {
            if (i == EDITS) {
                profile = PhaseProfiler.start("scroll-1m");
            }
            FrameClock.Time time = clock.time(() -> Event.fireEvent(area(), FloorArea.pageDownKey()));
            if (i >= EDITS) {
                row.add(time);
            }
        }
        profile.ifPresent(PhaseProfiler::close);
        floor.show(text(), Fx.call(() -> area().getStyleSpans(0, area().getLength())));
        profile = Optional.empty();
        for (int i = 0; i < 2 * EDITS; i++) {
            if (i == EDITS) {
                profile = PhaseProfiler.start("scroll-1m-floor");
            }
            FrameClock.Time time = floor.pageDown();
            if (i >= EDITS) {
                row.addFloor(time);
            }
        }
        profile.ifPresent(PhaseProfiler::close);
        return row;
    }

    /**
     * The longest gap between pulses while the engine recomputes the 1 MiB article's suggestions and
     * a word is tagged every 150 ms, until a second after the suggestions arrive. The floor: the same
     * cadence of restyles in the bare area, with no engine, for as long.
     */
    private Row stall() throws Exception {
        settle(true);
        String text = text();
        CompletableFuture<Long> arrived = new CompletableFuture<>();
        StallProbe probe = StallProbe.enabled() ? new StallProbe() : null;
        PulseGaps gaps = PulseGaps.start();
        long start = System.nanoTime();
        Fx.run(suggestions::refresh);
        // queued behind the engine's run on the service's single thread, then handed to the FX thread after the result
        service.prefetch(List.of()).thenRun(() -> javafx.application.Platform.runLater(() -> arrived.complete(System.nanoTime())));
        int tags = 0;
        List<TextRange> tagged = new ArrayList<>();
        while (!arrived.isDone() && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3)) {
            int at = text.indexOf(' ', 500 + tags * 97) + 1;
            TextRange word = new TextRange(at, text.indexOf(' ', at));
            Fx.run(() -> {
                area().selectRange(word.start(), word.end());
                type("4");
            });
            tagged.add(word);
            tags++;
            Thread.sleep(150);
        }
        Thread.sleep(1000);
        List<Long> appGaps = gaps.stop();
        if (probe != null) {
            probe.report(gaps.pulseTimes(), gaps.cpuTimes(), gaps.runQueueWaits(), 8);
        }
        long duration = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "  stall-1m: engine result on the FX thread after %.0f ms, %d words tagged meanwhile, %d pulses;"
                        + " its median_ms is the longest gap, p95_ms the 95th percentile gap, layout_ms the median gap%n",
                arrived.isDone() ? (arrived.get() - start) / 1e6 : Double.NaN, tags, appGaps.size());
        settle(true);
        StyleSpans<Collection<String>> styles = stylesOf(tagged.get(0));
        floor.show(text(), Fx.call(() -> area().getStyleSpans(0, area().getLength())));
        PulseGaps floorGaps = PulseGaps.start();
        long floorStart = System.nanoTime();
        for (int i = 0; System.nanoTime() - floorStart < duration; i++) {
            TextRange word = tagged.get(i % tagged.size());
            Fx.run(() -> {
                floor.area().selectRange(word.start(), word.end());
                floor.area().setStyleSpans(word.start(), styles.subView(0, Math.min(styles.length(), word.length())));
            });
            Thread.sleep(150);
        }
        List<Long> bare = floorGaps.stop();
        Row row = Row.longestOf("stall-1m");
        appGaps.forEach(row::addNanos);
        bare.forEach(row::addFloorNanos);
        return row;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static boolean wanted(String... rows) {
        return ROWS.isEmpty() || List.of(rows).stream().anyMatch(ROWS::contains);
    }

    /**
     * Waits until the suggestion engine has nothing left to do and its results are shown: after an
     * edit in a long article the window asks for a recomputation once the analyst pauses
     * (SuggestionsViewModel.IDLE_MILLIS, 1.5 s), so that pause is waited out first.
     */
    private void settle(boolean afterLongEdit) throws Exception {
        // the window lays the next article out ahead after a pause of 400 ms: not inside a timed action
        Thread.sleep(afterLongEdit ? 1_800 : 700);
        for (int i = 0; i < 3; i++) {
            Fx.run(() -> { });
            service.prefetch(List.of()).get(10, TimeUnit.MINUTES);
        }
        Fx.run(() -> { });
        clock.quiet();
    }

    /** Opens {@code id} and waits for the frame that shows it (an article not opened before is read off the FX thread). */
    private void open(long id) throws Exception {
        clock.time(() -> model.open(id), () -> model.session().filter(s -> s.document().id() == id).isPresent());
    }

    /** The area showing the open article (each article the window keeps laid out has its own). */
    private StyleClassedTextArea area() {
        return article.area();
    }

    private String text() throws Exception {
        return Fx.call(() -> model.session().orElseThrow().text());
    }

    /** Untimed: selects {@code range} and brings it into view, as the analyst does before a key. */
    private void reveal(TextRange range) throws Exception {
        clock.time(() -> {
            area().selectRange(range.start(), range.end());
            area().requestFollowCaret();
        });
    }

    /** A typed character delivered to the article area, as the keyboard delivers it. */
    private void type(String character) {
        Event.fireEvent(area(), new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
    }

    private StyleSpans<Collection<String>> stylesOf(TextRange range) throws Exception {
        return Fx.call(() -> area().getStyleSpans(range.start(), range.end()));
    }

    /**
     * {new speaker, old speaker (or the new one), the digit to press as a span whose label is it}:
     * the nearest candidate the quote is not attributed to yet, as the window lists them.
     */
    private Span[] speakerChange(Span quote) {
        DocumentSession session = model.session().orElseThrow();
        List<Span> candidates = SpeakerCandidates.near(quote, session.spans(), AttributionViewModel.SPEAKER, 9);
        Optional<Long> current = session.attributionOf(quote.id()).map(Relation::toSpanId);
        for (int i = 0; i < candidates.size(); i++) {
            Span speaker = candidates.get(i);
            if (current.isEmpty() || current.get() != speaker.id()) {
                Span old = current.flatMap(session::span).orElse(speaker);
                return new Span[] {speaker, old, new Span(0, 0, speaker.range(), Integer.toString(i + 1), "bench")};
            }
        }
        return null;
    }

    private static TextRange covering(Span... spans) {
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (Span s : spans) {
            from = Math.min(from, s.start());
            to = Math.max(to, s.end());
        }
        return new TextRange(from, to);
    }

    /** The first {@code count} spans of {@code label} in the open article. */
    private List<Span> labelled(String label, int count) throws Exception {
        return Fx.call(() -> model.session().orElseThrow().spans().stream().filter(s -> s.label().equals(label)).limit(count).toList());
    }

    /** Quotes to attribute in the real article are tagged by hand there (untimed); an empty list says so. */
    private static List<Span> handTaggedQuotes() {
        return List.of();
    }

    /** Three sentences of the text as quotes and two capitalised words outside them as speakers, tagged untimed. */
    private List<Span> handTag(List<List<TextRange>> quotesAndSpeakers) throws Exception {
        return Fx.call(() -> {
            DocumentSession session = model.session().orElseThrow();
            quotesAndSpeakers.get(1).forEach(r -> session.tag(r, AttributionViewModel.SPEAKER));
            return quotesAndSpeakers.get(0).stream().map(r -> session.tag(r, "quote").orElseThrow()).toList();
        });
    }

    private static List<List<TextRange>> quotesIn(String text) {
        List<TextRange> quotes = new ArrayList<>();
        Matcher sentence = Pattern.compile("[A-Z][^.\\n]{60,200}\\.").matcher(text);
        while (quotes.size() < 3 && sentence.find()) {
            quotes.add(new TextRange(sentence.start(), sentence.end()));
        }
        List<TextRange> speakers = new ArrayList<>();
        Matcher name = Pattern.compile("\\b[A-Z][a-z]{3,}\\b").matcher(text);
        while (speakers.size() < 2 && name.find()) {
            int at = name.start();
            if (quotes.stream().noneMatch(q -> q.start() <= at && at < q.end())) {
                speakers.add(new TextRange(name.start(), name.end()));
            }
        }
        return List.of(quotes, speakers);
    }

    /** {@code count} words of at least four letters spread over the first {@code within}% of the text. */
    private static List<TextRange> wordsOf(String text, int within, int count) {
        List<TextRange> all = new ArrayList<>();
        Matcher word = Pattern.compile("\\b\\p{L}{4,}\\b").matcher(text);
        while (word.find() && word.start() < text.length() * within / 100) {
            all.add(new TextRange(word.start(), word.end()));
        }
        List<TextRange> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(all.get(i * all.size() / count));
        }
        return picked;
    }

    /**
     * The window's suggestion service, read from MainWindow's private field: the benchmark queues a
     * no-op behind the engine to know it is idle. A package-visible accessor would be cleaner.
     */
    private static SuggestionService suggestionServiceOf(MainWindow window) throws ReflectiveOperationException {
        java.lang.reflect.Field field = MainWindow.class.getDeclaredField("suggestionService");
        field.setAccessible(true);
        return (SuggestionService) field.get(window);
    }

    private static long insert(Workspace workspace, Document document, int spanCount) {
        return WorkspaceStore.of(workspace).inTransaction(() -> {
            long id = WorkspaceStore.of(workspace).documents().insert(document).id();
            for (Span span : spanCount == 0 ? List.<Span>of() : SyntheticCorpus.spans(document.text(), spanCount, id)) {
                WorkspaceStore.of(workspace).spans().insert(span.withDocumentId(id));
            }
            return id;
        });
    }

    static double median(List<Long> nanos) {
        return Row.percentile(nanos, 50);
    }
}
