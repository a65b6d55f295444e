package org.newsmark.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * The discontinuous spans of an export selection: each first fragment with the later fragments tied
 * to it by {@link Relation#FRAGMENT_OF}, in relation order. A tie is only followed when both spans
 * have the same label, the first fragment is not itself a later one and the later one has no other
 * tie; any other {@code fragment_of} relation stays an ordinary relation.
 */
final class FragmentTies {

    private final Map<Long, List<Span>> laterByFirst;
    private final Set<Long> later;
    private final Set<Relation> ties;

    private FragmentTies(Map<Long, List<Span>> laterByFirst, Set<Long> later, Set<Relation> ties) {
        this.laterByFirst = laterByFirst;
        this.later = later;
        this.ties = ties;
    }

    static FragmentTies of(ExportSelection sel) {
        Set<Long> tied = new HashSet<>();
        for (Relation r : sel.relations()) {
            if (r.type().equals(Relation.FRAGMENT_OF)) {
                tied.add(r.fromSpanId());
            }
        }
        Map<Long, List<Span>> laterByFirst = new LinkedHashMap<>();
        Set<Long> later = new HashSet<>();
        Set<Relation> ties = new HashSet<>();
        for (Relation r : sel.relations()) {
            Span next = sel.spansById().get(r.fromSpanId());
            Span first = sel.spansById().get(r.toSpanId());
            if (!r.type().equals(Relation.FRAGMENT_OF) || next == null || first == null || next.id() == first.id()
                    || !next.label().equals(first.label()) || tied.contains(first.id()) || !later.add(next.id())) {
                continue;
            }
            laterByFirst.computeIfAbsent(first.id(), k -> new ArrayList<>()).add(next);
            ties.add(r);
        }
        return new FragmentTies(laterByFirst, later, ties);
    }

    boolean isLaterFragment(long spanId) {
        return later.contains(spanId);
    }

    boolean isTie(Relation relation) {
        return ties.contains(relation);
    }

    /** The span followed by its later fragments. */
    List<Span> piecesOf(Span first) {
        List<Span> pieces = new ArrayList<>();
        pieces.add(first);
        pieces.addAll(laterByFirst.getOrDefault(first.id(), List.of()));
        return pieces;
    }

    int tieCount() {
        return ties.size();
    }
}
