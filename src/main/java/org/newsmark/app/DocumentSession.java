package org.newsmark.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.Labels;

/**
 * Annotating one document: every action is a command that changes the in-memory mirror at once, is
 * recorded in this document's undo history, announced to listeners and handed to the
 * {@link SessionWriter}, which commits it as one transaction: before the method returns (inline), or
 * on the writer thread, after which {@link SaveListener}s hear that it is saved.
 */
public final class DocumentSession {

    /** The annotator of a workspace opened without one ({@link Workspace#open(java.nio.file.Path)}): this OS user. */
    public static final String ANALYST = org.newsmark.model.Annotator.osUser().name();

    private final SessionState state;
    private final CommandHistory history = new CommandHistory();
    private final List<Consumer<SessionChange>> listeners = new CopyOnWriteArrayList<>();
    private final List<SaveListener> saveListeners = new CopyOnWriteArrayList<>();
    private final SessionWriter writer;
    /** A commit was refused: the mirror is being re-read from the store and takes no action meanwhile. */
    private boolean recovering;
    /** Actions handed to the writer so far: a re-read taken before the latest one is stale. */
    private long submitted;
    /** An inline commit's description, told to save listeners after the change itself was announced. */
    private Optional<String> savedInline = Optional.empty();
    /** What the last action did to the spans, announced with it. */
    private SpanDelta delta = SpanDelta.RESET;

    DocumentSession(SessionState state, SessionWriter writer) {
        this.state = state;
        this.writer = writer;
    }

    /** Hears when an action is committed, or that the store refused it (background writing only). */
    public interface SaveListener {
        void saved(String description);

        /**
         * The store refused {@code description}; the actions after it were not stored either, the
         * annotations shown are re-read from the store and the undo history is cleared, or, when
         * another analyst changed the same thing first ({@link EditConflictException}, whose message
         * says who and what), goes back to what it was before the refused action.
         */
        void failed(String description, RuntimeException cause);
    }

    public void addSaveListener(SaveListener listener) {
        saveListeners.add(listener);
    }

    public void removeSaveListener(SaveListener listener) {
        saveListeners.remove(listener);
    }

    public Document document() {
        return state.document();
    }

    /** Whose layer of the document this session shows and changes. */
    public String annotator() {
        return state.annotator();
    }

    public String text() {
        return state.document().text();
    }

    /** The spans in document order (a read-only view that follows later changes). */
    public List<Span> spans() {
        return state.spans();
    }

    /** An upper bound on span length (it may stay higher after the longest span went). */
    public int longestSpanLength() {
        return state.longestSpan();
    }

    public List<Relation> relations() {
        return state.relations();
    }

    public Optional<Span> span(long id) {
        return state.span(id);
    }

    public void addListener(Consumer<SessionChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SessionChange> listener) {
        listeners.remove(listener);
    }

    /**
     * Tags the selection, with surrounding whitespace trimmed. Nothing happens to an empty or
     * all-blank selection, or when the same label already covers exactly that text.
     */
    public Optional<Span> tag(TextRange selection, String label) {
        return tag(selection, label, Span.MANUAL);
    }

    /**
     * Like {@link #tag(TextRange, String)}, recording how the span came about, e.g.
     * {@code suggest:figures} for an accepted suggestion.
     */
    public Optional<Span> tag(TextRange selection, String label, String source) {
        TextRange range = selection.trimmedIn(text());
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> same = existing(new SpanRef(label, range));
        if (same.isPresent()) {
            return same;
        }
        CreateSpan command = new CreateSpan(new Span(0, state.documentId(), range, label, state.annotator(), source),
                state.labelId(label), text());
        run(command);
        return Optional.of(command.span());
    }

    /**
     * Tags every range that no span of {@code label} overlaps yet, as one undoable action and one
     * transaction. Returns the spans created (none when every range was already tagged).
     */
    public List<Span> tagAll(List<TextRange> ranges, String label, String annotator) {
        List<NewSpan> spans = ranges.stream()
                .map(r -> new NewSpan(label, r.trimmedIn(text()), Span.MANUAL)).toList();
        return tagInBulk((created, linked) -> ActionWording.tagAll(label, textsOf(created)), spans, List.of(), annotator, true);
    }

