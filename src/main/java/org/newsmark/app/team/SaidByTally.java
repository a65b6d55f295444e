package org.newsmark.app.team;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.suggest.SpanKey;

/**
 * {@code said_by} agreement of two annotators: of the quotes both annotated exactly (same label and
 * range) and at least one attributed, the share both attributed to exactly the same speaker span(s).
 * A quote is any span that is the source of a {@code said_by} relation, whatever its label is called.
 */
final class SaidByTally {

    private long attributed;
    private long agreed;

    void add(List<Span> aSpans, List<Relation> aRelations, List<Span> bSpans, List<Relation> bRelations) {
        Map<SpanKey, Set<SpanKey>> a = speakers(aSpans, aRelations);
        Map<SpanKey, Set<SpanKey>> b = speakers(bSpans, bRelations);
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        Set<SpanKey> aKeys = keys(aSpans);
        Set<SpanKey> bKeys = keys(bSpans);
        Set<SpanKey> quotes = new HashSet<>(a.keySet());
        quotes.addAll(b.keySet());
        for (SpanKey quote : quotes) {
            if (aKeys.contains(quote) && bKeys.contains(quote)) {
                attributed++;
                if (a.getOrDefault(quote, Set.of()).equals(b.getOrDefault(quote, Set.of()))) {
                    agreed++;
                }
            }
        }
    }

    /** The share, NaN when no shared quote was attributed. */
    double agreement() {
        return attributed == 0 ? Double.NaN : (double) agreed / attributed;
    }

    long attributedQuotes() {
        return attributed;
    }

    private static Set<SpanKey> keys(List<Span> spans) {
        Set<SpanKey> keys = new HashSet<>();
        spans.forEach(s -> keys.add(SpanKey.of(s)));
        return keys;
    }

    /** Quote to the speakers it is {@code said_by}; relations to unknown span ids are skipped. */
    static Map<SpanKey, Set<SpanKey>> speakers(List<Span> spans, List<Relation> relations) {
        Map<SpanKey, Set<SpanKey>> out = new HashMap<>();
        if (relations.isEmpty()) {
            return out;
        }
        Map<Long, Span> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.id(), s));
        for (Relation r : relations) {
            Span from = byId.get(r.fromSpanId());
            Span to = byId.get(r.toSpanId());
            if (r.type().equals(Relation.SAID_BY) && from != null && to != null) {
                out.computeIfAbsent(SpanKey.of(from), k -> new HashSet<>()).add(SpanKey.of(to));
            }
        }
        return out;
    }
}
