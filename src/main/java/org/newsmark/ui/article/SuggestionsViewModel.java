package org.newsmark.ui.article;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.newsmark.app.ActionWording;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.SuggestionService;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.LinkSuggestion;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.Suggestions;
import org.newsmark.model.Span;
import org.newsmark.ui.article.highlight.Proposal;

/**
 * The suggestions of the open document and what the analyst does with them. The engine never runs on
 * the UI thread: suggestions are computed on the service's thread and delivered through {@code ui}
 * (the FX thread in the window, the caller's thread in tests). After an edit, suggestions the edit
 * made real (accepted, tagged by hand) or rejected leave the list at once; the recomputed list
 * follows from the background.
 */
public final class SuggestionsViewModel {

    /** Innermost first, then document order: the suggestion a caret inside several means. */
    private static final Comparator<SpanSuggestion> INNERMOST =
            Comparator.comparingInt((SpanSuggestion s) -> s.range().length()).thenComparing(SpanSuggestion::key);

    private final WorkbenchViewModel model;
    private final SuggestionService service;
    /** Up to this length (about 20 pages) suggestions are recomputed after every edit; longer texts after a pause. */
    static final int IMMEDIATE_LIMIT = 64 * 1024;

    static final long IDLE_MILLIS = 1500;
    /**
     * After an edit the neighbours' prefetched suggestions are stale (the corpus memory learned from it), but
     * they are recomputed only once the analyst has paused this long: recomputing three articles after every
     * key kept one of two cores busy while the next keys were being shown.
     */
    private java.time.Duration neighboursPause = java.time.Duration.ofSeconds(1);
    private final ScheduledExecutorService timers;
    private ScheduledFuture<?> neighboursDue;
    private List<Long> prefetchedNeighbours = List.of();
    /** Whether the open article was edited since it was opened: its neighbours then wait for a pause. */
    private boolean editedSinceOpened;

    private final Executor ui;
    private ScheduledFuture<?> pending;
    private final ReadOnlyObjectWrapper<List<SpanSuggestion>> current = new ReadOnlyObjectWrapper<>(List.of());
    /** {@link #current} with the index that finds the suggestions around an edit. */
    private OrderedSuggestions ordered = OrderedSuggestions.EMPTY;
    /** The links proposed with the suggestions {@link #current} was made from. */
    private List<LinkSuggestion> latestLinks = List.of();
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private long generation;
    /** Where a recomputation after an edit of a short article is asked for (see {@link #recomputeThrough}). */
    private Executor afterEditShown = Runnable::run;
    private boolean recomputeDue;

    /** {@code ui} delivers to the thread of the view; {@code timers} waits for the analyst's pause. */
    public SuggestionsViewModel(WorkbenchViewModel model, SuggestionService service, Executor ui,
                                ScheduledExecutorService timers) {
        this.timers = timers;
        this.model = model;
        this.service = service;
        this.ui = ui;
        model.sessionProperty().addListener((o, before, now) -> opened(now));
        model.addChangeListener(this::afterEdit);
        model.visibleDocuments().addListener((ListChangeListener<Object>) c ->
                model.session().ifPresent(this::prefetchNewNeighbours));
        model.session().ifPresent(this::opened);
    }

    /**
     * A short article's suggestions are recomputed after an edit through {@code later}: the window
     * asks once the frame showing the edit is drawn, so that the engine's run (a core's worth of
     * work on two cores) does not compete with laying out and drawing that frame. Several edits
     * before then are one run.
     */
    public void recomputeThrough(Executor later) {
        this.afterEditShown = later;
    }

    /** How long after the last edit the neighbours' suggestions are recomputed. */
    void neighboursPause(java.time.Duration pause) {
        this.neighboursPause = pause;
    }

    /** The open document's suggestions in document order, hidden or not. */
    public ReadOnlyObjectProperty<List<SpanSuggestion>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether suggestions are shown (and the keys act on them). */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** What the article outlines: nothing while hidden. */
    public List<Proposal> proposals() {
        return shown().stream().map(s -> new Proposal(s.range(), s.label())).toList();
    }