    /**
     * Tags several ranges and draws links between spans (new or existing, found by label and range) as
     * ONE undoable action in one transaction, as accepting all suggestions of a label does. Ranges
     * already tagged with the label are skipped; a link is skipped when an end is missing or its
     * {@code from} span already has a relation of that type. Returns the spans created.
     */
    public List<Span> tagAll(String description, List<NewSpan> spans, List<NewLink> links) {
        return tagInBulk((created, linked) -> description, spans, links, state.annotator(), false);
    }

    /**
     * Accepts suggestions as spans with their proposed links, as {@link #tagAll(String, List, List)}
     * does, as one action named by the accepted words and the links drawn: "accept suggestion “We will
     * act” as quote, link quote to “Yoon”".
     */
    List<Span> accept(List<NewSpan> spans, List<NewLink> links) {
        return tagInBulk((created, linked) -> ActionWording.accept(created.get(0).label(), textsOf(created), linked),
                spans, links, state.annotator(), false);
    }

    private List<String> textsOf(List<Span> spans) {
        return spans.stream().map(s -> s.textIn(text())).toList();
    }

    /**
     * The one bulk tagging: skips empty ranges and exact duplicates of a span with the same label;
     * with {@code skipOverlapping} (find's tag-all, propagation) also ranges overlapping one, because
     * a hit inside a longer tagged name is the same mention.
     */
    private List<Span> tagInBulk(BiFunction<List<Span>, List<String>, String> description, List<NewSpan> spans, List<NewLink> links,
                                 String annotator, boolean skipOverlapping) {
        List<CreateSpan> creates = new ArrayList<>();
        Set<SpanRef> planned = new HashSet<>();
        Map<String, Long> labelIds = new HashMap<>();
        for (NewSpan n : spans) {
            boolean fresh = n.range().fitsNonEmptyIn(text().length()) && existing(n.ref()).isEmpty()
                    && !planned.contains(n.ref());
            if (fresh && !(skipOverlapping && overlapsSameLabel(n, creates))) {
                planned.add(n.ref());
                creates.add(new CreateSpan(new Span(0, state.documentId(), n.range(), n.label(), annotator, n.source()),
                        labelIds.computeIfAbsent(n.label(), state::labelId), text()));
            }
        }
        List<AnnotationCommand> parts = new ArrayList<>(creates);
        List<String> linked = new ArrayList<>();
        for (NewLink l : links) {
            boolean ends = (planned.contains(l.from()) || existing(l.from()).isPresent())
                    && (planned.contains(l.to()) || existing(l.to()).isPresent());
            boolean fromFree = existing(l.from()).map(f -> state.relations().stream()
                    .noneMatch(r -> r.fromSpanId() == f.id() && r.type().equals(l.type()))).orElse(true);
            if (ends && fromFree) {
                LinkByRef link = linkOf(l);
                parts.add(link);
                linked.add(link.description());
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Span> toCreate = creates.stream().map(CreateSpan::span).toList();
        // only links (their spans were there already): named by them, as the words to tag are none
        run(new CompositeCommand(toCreate.isEmpty() ? ActionWording.actions(parts.stream()
                .map(AnnotationCommand::description).toList()) : description.apply(toCreate, linked), parts));
        return creates.stream().map(CreateSpan::span).toList(); // as stored, with their ids
    }

    /**
     * Removes relations and spans (named by label and range; a span's other relations go with it),
     * then creates spans and draws links, as ONE undoable action in one transaction: how a curation
     * step changes the gold layer. Missing spans and relations are skipped; returns whether anything changed.
     */
    public boolean change(String description, List<SpanRef> remove, List<NewLink> unlink, List<NewSpan> add,
                          List<NewLink> link) {
        List<AnnotationCommand> parts = new ArrayList<>();
        Set<Long> gone = new HashSet<>();
        for (NewLink l : unlink) {
            Optional<Span> from = existing(l.from());
            Optional<Span> to = existing(l.to());
            if (from.isPresent() && to.isPresent()) {
                state.relations().stream().filter(r -> r.fromSpanId() == from.get().id()
                        && r.toSpanId() == to.get().id() && r.type().equals(l.type()) && gone.add(r.id())).findFirst()
                        .ifPresent(r -> parts.add(unlinkOf(r)));
            }
        }
        Set<Long> deleted = new HashSet<>();
        for (SpanRef ref : remove) {
            existing(ref).filter(s -> deleted.add(s.id())).ifPresent(s -> parts.add(new DeleteSpan(state, s,
                    state.relations().stream().filter(r -> r.touches(s.id()) && gone.add(r.id())).toList())));
        }
        Set<SpanRef> planned = new HashSet<>();
        for (NewSpan n : add) {
            if (n.range().fitsNonEmptyIn(text().length()) && existing(n.ref()).isEmpty() && planned.add(n.ref())) {
                parts.add(new CreateSpan(new Span(0, state.documentId(), n.range(), n.label(), state.annotator(),
                        n.source()), state.labelId(n.label()), text()));
            }
        }
        for (NewLink l : link) {
            boolean ends = (planned.contains(l.from()) || existing(l.from()).isPresent())
                    && (planned.contains(l.to()) || existing(l.to()).isPresent());
            if (ends) {
                parts.add(linkOf(l));
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        run(new CompositeCommand(description, parts));
        return true;
    }

    /** Looks only at spans that can reach the range: those starting at most the longest span's length before it. */
    private boolean overlapsSameLabel(NewSpan n, List<CreateSpan> planned) {
        TextRange range = n.range();
        if (spansOverlapping(range).stream().anyMatch(s -> s.label().equals(n.label()))) {
            return true;
        }
        return planned.stream().anyMatch(c -> c.span().label().equals(n.label()) && c.span().range().overlaps(range));
    }

    private Optional<Span> existing(SpanRef ref) {
        return spansAt(ref.range()).stream().filter(s -> s.label().equals(ref.label())).findFirst();
    }

    /**
     * Gives a span another label. A {@code said_by} link whose meaning the new label breaks (a quote
     * said by something that is no longer a speaker, or a span that is no longer a quote) is removed
     * in the same undoable action, and the action's description says so. Returns false, changing
     * nothing, when a span of that label already covers exactly this text.
     */
    public boolean relabel(long spanId, String label) {
        Span before = require(spanId);
        if (before.label().equals(label)) {
            return true;
        }
        if (existing(new SpanRef(label, before.range())).isPresent()) {
            return false;
        }
        List<Relation> broken = state.relations().stream().filter(r -> r.type().equals(Relation.SAID_BY)
                && (r.fromSpanId() == spanId && !label.equals(Labels.QUOTE)
                || r.toSpanId() == spanId && !label.equals(Labels.SPEAKER))).toList();
        ChangeSpan change = new ChangeSpan(state, before, before.withLabel(label));
        if (broken.isEmpty()) {
            run(change);
            return true;
        }
        List<AnnotationCommand> parts = new ArrayList<>();
        for (Relation relation : broken) {
            parts.add(unlinkOf(relation));
        }
        parts.add(change);
        run(new CompositeCommand(change.description() + " and " + ActionWording.unlinkedBy(spanId, broken), parts));
        return true;
    }

    private LinkByRef linkOf(NewLink link) {
        return new LinkByRef(link, ActionWording.link(link.type(), link.to().range().of(text())));
    }

    private Unlink unlinkOf(Relation relation) {
        return new Unlink(RememberedRelation.of(state, relation), rangeOf(relation),
                ActionWording.unlink(relation.type(), require(relation.toSpanId()).textIn(text())));
    }

    /** From the start of the first end to the end of the last, as a link is drawn. */
    private TextRange rangeOf(Relation relation) {
        Span from = require(relation.fromSpanId());
        Span to = require(relation.toSpanId());
        return new TextRange(Math.min(from.start(), to.start()), Math.max(from.end(), to.end()));
    }

    public void resize(long spanId, TextRange range) {
        Span before = require(spanId);
        if (!range.fitsNonEmptyIn(text().length())) {
            throw new IllegalArgumentException("a span must keep at least one character inside the text");
        }
        if (!before.range().equals(range)) {
            run(new ChangeSpan(state, before, before.withRange(range)));
        }
    }

    public void delete(long spanId) {
        Span span = require(spanId);
        run(new DeleteSpan(state, span, state.relations().stream().filter(r -> r.touches(spanId)).toList()));
    }

    /** Links {@code from} to {@code to}; an earlier relation of that type from {@code from} is replaced. */
    public Relation link(long fromSpanId, long toSpanId, String type) {
        Span from = require(fromSpanId);
        Span to = require(toSpanId);
        Optional<Relation> existing = state.relations().stream()
                .filter(r -> r.fromSpanId() == fromSpanId && r.type().equals(type)).findFirst();
        if (existing.isPresent() && existing.get().toSpanId() == toSpanId) {
            return existing.get();
        }
        TextRange affected = new TextRange(Math.min(from.start(), to.start()), Math.max(from.end(), to.end()));
        Link command = new Link(state.spanHandle(fromSpanId), state.spanHandle(toSpanId), type,
                existing.map(r -> RememberedRelation.of(state, r)), affected, ActionWording.link(type, to.textIn(text())));
        run(command);
        return command.relation();
    }

    public void unlink(long relationId) {
        Relation relation = state.relations().stream().filter(r -> r.id() == relationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no relation " + relationId));
        run(unlinkOf(relation));
    }

    public void setStatus(DocumentStatus status) {
        if (state.document().status() != status) {
            run(new SetStatus(state.document(), status));
        }
    }

    /** Sets this layer's status even when the document's own status (the last anyone set) already is {@code status}: one undoable action. */
    void setLayerStatus(DocumentStatus status) {
        run(new SetStatus(state.document(), status));
    }

    void forgetLabels() {
        state.forgetLabels();
    }

    /**
     * Records that the analyst rejected a suggestion of {@code label} at {@code range} (not an undoable
     * action); the future completes once that is committed.
     */
    public CompletableFuture<Void> recordRejection(String label, TextRange range) {
        refuseWhileRecovering();
        SessionState.Mark mark = state.mark();
        state.record(new StoreWrite.Reject(new org.newsmark.store.SuggestionRepository.Rejection(
                state.documentId(), label, range, range.of(text()))));
        return commit(mark, "reject a suggestion", false);
    }

    /** Waits until every action handed to the writer so far is committed (or refused). */
    public void awaitCommits() {
        writer.awaitQueued();
    }

    /**
     * Re-reads spans, relations and labels from the store without holding up the screen: the reading
     * waits for the queued actions on {@code background}, the mirror takes it on {@code fx} (the thread
     * that acts on this session). An action taken meanwhile makes the reading stale: it is read again.
     * The undo history stays. Completes with whether the mirror changed (false while a refused save is
     * being re-read, which reads the store anyway).
     */
    public CompletableFuture<Boolean> reread(java.util.concurrent.Executor background, java.util.concurrent.Executor fx) {
        long seen = submitted;
        return CompletableFuture.supplyAsync(() -> {
            writer.awaitQueued();
            return state.read();
        }, background).thenComposeAsync(stored -> {
            if (recovering) {
                return CompletableFuture.completedFuture(false);
            }
            if (submitted != seen) {
                return reread(background, fx);
            }
            state.replaceWith(stored);
            return CompletableFuture.completedFuture(true);
        }, fx);
    }

    /** Re-reads spans and relations from the store once queued actions are committed (the undo history stays). */
    void reload() {
        writer.awaitQueued();
        state.reload();
    }

    /**
     * Marks a new document in progress once the analyst has changed something in it (opening it to
     * read is not work on it); not an undoable action, like opening it was before.
     */
    public void markStarted() {
        if (state.document().status() == DocumentStatus.NEW && !recovering) {
            SessionState.Mark mark = state.mark();
            state.changeStatus(DocumentStatus.IN_PROGRESS);
            commit(mark, "mark in progress", false);
        }
    }

    /**
     * Undoes the last action. When that fails, the store rolls back, the action stays where it was in
     * the history and an {@link UndoFailedException} says why.
     */
    public boolean undo() {
        refuseWhileRecovering();
        Optional<AnnotationCommand> command = history.nextUndoCommand();
        command.ifPresent(c -> {
            try {
                guarded(() -> c.undo(state), "undo " + c.description());
            } catch (EditConflictException e) {
                throw e; // the history stays; the mirror shows what the store holds
            } catch (RuntimeException e) {
                throw new UndoFailedException("undo", c.description(), e);
            }
            history.undone();
            announce(c, "undo " + c.description());
        });
        return command.isPresent();
    }

    /** Redoes the last undone action; a failure keeps it in the history, as for {@link #undo()}. */
    public boolean redo() {
        refuseWhileRecovering();
        Optional<AnnotationCommand> command = history.nextRedoCommand();
        command.ifPresent(c -> {
            try {
                guarded(() -> c.redo(state), "redo " + c.description());
            } catch (EditConflictException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new UndoFailedException("redo", c.description(), e);
            }
            history.redone();
            announce(c, "redo " + c.description());
        });
        return command.isPresent();
    }

    public Optional<String> nextUndo() {
        return history.nextUndo();
    }

    public Optional<String> nextRedo() {
        return history.nextRedo();
    }

    /** Span counts per label in this document, in first-seen order of {@code labelOrder}. */
    public Map<String, Integer> countsByLabel(List<String> labelOrder) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        labelOrder.forEach(l -> counts.put(l, 0));
        state.spans().forEach(s -> counts.merge(s.label(), 1, Integer::sum));
        return counts;
    }

    /** The innermost (shortest) span that covers {@code index}, if any. */
    public Optional<Span> innermostAt(int index) {
        Span best = null;
        for (Span s : state.spans()) {
            if (s.start() > index) {
                break;
            }
            if (s.range().contains(index) && (best == null || s.range().length() < best.range().length())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The span a {@code said_by} relation leads to from {@code quoteId}, if any; for a later fragment
     * of a discontinuous quote, that of the fragment it is tied to ({@link Relation#FRAGMENT_OF}).
     */
    public Optional<Span> speakerOf(long quoteId) {
        Optional<Span> own = state.relations().stream()
                .filter(r -> r.fromSpanId() == quoteId && r.type().equals(Relation.SAID_BY))
                .findFirst().flatMap(r -> state.span(r.toSpanId()));
        return own.isPresent() ? own : state.relations().stream()
                .filter(r -> r.fromSpanId() == quoteId && r.type().equals(Relation.FRAGMENT_OF))
                .findFirst().flatMap(tie -> state.relations().stream()
                        .filter(r -> r.fromSpanId() == tie.toSpanId() && r.type().equals(Relation.SAID_BY))
                        .findFirst().flatMap(r -> state.span(r.toSpanId())));
    }

    /** The {@code said_by} relation leaving {@code quoteId}, if any. */
    public Optional<Relation> attributionOf(long quoteId) {
        return state.relations().stream()
                .filter(r -> r.fromSpanId() == quoteId && r.type().equals(Relation.SAID_BY)).findFirst();
    }

    /** Spans whose range equals {@code range} exactly. */
    public List<Span> spansAt(TextRange range) {
        List<Span> result = new ArrayList<>();
        List<Span> spans = state.spans();
        for (int i = state.firstStartingAtOrAfter(range.start()); i < spans.size() && spans.get(i).start() == range.start(); i++) {
            if (spans.get(i).range().equals(range)) {
                result.add(spans.get(i));
            }
        }
        return result;
    }

    /** Spans that share at least one character with {@code range}, in document order. */
    public List<Span> spansOverlapping(TextRange range) {
        return DocumentOrder.overlapping(state.spans(), Span::range, longestSpanLength(), range);
    }

    private void run(AnnotationCommand command) {
        refuseWhileRecovering();
        guarded(() -> command.execute(state), command.description());
        history.done(command);
        announce(command, command.description());
    }

    /**
     * Runs one action on the mirror and hands its writes to the writer; a failure on the mirror, or an
     * inline commit the store refuses, puts the mirror and the handles back as they were.
     */
    private void guarded(Runnable action, String description) {
        SessionState.Mark mark = state.mark();
        try {
            action.run();
        } catch (RuntimeException e) {
            state.rollBack(mark);
            throw e;
        }
        commit(mark, description, true);
    }

    /** Hands the action's writes to the writer; {@code tell}: whether save listeners hear of it (a failure they always hear). */
    private CompletableFuture<Void> commit(SessionState.Mark mark, String description, boolean tell) {
        List<StoreWrite> writes = state.takeWrites();
        if (tell) {
            delta = state.takeDelta();
        }
        CommandHistory.Snapshot historyBefore = history.snapshot();
        submitted++;
        try {
            return writer.submit(description, writes, new SessionWriter.Outcome() {
                @Override
                public void saved(String what) {
                    if (!tell) {
                        return;
                    }
                    if (writer.isInline()) {
                        savedInline = Optional.of(what);
                    } else {
                        saveListeners.forEach(l -> l.saved(what));
                    }
                }

                @Override
                public void failed(String what, RuntimeException cause) {
                    recover(what, cause, historyBefore);
                }
            });
        } catch (EditConflictException e) {
            // inline: nothing was stored; show what the store holds now (the other analyst's change)
            state.rollBack(mark);
            state.reload();
            delta = SpanDelta.RESET;
            announce(new SessionChange(new TextRange(0, state.document().text().length()), "re-read after a conflicting change"));
            throw e;
        } catch (RuntimeException e) {
            state.rollBack(mark);
            throw e;
        }
    }

    /**
     * After a refused background commit: re-read the store, then tell. Refused because another analyst
     * changed the same thing first, the history goes back to what it was before the refused action
     * (what came after it was not stored either); refused for another reason, it is forgotten, as it
     * may no longer match.
     */
    private void recover(String description, RuntimeException cause, CommandHistory.Snapshot historyBefore) {
        recovering = true;
        writer.recover(state::read, stored -> {
            state.replaceWith(stored);
            if (cause instanceof EditConflictException) {
                history.restore(historyBefore);
            } else {
                history.clear();
            }
            recovering = false;
            announce(new SessionChange(new TextRange(0, state.document().text().length()),
                    "re-read after a refused save"));
            saveListeners.forEach(l -> l.failed(description, cause));
        }, unreadable -> {
            cause.addSuppressed(unreadable);
            saveListeners.forEach(l -> l.failed(description, cause));
        });
    }

    private void refuseWhileRecovering() {
        if (recovering) {
            throw new IllegalStateException("the last change could not be saved; the article is being re-read from the database");
        }
    }

    private void announce(AnnotationCommand command, String description) {
        SpanDelta done = delta;
        delta = SpanDelta.RESET;
        announce(new SessionChange(command.affected(), description, done));
    }

    private void announce(SessionChange change) {
        listeners.forEach(l -> l.accept(change));
        Optional<String> saved = savedInline;
        savedInline = Optional.empty();
        saved.ifPresent(what -> saveListeners.forEach(l -> l.saved(what)));
    }

    private Span require(long spanId) {
        return state.span(spanId).orElseThrow(() -> new IllegalArgumentException("no span " + spanId + " in this document"));
    }
}
