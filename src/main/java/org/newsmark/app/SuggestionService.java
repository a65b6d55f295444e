package org.newsmark.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.store.SuggestionRepository.Rejection;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteer;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.LinkSuggestion;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;
import org.newsmark.suggest.pace.GiveWay;

/**
 * Suggestions for the documents of one store: what to propose, and what happens when the analyst
 * accepts or rejects a proposal. The engine (about 0.7 s for the gazetteer) and the corpus memory
 * are loaded once on a background thread as soon as the service starts; calls that need them wait.
 * {@link #suggestLater} never blocks its caller (the window asks from the UI thread); accept and
 * reject run on the thread that owns the {@link DocumentSession}.
 */
public final class SuggestionService implements AutoCloseable {

    /** Annotator of spans stored in bulk without review ({@code suggest --apply}). */
    public static final String ANNOTATOR = "suggest";

    private final Store store;
    private final ExecutorService worker;
    private final Supplier<Gazetteer> places;
    private volatile CompletableFuture<Loaded> loaded;
    private final CompletableFuture<Void> go = new CompletableFuture<>();

    /** Documents prefetched and recently shown; a few neighbours of the open one are enough. */
    private static final int CACHED_DOCUMENTS = 8;
    /** Longer documents are not prefetched: they would hold up the single worker. */
    private static final int PREFETCH_LIMIT = 64 * 1024;

    private final SuggestionCache cache = new SuggestionCache(CACHED_DOCUMENTS);
    /** Rejections made through this service, each after it is stored: part of what cached suggestions depend on. */
    private final java.util.concurrent.atomic.AtomicLong rejections = new java.util.concurrent.atomic.AtomicLong();
    /** Documents whose spans the corpus memory was given whole at least once (later edits hand over their changes). */
    private final Set<Long> synced = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Runs on the worker step aside while the window shows an edit, until its frames say it is shown; at
     * most this long after one, in case no frame comes (a loaded machine takes hundreds of ms per frame).
     */
    private static final java.time.Duration GIVE_WAY = java.time.Duration.ofSeconds(1);
    private final GiveWay giveWay = new GiveWay(GIVE_WAY);

    /** The engine, the memory it learns from, and what the memory has seen of open documents. */
    private record Loaded(SuggestionEngine engine, CorpusMemory memory, LearnedSpans learned) {
    }

    /** Whose layer a document not open in a session is read from; empty: every layer. */
    private final Optional<String> layer;

    /** Runs on {@code worker}; {@link #close()} shuts it down, so it must be the service's own. */
    private SuggestionService(Store store, Supplier<Gazetteer> places, ExecutorService worker, Optional<String> layer) {
        this.store = store;
        this.layer = layer;
        this.worker = worker;
        this.places = places;
        this.loaded = go.thenApplyAsync(v -> load(store, places), worker);
    }

    /**
     * Lets the engine load (ICU data, gazetteers, the corpus memory: a second or so of work). Until
     * then requests wait; the window calls this once its first frame is drawn, so loading does not
     * compete with start-up for the machine's cores.
     */
    public void startLoading() {
        go.complete(null);
    }

    /**
     * Builds the engine again in the background (e.g. after the analyst extended the gazetteer);
     * calls keep using the old engine until the new one is ready.
     */
    public CompletableFuture<Void> reload() {
        CompletableFuture<Loaded> next = CompletableFuture.supplyAsync(() -> load(store, places), worker);
        return next.thenAccept(l -> loaded = next);
    }

    /** Starts loading the standard engine (ICU and bundled place names) for {@code store}. */
    public static SuggestionService start(Store store) {
        return start(store, Gazetteers::standard);
    }