    /** What the article outlines in {@code region}: the shown suggestions overlapping it. */
    public List<Proposal> proposalsIn(TextRange region) {
        if (!visible.get()) {
            return List.of();
        }
        return ordered.overlapping(region).stream().map(s -> new Proposal(s.range(), s.label())).toList();
    }

    private List<SpanSuggestion> shown() {
        return visible.get() ? current.get() : List.of();
    }

    /** The suggestion exactly selected, else the innermost one around the caret (the start of an empty selection). */
    public Optional<SpanSuggestion> at(TextRange selection) {
        if (!selection.isEmpty()) {
            Optional<SpanSuggestion> exact = shownOverlapping(selection).stream()
                    .filter(s -> s.range().equals(selection)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
        }
        int caret = selection.start();
        return covering(caret).min(INNERMOST);
    }

    /** The shown suggestions whose words hold the caret. */
    private java.util.stream.Stream<SpanSuggestion> covering(int caret) {
        return shownOverlapping(new TextRange(caret, caret + 1)).stream();
    }

    /** The shown suggestions overlapping {@code range}, found by binary search (a long article has 400,000). */
    private List<SpanSuggestion> shownOverlapping(TextRange range) {
        return visible.get() ? ordered.overlapping(range) : List.of();
    }

    /** The next (or previous) suggestion after the selection's start, wrapping around the article. */
    public Optional<SpanSuggestion> next(TextRange selection, boolean forward) {
        List<SpanSuggestion> all = shown();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int from = selection.start();
        if (forward) {
            int after = selection.isEmpty() ? from : from + 1;
            return ordered.firstFrom(after).or(() -> Optional.of(all.get(0)));
        }
        return ordered.lastBefore(from).or(() -> Optional.of(all.get(all.size() - 1)));
    }

    /** Accepts the suggestion at the selection as an ordinary span, selects it; false when there is none. */
    public boolean acceptAt(TextRange selection) {
        Optional<SpanSuggestion> chosen = at(selection);
        chosen.ifPresent(this::accept);
        return chosen.isPresent();
    }

    /**
     * A label's key pressed with the caret in suggestions and no span there: the innermost suggestion of that label
     * is accepted (with its proposed link), or else the innermost suggestion's words are tagged with that label.
     * False when no suggestion covers the caret.
     */
    public boolean tagAt(String labelName, int caret) {
        List<SpanSuggestion> here = covering(caret).sorted(INNERMOST).toList();
        if (here.isEmpty()) {
            return false;
        }
        here.stream().filter(s -> s.label().equals(labelName)).findFirst().ifPresentOrElse(this::accept,
                () -> model.apply(labelName, here.get(0).range()));
        return true;
    }

    private void accept(SpanSuggestion suggestion) {
        // accepting one needs only the links proposed with it: no copy of every suggestion shown
        Suggestions from = new Suggestions(List.of(suggestion), latestLinks);
        model.actionable().ifPresent(session -> attempt(() -> service.accept(session, suggestion, from))
                .flatMap(span -> span).ifPresent(span -> {
                    model.selectedSpanProperty().set(span);
                    model.say("Accepted " + ActionWording.quoted(span.textIn(session.text())) + " as " + span.label());
                }));
    }

    /** Rejects the suggestion at the selection: it goes away and is not proposed in this document again. */
    public boolean rejectAt(TextRange selection) {
        Optional<SpanSuggestion> chosen = at(selection);
        chosen.ifPresent(s -> model.actionable().ifPresent(session -> {
            attempt(() -> {
                service.reject(session, s);
                return true;
            });
            withhold(s.range(), x -> x.key().equals(s.key()));
            requestLater(session);
            model.say("Rejected " + ActionWording.quoted(s.range().of(session.text())) + " as " + s.label()
                    + "; it will not come back in this article");
        }));
        return chosen.isPresent();
    }

    /** Accepts every shown suggestion of {@code label} as one undoable action; returns how many spans it made. */
    public int acceptAll(String label) {
        Suggestions from = new Suggestions(ordered.all(), latestLinks);
        Optional<DocumentSession> target = model.actionable();
        if (target.isEmpty()) {
            return 0;
        }
        int made = target.flatMap(session -> attempt(() -> service.acceptAll(session, label, from)))
                .map(List::size).orElse(0);
        model.say("Accepted " + made + " " + label + " suggestion" + (made == 1 ? "" : "s") + " (one undo)");
        return made;
    }

    /** Accepts every shown suggestion with the label of the one at the selection (one undo); false when there is none. */
    public boolean acceptAllLike(TextRange selection) {
        Optional<SpanSuggestion> chosen = at(selection);
        chosen.ifPresent(s -> acceptAll(s.label()));
        return chosen.isPresent();
    }

    /** Shown suggestions per label, in the order of the label scheme, for the accept-all menu. */
    public Map<String, Integer> countsByLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> shownPerLabel = visible.get() ? ordered.countsByLabel() : Map.of();
        model.labels().forEach(l -> {
            int n = shownPerLabel.getOrDefault(l.name(), 0);
            if (n > 0) {
                counts.put(l.name(), n);
            }
        });
        return counts;
    }

