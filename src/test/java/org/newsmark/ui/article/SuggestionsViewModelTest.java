package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.SuggestionService;
import org.newsmark.app.TaskRunner;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;

/** The suggestions of the open document without a window: results are delivered on the engine's thread. */
class SuggestionsViewModelTest {

    private static final Path SEED = Path.of("corpus/01-yoon-rutte-nato-call.txt");

    @TempDir
    Path temp;

    private Path db;
    private Workspace workspace;
    private SuggestionService service;
    private WorkbenchViewModel model;
    private SuggestionsViewModel suggestions;
    private long documentId;

    private final TaskRunner runner = new TaskRunner();

    @BeforeEach
    void open() throws Exception {
        db = temp.resolve("vm.db");
        try (Workspace setup = Workspace.open(db)) {
            documentId = WorkspaceStore.of(setup).documents().insert(Document.of("seed", Files.readString(SEED))).id();
        }
        start();
    }

    private void start() {
        workspace = Workspace.open(db);
        service = workspace.startSuggestions();
        model = new WorkbenchViewModel(workspace);
        suggestions = new SuggestionsViewModel(model, service, Runnable::run, runner.timers());
        model.open(documentId);
        awaitSuggestions();
    }

    /** Recomputed suggestions arrive from the engine's thread. */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private void awaitSuggestions() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (suggestions.currentProperty().get().isEmpty() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(suggestions.currentProperty().get()).as("suggestions arrive after opening").isNotEmpty();
    }

    @AfterEach
    void close() {
        service.close();
        runner.close();
        workspace.close();
    }

    private List<SpanSuggestion> current() {
        return suggestions.currentProperty().get();
    }

    private String text() {
        return model.session().orElseThrow().text();
    }

    /** Opening an article holds background runs (its neighbours' prefetch) until the window has drawn it. */
    @Test
    void openingAnArticleMakesBackgroundRunsGiveWayUntilItsFramesAreDrawn() {
        long other;
        other = WorkspaceStore.of(workspace).documents().insert(Document.of("other", "Flights to Seoul resumed, officials said.")).id();
        service.giveWay().drawn(); // a window tells its frames
        assertThat(service.giveWay().drawn()).as("nothing to wait for before the open").isFalse();

        model.open(other);

        assertThat(service.giveWay().drawn()).as("one frame drawn: runs still wait").isTrue();
        assertThat(service.giveWay().drawn()).as("the second frame: runs go on").isFalse();
    }

    @Test
    void aNeighbourInTheListOpensWithItsSuggestionsInTheSameStep() {
        long next = insertDocument("next", "Trains to Seoul carried 12,000 passengers, officials said.");
        List<Runnable> undelivered = new ArrayList<>();
        SuggestionsViewModel stepping = new SuggestionsViewModel(model, service, undelivered::add, runner.timers());
        service.prefetch(List.of()).join(); // the worker runs tasks in order: the neighbours are done too

        model.open(next);

        assertThat(stepping.currentProperty().get()).as("shown without waiting for the engine")
                .anyMatch(s -> s.key().textIn(text()).equals("Seoul"));
        assertThat(undelivered).isEmpty();
    }

    /** An edit makes the neighbours' prefetched suggestions stale; recomputing them after every key would keep a core busy. */
    @Test
    void afterAnEditTheNeighboursWaitForAPauseBeforeTheyAreRecomputed() {
        long next = insertDocument("next", "Trains to Seoul carried 12,000 passengers, officials said.");
        service.prefetch(List.of()).join(); // the worker runs tasks in order: the neighbours are done too
        assertThat(service.prefetched(workspace.open(next))).as("prefetched as a neighbour").isPresent();
        suggestions.neighboursPause(Duration.ofHours(1));

        tagAPlaceByHand();
        service.prefetch(List.of()).join(); // the recompute after the edit is delivered, and what it asked for is done

        assertThat(service.prefetched(workspace.open(next))).as("stale until the analyst pauses").isEmpty();
    }

    @Test
    void afterAnEditAndAPauseTheNeighboursArePrefetchedAgain() {
        long next = insertDocument("next", "Trains to Seoul carried 12,000 passengers, officials said.");
        suggestions.neighboursPause(Duration.ofMillis(20));

        tagAPlaceByHand();
        // the memory learns the tag on the service's worker: until it has, the neighbours' earlier prefetch still
        // counts as current, so the wait below could end on it; the worker runs tasks in order
        service.prefetch(List.of()).join();

        awaitUntil(() -> service.prefetched(workspace.open(next)).isPresent());
        assertThat(service.prefetched(workspace.open(next))).as("recomputed with what the memory learned").isPresent();
    }

    /** Tags a place by hand, which the corpus memory learns from (accepted suggestions teach it nothing). */
    private void tagAPlaceByHand() {
        SpanSuggestion place = current().stream().filter(s -> s.label().equals("place")).findFirst().orElseThrow();
        assertThat(model.hotkey("4", place.range())).isTrue();
        assertThat(model.selectedSpan()).hasValueSatisfying(s -> assertThat(s.isSuggested()).isFalse());
    }

