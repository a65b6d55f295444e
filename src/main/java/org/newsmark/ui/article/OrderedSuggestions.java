package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;

/**
 * Suggestions in document order (by key) with an upper bound on their length, so that the few
 * overlapping an edited range are found by binary search instead of a pass over hundreds of
 * thousands of suggestions in a long article.
 */
final class OrderedSuggestions {

    static final OrderedSuggestions EMPTY = new OrderedSuggestions(List.of(), 0);

    private final List<SpanSuggestion> inOrder;
    /** No suggestion is longer; suggestions starting further before a range cannot reach it. */
    private final int longest;

    private OrderedSuggestions(List<SpanSuggestion> inOrder, int longest) {
        this.inOrder = inOrder;
        this.longest = longest;
    }

    static OrderedSuggestions of(List<SpanSuggestion> suggestions) {
        int longest = 0;
        boolean inOrder = true;
        for (int i = 0; i < suggestions.size(); i++) {
            SpanSuggestion s = suggestions.get(i);
            longest = Math.max(longest, s.range().length());
            inOrder &= i == 0 || suggestions.get(i - 1).key().compareTo(s.key()) <= 0;
        }
        if (inOrder) {
            // the engine's order already (a prefetched result is shown on the FX thread): no copy of an
            // unmodifiable list, no sort
            return new OrderedSuggestions(List.copyOf(suggestions), longest);
        }
        List<SpanSuggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparing(SpanSuggestion::key));
        return new OrderedSuggestions(List.copyOf(sorted), longest);
    }

    /** All of them in document order (unmodifiable). */
    List<SpanSuggestion> all() {
        return inOrder;
    }

    /** Those overlapping {@code range}, in document order. */
    List<SpanSuggestion> overlapping(TextRange range) {
        return DocumentOrder.overlapping(inOrder, SpanSuggestion::range, longest, range);
    }

    /** Without {@code gone}, which are elements of this list in document order, e.g. from {@link #overlapping}. */
    OrderedSuggestions without(List<SpanSuggestion> gone) {
        // one pass, no copy of the whole list first: in a long article it holds hundreds of thousands, and
        // this runs on the FX thread after every tag (List.of makes the one other copy)
        SpanSuggestion[] kept = new SpanSuggestion[inOrder.size() - gone.size()];
        int from = 0;
        int filled = 0;
        for (SpanSuggestion g : gone) {
            int at = indexOf(g, from);
            for (int i = from; i < at; i++) {
                kept[filled++] = inOrder.get(i);
            }
            from = at + 1;
        }
        for (int i = from; i < inOrder.size(); i++) {
            kept[filled++] = inOrder.get(i);
        }
        return new OrderedSuggestions(List.of(kept), longest);
    }

    private int indexOf(SpanSuggestion s, int from) {
        for (int i = Math.max(from, firstStartingAtOrAfter(s.range().start())); i < inOrder.size(); i++) {
            if (inOrder.get(i) == s) {
                return i;
            }
        }
        throw new IllegalArgumentException("not among these suggestions: " + s.key());
    }

    private int firstStartingAtOrAfter(int start) {
        return DocumentOrder.firstStartingAtOrAfter(inOrder, SpanSuggestion::range, start);
    }
}
