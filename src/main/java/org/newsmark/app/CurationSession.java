package org.newsmark.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
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
    private final Deque<Step> done = new ArrayDeque<>();
    private final int replacedAtStart;
    private Curation curation;

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
        gold.change("start curation", stale, List.of(), missing, links);
        if (curation.openCount() == 0) {
            gold.setLayerStatus(DocumentStatus.DONE);
        }
        return new CurationSession(gold, curation, stale.size());
    }

    private static List<NewLink> links(List<Span> spans, List<Relation> relations) {
        return relations.stream().map(r -> new NewLink(
                SpanRef.of(spans.stream().filter(s -> s.id() == r.fromSpanId()).findFirst().orElseThrow()),
                SpanRef.of(spans.stream().filter(s -> s.id() == r.toSpanId()).findFirst().orElseThrow()),
                r.type())).toList();
    }

    public Curation curation() {
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
        apply("accept " + annotator + "'s side", curation.acceptSide(index, annotator));
    }

    public void acceptAll(int index) {
        apply("accept every side", curation.acceptAll(index));
    }

    public void reject(int index) {
        apply("reject", curation.reject(index));
    }

    public void edit(int index, TextRange range, String label) {
        apply("edit to '" + label + "'", curation.edit(index, range, label));
    }

    /** Takes back the last settling step; false when there is none. */
    public boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        Step step = done.pop();
        if (step.markedDone()) {
            gold.undo();
        }
        if (step.changedGold()) {
            gold.undo();
        }
        curation = step.before();
        return true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    private void apply(String description, Settlement settlement) {
        GoldChanges c = settlement.changes();
        boolean changed = gold.change("curate: " + description,
                c.removedSpans().stream().map(SpanRef::of).toList(),
                c.removedLinks().stream().map(CurationSession::link).toList(),
                c.addedSpans().stream().map(s -> new NewSpan(s.label(), s.range(), Span.MANUAL)).toList(),
                c.addedLinks().stream().map(CurationSession::link).toList());
        boolean complete = curation.openCount() > 0 && settlement.curation().openCount() == 0;
        if (complete) {
            gold.setLayerStatus(DocumentStatus.DONE);
        }
        done.push(new Step(curation, changed, complete));
        curation = settlement.curation();
    }

    private static NewLink link(GoldChanges.Link l) {
        return new NewLink(SpanRef.of(l.quote()), SpanRef.of(l.speaker()), Relation.SAID_BY);
    }
}