    @Test
    void aDocumentWithoutPrefetchedSuggestionsNeverShowsThePreviousOnes() throws Exception {
        List<Runnable> undelivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        SuggestionsViewModel stepping = new SuggestionsViewModel(model, service, undelivered::add, runner.timers());
        long far = insertDocument("far", "Ships left Busan with 300 tonnes of rice, the ministry said.");

        model.open(far);

        List<SpanSuggestion> atOnce = stepping.currentProperty().get();
        assertThat(atOnce).as("the previous article's suggestions are gone at once (nothing, or the new ones)")
                .extracting(SpanSuggestion::key)
                .isSubsetOf(service.suggest(far).spans().stream().map(SpanSuggestion::key).toList());
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (undelivered.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        undelivered.forEach(Runnable::run);
        assertThat(stepping.currentProperty().get()).anyMatch(s -> s.key().textIn(text()).equals("300 tonnes of rice"));
    }

    private long insertDocument(String name, String text) {
        long id = WorkspaceStore.of(workspace).documents().insert(Document.of(name, text)).id();
        model.reloadDocuments();
        return id;
    }

    @Test
    void nextAndPreviousWalkInDocumentOrderAndWrap() {
        List<SpanSuggestion> all = current();
        SpanSuggestion first = suggestions.next(new TextRange(0, 0), true).orElseThrow();
        assertThat(first).isEqualTo(all.get(0));
        SpanSuggestion second = suggestions.next(first.range(), true).orElseThrow();
        assertThat(second.range().start()).isGreaterThan(first.range().start());
        assertThat(suggestions.next(second.range(), false)).contains(first);
        assertThat(suggestions.next(first.range(), false)).as("wraps to the last").contains(all.get(all.size() - 1));
        assertThat(suggestions.at(second.range())).contains(second);
    }

    @Test
    void acceptingMakesAnOrdinarySpanThatRecordsItsSourceAndTheSuggestionGoes() {
        SpanSuggestion place = current().stream().filter(s -> s.label().equals("place")).findFirst().orElseThrow();

        assertThat(suggestions.acceptAt(place.range())).isTrue();

        Span span = model.selectedSpan().orElseThrow();
        assertThat(span.range()).isEqualTo(place.range());
        assertThat(span.isSuggested()).isTrue();
        assertThat(WorkspaceStore.of(workspace).spans().forDocument(documentId)).containsExactly(span);
        assertThat(current()).extracting(SpanSuggestion::key).doesNotContain(place.key());
    }

    @Test
    void aRejectedSuggestionIsGoneAndStaysGoneAfterReopening() {
        SpanSuggestion figure = current().stream().filter(s -> s.label().equals("figure")).findFirst().orElseThrow();
        int caretInside = figure.range().start() + 1;

        assertThat(suggestions.rejectAt(new TextRange(caretInside, caretInside))).isTrue();

        assertThat(current()).extracting(SpanSuggestion::key).doesNotContain(figure.key());
        assertThat(WorkspaceStore.of(workspace).spans().forDocument(documentId)).isEmpty();
        close();
        start();
        assertThat(current()).extracting(SpanSuggestion::key).doesNotContain(figure.key());
    }

    @Test
    void acceptAllOfALabelIsOneUndo() {
        int places = suggestions.countsByLabel().get("place");
        assertThat(places).isGreaterThan(1);

        assertThat(suggestions.acceptAll("place")).isEqualTo(places);
        assertThat(current()).noneMatch(s -> s.label().equals("place"));
        model.undo();

        assertThat(WorkspaceStore.of(workspace).spans().forDocument(documentId)).isEmpty();
        awaitUntil(() -> suggestions.countsByLabel().getOrDefault("place", 0) == places);
        assertThat(suggestions.countsByLabel()).containsEntry("place", places);
    }

    @Test
    void hiddenSuggestionsAreNeitherDrawnNorActedOn() {
        SpanSuggestion first = current().get(0);
        suggestions.visibleProperty().set(false);

        assertThat(suggestions.proposals()).isEmpty();
        assertThat(suggestions.at(first.range())).isEmpty();
        assertThat(suggestions.acceptAt(first.range())).isFalse();
        assertThat(WorkspaceStore.of(workspace).spans().forDocument(documentId)).isEmpty();
        suggestions.visibleProperty().set(true);
        assertThat(suggestions.proposals()).hasSize(current().size());
        assertThat(text()).isNotEmpty();
    }

    @Test
    void anEditTakesOutWhatItMadeRealAndARegionIsOutlinedFromTheShownSuggestions() {
        SpanSuggestion place = current().stream().filter(s -> s.label().equals("place")).findFirst().orElseThrow();
        TextRange region = new TextRange(Math.max(0, place.range().start() - 40), place.range().end() + 40);
        assertThat(suggestions.proposalsIn(region)).containsExactlyElementsOf(suggestions.proposals().stream()
                .filter(p -> p.range().overlaps(region)).toList());

        model.apply("place", place.range());

        List<SpanSuggestion> after = current();
        assertThat(after).extracting(SpanSuggestion::key).doesNotContain(place.key());
        assertThat(suggestions.proposalsIn(place.range())).noneMatch(p -> p.label().equals("place"));
        suggestions.visibleProperty().set(false);
        assertThat(suggestions.proposalsIn(region)).isEmpty();
    }

    @Test
    void editsAskTheEngineOnceThroughTheWindowsExecutorAndNotBefore() {
        List<Runnable> queued = new java.util.ArrayList<>();
        suggestions.recomputeThrough(queued::add);
        SpanSuggestion place = current().stream().filter(s -> s.label().equals("place")).findFirst().orElseThrow();

        model.apply("place", place.range());
        assertThat(current()).extracting(SpanSuggestion::key).doesNotContain(place.key());
        model.undo();

        // the undone tag's suggestion comes back only with a recomputation, and none was asked for yet
        assertThat(queued).hasSize(1);
        assertThat(current()).extracting(SpanSuggestion::key).doesNotContain(place.key());

        queued.remove(0).run();
        awaitUntil(() -> current().stream().anyMatch(s -> s.key().equals(place.key())));
        assertThat(current()).extracting(SpanSuggestion::key).contains(place.key());
        assertThat(queued).isEmpty();
    }
}