    /**
     * A document was opened: its suggestions are shown at once when they were prefetched for exactly
     * its current state, otherwise the previous document's are cleared and new ones asked for in the
     * background. Either way the neighbours are prefetched next, so that stepping through the list
     * shows suggestions with the article's first frame.
     */
    private void opened(DocumentSession session) {
        // the new article's first frame is built now: background runs (the neighbours' prefetch) wait for it
        service.giveWay().busy();
        editedSinceOpened = false;
        Optional<Suggestions> ready = Optional.ofNullable(session).flatMap(service::prefetched);
        if (ready.isPresent()) {
            generation++;
            show(ready.get());
            prefetchNeighbours(session);
            return;
        }
        show(Suggestions.empty());
        requestLater(session);
    }

    /** Computes a document's suggestions in the background ahead of opening it (the mouse rests on it in the list). */
    public void prefetch(long documentId) {
        if (model.session().filter(s -> s.document().id() == documentId).isEmpty()) {
            service.prefetch(List.of(documentId));
        }
    }

    /** The documents one step before and after the open one in the list, and the next one not done. */
    private void prefetchNeighbours(DocumentSession session) {
        List<Long> neighbours = Neighbours.of(model.visibleDocuments(), session.document().id());
        prefetchedNeighbours = neighbours;
        if (!neighbours.isEmpty()) {
            service.prefetch(neighbours);
        }
    }

    /** The list changed: its new neighbours are prefetched (an edit that only changes a row's status or counts moves none). */
    private void prefetchNewNeighbours(DocumentSession session) {
        if (!Neighbours.of(model.visibleDocuments(), session.document().id()).equals(prefetchedNeighbours)) {
            prefetchNeighbours(session);
        }
    }

    /**
     * After an edit: what it made real leaves the list at once; small articles are recomputed right
     * away, a long one once the analyst has paused, so a run over the whole text never competes with
     * typing.
     */
    private void afterEdit(org.newsmark.app.SessionChange change) {
        Optional<DocumentSession> session = model.session();
        if (session.isEmpty()) {
            return;
        }
        service.giveWay().busy(); // a run over the article waits while this edit is shown
        editedSinceOpened = true;
        service.learn(session.get(), change.delta());
        if (change.delta().reset()) {
            withhold(change.affected(), s -> isTagged(session.get(), s));
        } else {
            withholdTaggedBy(change.delta().added());
        }
        if (session.get().text().length() > IMMEDIATE_LIMIT) {
            long asked = generation;
            pending = onUiAfterPause(pending, IDLE_MILLIS, () -> {
                if (asked == generation) {
                    requestLater(session.get());
                }
            });
            return;
        }
        generation++; // a run still under way started before this edit: what it finds is not shown
        if (recomputeDue) {
            return;
        }
        recomputeDue = true;
        DocumentSession edited = session.get();
        afterEditShown.execute(() -> {
            recomputeDue = false;
            if (model.session().filter(s -> s == edited).isPresent()) {
                requestLater(edited);
            }
        });
    }