    /** Starts loading an engine whose place recommender uses {@code places} (e.g. standard plus a user file). */
    public static SuggestionService start(Store store, Supplier<Gazetteer> places) {
        SuggestionService service = new SuggestionService(store, places, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsmark-suggest");
            t.setDaemon(true);
            return t;
        }), Optional.empty());
        service.startLoading();
        return service;
    }

    /** As {@link #start(Store, Supplier)}, on the window's suggestion thread, loading once {@link #startLoading()} is called. */
    static SuggestionService start(Store store, Supplier<Gazetteer> places, TaskRunner runner, String layer) {
        return new SuggestionService(store, places, runner.suggestions(), Optional.of(layer));
    }

    private SuggestionContext storedContext(long documentId) {
        return layer.map(l -> StoredContexts.of(store, documentId, l)).orElseGet(() -> StoredContexts.of(store, documentId));
    }

    private static Loaded load(Store store, Supplier<Gazetteer> places) {
        CorpusMemory memory = CorpusMemory.restore(store.suggestions().corpusMemory(ANNOTATOR).stream()
                .map(t -> new CorpusMemory.Entry(t.label(), t.text(), t.tagged(), t.rejected())).toList());
        return new Loaded(SuggestionEngine.standard(places.get(), memory), memory, new LearnedSpans(memory, ANNOTATOR));
    }

    /**
     * What the window tells about the analyst's edits ({@link GiveWay#busy()}) and its frames
     * ({@link GiveWay#drawn()}), so that a run on the worker waits while an edit is being shown.
     */
    public GiveWay giveWay() {
        return giveWay;
    }

    /** Completes when the engine is ready; the window may show a hint until then. */
    public CompletableFuture<Void> ready() {
        return loaded.thenApply(l -> null);
    }

    /** {@link #suggest(long)} on the service's own thread. */
    public CompletableFuture<Suggestions> suggestLater(long documentId) {
        return loaded.thenApplyAsync(l -> giveWay.during(() -> suggest(documentId)), worker);
    }

    /**
     * Suggestions for an open document on the service's thread, from a snapshot of the session taken
     * now: the engine starts while the window is still drawing the article.
     */
    public CompletableFuture<Suggestions> suggestLater(DocumentSession session) {
        long id = session.document().id();
        String text = session.text();
        List<Span> spans = List.copyOf(session.spans());
        List<Relation> relations = List.copyOf(session.relations());
        return loaded.thenApplyAsync(l -> giveWay.during(() -> compute(l, id, () ->
                new SuggestionContext(text, spans, relations, StoredContexts.rejected(store, id)))), worker);
    }

    /** Suggestions for a stored document, given its spans, relations and the rejections made in it. */
    public Suggestions suggest(long documentId) {
        return compute(loaded.join(), documentId, () -> storedContext(documentId));
    }

    /** Suggestions for an open document as its session shows it now. */
    public Suggestions suggest(DocumentSession session) {
        long id = session.document().id();
        return compute(loaded.join(), id, () -> new SuggestionContext(session.text(), session.spans(), session.relations(),
                StoredContexts.rejected(store, id)));
    }

    private Suggestions compute(Loaded l, long documentId, Supplier<SuggestionContext> read) {
        long basis = basis(l); // before the context is read: a rejection made meanwhile leaves the entry stale, never wrong
        return compute(l, documentId, basis, read.get());
    }

    private Suggestions compute(Loaded l, long documentId, long basis, SuggestionContext context) {
        Suggestions suggestions = l.engine().suggest(context);
        cache.put(documentId, l, basis, context, suggestions);
        return suggestions;
    }

    /**
     * What suggestions depend on besides their document: the corpus memory's version and the rejections
     * made through this service (a rejection in one document need not change the memory). Both only grow,
     * so their sum grows whenever either does.
     */
    private long basis(Loaded l) {
        return l.memory().version() + rejections.get();
    }

    /**
     * The suggestions for the open document if they were computed ahead of time for exactly its
     * current state ({@link #prefetch}); never computes, so it is safe on the UI thread.
     */
    public Optional<Suggestions> prefetched(DocumentSession session) {
        Loaded l = loaded.getNow(null);
        return l == null ? Optional.empty() : cache.get(session.document().id(), l, basis(l),
                session.text(), session.spans(), session.relations());
    }

    /**
     * Computes, in the background, suggestions for documents the analyst may open next (e.g. the
     * neighbours in the list), so that they are ready when the document is.
     */
    public CompletableFuture<Void> prefetch(List<Long> documentIds) {
        return loaded.thenAcceptAsync(l -> giveWay.during(() -> {
            for (long id : documentIds) {
                // an article just opened is being drawn: reading its neighbours waits for that frame too
                GiveWay.checkpoint();
                long basis = basis(l);
                SuggestionContext context = storedContext(id);
                if (context.text().length() <= PREFETCH_LIMIT && !cache.isFresh(id, l, basis, context)) {
                    compute(l, id, basis, context);
                }
            }
            return null;
        }), worker);
    }

    /**
     * Teaches the corpus memory what changed in an open document since it last looked (spans tagged,
     * accepted, deleted or undone), on the service's thread, so other documents' suggestions follow
     * the analyst without a restart.
     */
    public CompletableFuture<Void> learn(DocumentSession session) {
        long id = session.document().id();
        String text = session.text();
        List<Span> spans = List.copyOf(session.spans());
        synced.add(id);
        return loaded.thenAcceptAsync(l -> l.learned().sync(id, text, spans), worker);
    }

    /**
     * {@link #learn(DocumentSession)} after one action whose {@code delta} is known: only the spans it
     * removed and added are handed over, so an edit in a document of 20,000 spans neither copies nor
     * counts them all again (on the caller's thread, and in garbage the collector stops every thread for).
     */
    public CompletableFuture<Void> learn(DocumentSession session, SpanDelta delta) {
        long id = session.document().id();
        if (delta.reset()) {
            return learn(session);
        }
        String text = session.text();
        if (synced.add(id)) {
            // the memory was read from the store, which held the spans as they were before this first action
            List<Span> before = spansBefore(session.spans(), delta);
            return loaded.thenAcceptAsync(l -> {
                l.learned().sync(id, text, before);
                l.learned().change(id, text, delta.removed(), delta.added());
            }, worker);
        }
        return loaded.thenAcceptAsync(l -> l.learned().change(id, text, delta.removed(), delta.added()), worker);
    }

    private static List<Span> spansBefore(List<Span> now, SpanDelta delta) {
        Set<Span> added = Set.copyOf(delta.added());
        List<Span> before = new ArrayList<>(now.stream().filter(s -> !added.contains(s)).toList());
        before.addAll(delta.removed());
        return before;
    }

    /**
     * Accepts one suggestion as an ordinary, undoable span of {@code session} that records its source;
     * a proposed link between it and a span the document already has is drawn in the same action.
     * Like any edit, it reaches the corpus memory through {@link #learn}, which the window calls after
     * every change of the session.
     */
    public Optional<Span> accept(DocumentSession session, SpanSuggestion suggestion) {
        return accept(session, suggestion, suggest(session));
    }

    /** {@link #accept(DocumentSession, SpanSuggestion)} with the links proposed in {@code shown}, the suggestions the analyst sees. */
    public Optional<Span> accept(DocumentSession session, SpanSuggestion suggestion, Suggestions shown) {
        List<NewLink> links = linksTo(shown, Set.of(suggestion.key()));
        session.accept(List.of(newSpan(suggestion)), links);
        return session.spansAt(suggestion.range()).stream().filter(s -> s.label().equals(suggestion.label()))
                .findFirst();
    }

    /** Accepts every current suggestion of {@code label} in the document, with their links, as ONE undoable action. */
    public List<Span> acceptAll(DocumentSession session, String label) {
        return acceptAll(session, label, suggest(session));
    }

    /** {@link #acceptAll(DocumentSession, String)} of the suggestions the analyst sees, {@code current}. */
    public List<Span> acceptAll(DocumentSession session, String label, Suggestions current) {
        List<SpanSuggestion> chosen = current.withLabel(label);
        return session.accept(chosen.stream().map(SuggestionService::newSpan).toList(),
                linksTo(current, chosen.stream().map(SpanSuggestion::key).collect(Collectors.toSet())));
    }

    /** Rejects a suggestion: it is not proposed in this document again, and counts against it corpus-wide. */
    public void reject(long documentId, SpanSuggestion suggestion) {
        Document document = store.documents().find(documentId)
                .orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
        String text = suggestion.key().textIn(document.text());
        store.suggestions().reject(new Rejection(documentId, suggestion.label(), suggestion.range(), text));
        rejections.incrementAndGet();
        memory().reject(text, suggestion.label());
    }

    /** Runs over many documents for the command line: counts, or stores, the suggestions (see {@link CorpusSuggester}). */
    public SuggestReport suggestCorpus(SuggestOptions options) {
        return new CorpusSuggester(store, engine()).run(options);
    }

    private static NewSpan newSpan(SpanSuggestion s) {
        return new NewSpan(s.label(), s.range(), Span.suggestedBy(s.recommender()));
    }

    /** Proposed links with at least one end among {@code accepted}; the session keeps those whose ends exist. */
    private static List<NewLink> linksTo(Suggestions current, Set<SpanKey> accepted) {
        List<NewLink> out = new ArrayList<>();
        for (LinkSuggestion l : current.links()) {
            if (accepted.contains(l.quote()) || accepted.contains(l.speaker())) {
                out.add(new NewLink(ref(l.quote()), ref(l.speaker()), l.type()));
            }
        }
        return out;
    }

    static SpanRef ref(SpanKey key) {
        return new SpanRef(key.label(), key.range());
    }

    private SuggestionEngine engine() {
        return loaded.join().engine();
    }

    /**
     * Rejects a suggestion in an open document without making the caller wait on the store: the
     * rejection is committed by the session's writer, and the corpus memory learns it on the worker
     * once it is committed, so a recomputation queued after this sees it.
     */
    public void reject(DocumentSession session, SpanSuggestion suggestion) {
        String text = suggestion.key().textIn(session.text());
        CompletableFuture<Void> stored = session.recordRejection(suggestion.label(), suggestion.range());
        loaded.thenAcceptAsync(l -> {
            stored.join();
            rejections.incrementAndGet();
            l.memory().reject(text, suggestion.label());
        }, worker).exceptionally(e -> {
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, "rejection not learned: " + e.getMessage(), e);
            return null;
        });
    }

    private CorpusMemory memory() {
        return loaded.join().memory();
    }

    /** Stops the background thread; the store stays open (it belongs to the caller). */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
