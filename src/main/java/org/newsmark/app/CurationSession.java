package org.newsmark.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsmark.app.team.Curation;
import org.newsmark.app.team.CurationPolicy;
import org.newsmark.app.team.GoldChanges;
import org.newsmark.app.team.Settlement;
import org.newsmark.model.Annotator;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Curating one document into its {@value Annotator#GOLD} layer. Starting makes the gold layer the
 * spans every annotator agreed on (one undoable action when it held something else); each settling
 * step writes its {@link GoldChanges} as ONE undoable action of the gold layer's session, and
 * {@link #undo()} takes back the last step, in the gold layer and in the curation alike. Once every
 * disagreement is settled the gold layer's status is done (undoing the last step takes that back too).
 */
public final class CurationSession {

    private final DocumentSession gold;
    private Deque<Step> done = new ArrayDeque<>();
    private final int replacedAtStart;
    private Curation curation;
    /**
     * The curation before each gold action not yet saved (background writing): when the store refuses
     * one (another curator changed the gold layer first), the curation goes back to what it was before
     * it, as the gold layer's session goes back to what the store holds.
     */
    private final Deque<Before> unsaved = new ArrayDeque<>();
    private long issued;
    private long saved;
    private final List<Consumer<RuntimeException>> refusalListeners = new CopyOnWriteArrayList<>();
    private final DocumentSession.SaveListener onGoldSaved = new DocumentSession.SaveListener() {
        @Override
        public void saved(String description) {
            goldSaved();
        }

        @Override
        public void failed(String description, RuntimeException cause) {
            goldRefused(cause);
        }
    };

    /** The curation and its steps before the gold action numbered {@code action}. */
    private record Before(long action, Curation curation, List<Step> done) {
    }

    /**
     * A step taken: the curation before it, whether it changed the gold layer and whether it marked
     * the gold layer done (each an action of the gold session that undo takes back).
     */
    private record Step(Curation before, boolean changedGold, boolean markedDone) {
    }

    private CurationSession(DocumentSession gold, Curation curation, int replacedAtStart) {
        this.gold = gold;
        this.curation = curation;
        this.replacedAtStart = replacedAtStart;
        gold.addSaveListener(onGoldSaved);
    }

    /**
     * Aligns the layers of a document (every annotator but gold) and opens its gold layer. Reads the
     * store: call it off the thread that takes the analyst's keys.
     */
    public static CurationSession start(Workspace workspace, long documentId, CurationPolicy policy) {
        Curation curation = Curation.start(TeamAgreement.layered(workspace, documentId), policy);
        DocumentSession gold = workspace.open(documentId, new Annotator(policy.goldAnnotator()));
        gold.awaitCommits();
        Set<SpanRef> wanted = curation.gold().stream().map(SpanRef::of).collect(Collectors.toSet());
        List<SpanRef> stale = gold.spans().stream().map(SpanRef::of).filter(r -> !wanted.contains(r)).toList();
        List<NewSpan> missing = curation.gold().stream().map(s -> new NewSpan(s.label(), s.range(), Span.MANUAL)).toList();
        List<NewLink> links = links(curation.gold(), curation.goldRelations());
        CurationSession session = new CurationSession(gold, curation, stale.size());
        try {
            String description = ActionWording.startCuration(
                    curation.gold().stream().map(s -> s.range().of(gold.text())).toList(), links.size(), stale.size());
            session.track(() -> gold.change(description, stale, List.of(), missing, links));
            if (curation.openCount() == 0) {
                session.track(() -> {
                    gold.setLayerStatus(DocumentStatus.DONE);
                    return true;
                });
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /**
     * Hears when the store refused a step after it was shown (another curator changed the gold layer
     * first): the gold layer shows what the store holds and the curation is back before that step.
     * Told on the thread the workspace reports saves on.
     */
    public void addRefusalListener(Consumer<RuntimeException> listener) {
        refusalListeners.add(listener);
    }

    /** Stops following the gold layer's saves (the curation window closed). */
    public void close() {
        gold.removeSaveListener(onGoldSaved);
    }

    /** Runs one gold action (false: it did nothing), remembering the curation before it until it is saved. */
    private synchronized boolean track(java.util.function.BooleanSupplier action) {
        Before before = new Before(issued, curation, List.copyOf(done));
        if (!action.getAsBoolean()) {
            return false;
        }
        if (before.action() >= saved) { // an inline save has already been told
            unsaved.addLast(before);
        }
        issued++;
        return true;
    }

    private synchronized void goldSaved() {
        saved++;
        while (!unsaved.isEmpty() && unsaved.peekFirst().action() < saved) {
            unsaved.removeFirst();
        }
    }

    /** The first unsaved action was refused, and every one after it skipped: back to before it. */
    private void goldRefused(RuntimeException cause) {
        synchronized (this) {
            Before before = unsaved.peekFirst();
            if (before != null) {
                curation = before.curation();
                done = new ArrayDeque<>(before.done());
            }
            unsaved.clear();
            issued = saved;
        }
        refusalListeners.forEach(l -> l.accept(cause));
    }

    private static List<NewLink> links(List<Span> spans, List<Relation> relations) {
        return relations.stream().map(r -> new NewLink(
                SpanRef.of(spans.stream().filter(s -> s.id() == r.fromSpanId()).findFirst().orElseThrow()),
                SpanRef.of(spans.stream().filter(s -> s.id() == r.toSpanId()).findFirst().orElseThrow()),
                r.type())).toList();
    }

    public synchronized Curation curation() {
        return curation;
    }

    /** The gold layer's session: its spans are what the store holds (or will, once the writer commits). */
    public DocumentSession gold() {
        return gold;
    }

    /** How many spans the gold layer held at the start that no annotator agreed on (replaced; undo brings them back). */
    public int replacedAtStart() {
        return replacedAtStart;
    }

    public void acceptSide(int index, String annotator) {
        Settlement settlement = curation.acceptSide(index, annotator);
        apply("accept " + annotator + "'s side on " + wordsOf(index), settlement);
    }

    public void acceptAll(int index) {
        Settlement settlement = curation.acceptAll(index);
        apply("accept every side on " + wordsOf(index), settlement);
    }

    public void reject(int index) {
        Settlement settlement = curation.reject(index);
        apply("reject " + wordsOf(index), settlement);
    }

    public void edit(int index, TextRange range, String label) {
        Settlement settlement = curation.edit(index, range, label); // refuses a range outside the text first
        apply(ActionWording.tag(label, range.of(gold.text())), settlement); // the curator's own span
    }

    /** The disagreement's text, as the gold layer's actions name what they touch. */
    private String wordsOf(int index) {
        return ActionWording.quoted(curation.disagreements().get(index).extent().of(gold.text()));
    }

    /**
     * Takes back the last settling step; false when there is none.
     *
     * @throws EditConflictException (inline writing) another curator changed the gold layer first;
     *                               the step stays, and the gold layer shows theirs
     */
    public synchronized boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        Step step = done.peek();
        if (step.markedDone()) {
            track(gold::undo);
            done.pop();
            done.push(new Step(step.before(), step.changedGold(), false));
        }
        if (step.changedGold()) {
            track(gold::undo);
        }
        done.pop();
        curation = step.before();
        return true;
    }

    public synchronized boolean canUndo() {
        return !done.isEmpty();
    }

    /**
     * One settling step as one gold action (and, when it settles the last disagreement, a second that
     * marks the gold layer done). Refused inline because another curator changed the gold layer first,
     * nothing of it is stored or kept and the exception says who; the gold layer then shows theirs.
     */
    private synchronized void apply(String description, Settlement settlement) {
        GoldChanges c = settlement.changes();
        boolean changed = track(() -> gold.change("curate: " + description,
                c.removedSpans().stream().map(SpanRef::of).toList(),
                c.removedLinks().stream().map(CurationSession::link).toList(),
                c.addedSpans().stream().map(s -> new NewSpan(s.label(), s.range(), Span.MANUAL)).toList(),
                c.addedLinks().stream().map(CurationSession::link).toList()));
        boolean complete = curation.openCount() > 0 && settlement.curation().openCount() == 0;
        Step step = new Step(curation, changed, false);
        done.push(step); // the settling stays even when marking the layer done is refused
        curation = settlement.curation();
        if (complete && track(() -> {
            gold.setLayerStatus(DocumentStatus.DONE);
            return true;
        })) {
            done.pop();
            done.push(new Step(step.before(), changed, true));
        }
    }

    private static NewLink link(GoldChanges.Link l) {
        return new NewLink(SpanRef.of(l.quote()), SpanRef.of(l.speaker()), Relation.SAID_BY);
    }
}