    private static boolean isTagged(DocumentSession session, SpanSuggestion s) {
        return session.spansOverlapping(s.range()).stream().anyMatch(x -> x.label().equals(s.label()));
    }

    /** Recomputes the open document's suggestions in the background. */
    public void refresh() {
        requestLater(model.session().orElse(null));
    }

    /**
     * Takes out the suggestions the spans an action added now cover (same label, overlapping), looking
     * only around those spans: after tagging 1,000 hits this is 1,000 small lookups, not a pass over
     * every suggestion between the first hit and the last.
     */
    private void withholdTaggedBy(List<Span> added) {
        if (added.isEmpty()) {
            return;
        }
        java.util.Set<SpanSuggestion> leaving = new java.util.LinkedHashSet<>();
        for (Span span : added) {
            ordered.overlapping(span.range()).stream().filter(s -> s.label().equals(span.label())).forEach(leaving::add);
        }
        List<SpanSuggestion> inOrder = new java.util.ArrayList<>(leaving);
        inOrder.sort(java.util.Comparator.comparing(SpanSuggestion::key));
        drop(inOrder);
    }

    /** Takes suggestions overlapping {@code around} out of what is shown until the recomputed list arrives. */
    private void withhold(TextRange around, Predicate<SpanSuggestion> gone) {
        drop(ordered.overlapping(around).stream().filter(gone).toList());
    }

    /** Takes {@code leaving} (in document order) out of what is shown. */
    private void drop(List<SpanSuggestion> leaving) {
        if (leaving.isEmpty()) {
            return;
        }
        ordered = ordered.without(leaving);
        current.set(ordered.all());
    }

    private void show(Suggestions suggestions) {
        show(OrderedSuggestions.of(suggestions.spans()), suggestions);
    }

    private void show(OrderedSuggestions inOrder, Suggestions suggestions) {
        ordered = inOrder;
        latestLinks = suggestions.links();
        current.set(ordered.all());
    }

    /** Suggestions put in document order off the UI thread (a long article has hundreds of thousands). */
    private record Ready(OrderedSuggestions inOrder, Suggestions suggestions) {
    }

    private void requestLater(DocumentSession session) {
        long asked = ++generation;
        if (session == null) {
            show(Suggestions.empty());
            return;
        }
        service.suggestLater(session)
                // ordered on the engine's thread that completes the request (on this one only when it was ready)
                .thenApply(suggestions -> new Ready(OrderedSuggestions.of(suggestions.spans()), suggestions))
                .whenCompleteAsync((ready, failure) -> {
                    if (asked != generation || model.session().filter(s -> s == session).isEmpty()) {
                        return;
                    }
                    if (failure != null) {
                        if (!org.newsmark.app.SavingStatus.isConnectionLoss(failure)) { // the status bar already says that
                            model.say("No suggestions: " + failure.getMessage());
                        }
                        return;
                    }
                    show(ready.inOrder(), ready.suggestions());
                    prefetchNeighboursSoon(session);
                }, ui);
    }

    /** The neighbours' prefetch: at once after an open, once the analyst pauses after an edit. */
    private void prefetchNeighboursSoon(DocumentSession session) {
        if (!editedSinceOpened) {
            prefetchNeighbours(session);
            return;
        }
        long id = session.document().id();
        neighboursDue = onUiAfterPause(neighboursDue, neighboursPause.toMillis(), () ->
                model.session().filter(s -> s.document().id() == id).ifPresent(this::prefetchNeighbours));
    }

    /** Runs {@code action} on the view's thread once {@code millis} pass without another call for the same {@code previous}. */
    private ScheduledFuture<?> onUiAfterPause(ScheduledFuture<?> previous, long millis, Runnable action) {
        if (previous != null) {
            previous.cancel(false);
        }
        return timers.schedule(() -> ui.execute(action), millis, TimeUnit.MILLISECONDS);
    }

    private <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException e) {
            model.say("Suggestion not applied: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, "suggestion", e);
            return Optional.empty();
        }
    }
}
