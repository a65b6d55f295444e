package org.newsmark.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * The spans and relations of one document that a writer may write: spans of the selected labels
 * whose range fits the text on character boundaries, in document order, and the relations whose
 * both ends survive. Everything left out is counted in the tally with its reason.
 */
record ExportSelection(AnnotatedDocument document, TextOffsets offsets, List<Span> spans,
                       List<Relation> relations, Map<Long, Span> spansById) {

    static final String NOT_SELECTED = "label not in the exported subset";
    static final String BAD_RANGE = "range empty, outside the text or inside a surrogate pair";
    static final String END_DROPPED = "an end span was not exported";
    static final String END_MISSING = "refers to a span the document does not have";

    static final String SPACED_LABEL = "label contains a space, which the format cannot carry";

    static ExportSelection of(AnnotatedDocument doc, ExportOptions options, ExportTally tally) {
        return of(doc, options, tally, false);
    }

    /**
     * For a writer that has no discontinuous spans: their fragments are written as separate spans,
     * which the report says.
     *
     * @param bareLabels whether labels with whitespace must be dropped (brat, CoNLL)
     */
    static ExportSelection of(AnnotatedDocument doc, ExportOptions options, ExportTally tally, boolean bareLabels) {
        ExportSelection sel = select(doc, options, tally, bareLabels);
        tally.fragmentsSeparated(FragmentTies.of(sel).tieCount());
        return sel;
    }

    /** For brat, which writes discontinuous spans ({@link FragmentTies}) as such. */
    static ExportSelection joiningFragments(AnnotatedDocument doc, ExportOptions options, ExportTally tally) {
        return select(doc, options, tally, true);
    }

    private static ExportSelection select(AnnotatedDocument doc, ExportOptions options, ExportTally tally,
                                          boolean bareLabels) {
        String text = doc.document().text();
        TextOffsets offsets = options.offsets().over(text);
        List<Span> kept = new ArrayList<>();
        Map<Long, Span> byId = new HashMap<>();
        java.util.Set<Long> allIds = new java.util.HashSet<>();
        for (Span s : doc.spans()) {
            allIds.add(s.id());
            if (!options.exportsLabel(s.label())) {
                tally.dropSpans(NOT_SELECTED, 1);
            } else if (bareLabels && s.label().chars().anyMatch(Character::isWhitespace)) {
                tally.dropSpans(SPACED_LABEL, 1);
            } else if (!s.range().fitsNonEmptyIn(text.length())
                    || !offsets.isBoundary(s.start()) || !offsets.isBoundary(s.end())) {
                tally.dropSpans(BAD_RANGE, 1);
                tally.warn("document '" + doc.document().name() + "': span " + s.id() + " " + s.range()
                        + " does not fit the text");
            } else {
                kept.add(s);
                byId.put(s.id(), s);
            }
        }
        kept.sort(Span.BY_POSITION);
        List<Relation> relations = new ArrayList<>();
        for (Relation r : doc.relations()) {
            if (byId.containsKey(r.fromSpanId()) && byId.containsKey(r.toSpanId())) {
                relations.add(r);
            } else if (allIds.contains(r.fromSpanId()) && allIds.contains(r.toSpanId())) {
                tally.dropRelations(END_DROPPED, 1);
            } else {
                tally.dropRelations(END_MISSING, 1);
            }
        }
        return new ExportSelection(doc, offsets, List.copyOf(kept), List.copyOf(relations), Map.copyOf(byId));
    }

    String name() {
        return document.document().name();
    }

    String text() {
        return document.document().text();
    }

    int start(Span span) {
        return offsets.toExternal(span.start());
    }

    int end(Span span) {
        return offsets.toExternal(span.end());
    }
}
