package org.newsmark.ui.article;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;

/**
 * Suggestions in document order (by key) with an upper bound on their length, so that the few
 * overlapping an edited range are found by binary search instead of a pass over hundreds of
 * thousands of suggestions in a long article. Taking some out shares the engine's list and notes which
 * positions are gone, so an edit does not copy the whole list on the FX thread.
 */
final class OrderedSuggestions {

    static final OrderedSuggestions EMPTY = new OrderedSuggestions(List.of(), new int[0], 0);

    /** Every suggestion of the engine's result, in document order; shared by the lists made from it. */
    private final List<SpanSuggestion> base;
    /** Positions in {@link #base} taken out since, ascending. */
    private final int[] removed;
    /** No suggestion is longer; suggestions starting further before a range cannot reach it. */
    private final int longest;
    private final List<SpanSuggestion> shown = new Remaining();

    private OrderedSuggestions(List<SpanSuggestion> base, int[] removed, int longest) {
        this.base = base;
        this.removed = removed;
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
            return new OrderedSuggestions(List.copyOf(suggestions), new int[0], longest);
        }
        List<SpanSuggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparing(SpanSuggestion::key));
        return new OrderedSuggestions(List.copyOf(sorted), new int[0], longest);
    }

    /** All of them in document order (unmodifiable). */
    List<SpanSuggestion> all() {
        return shown;
    }

    /** Those overlapping {@code range}, in document order. */
    List<SpanSuggestion> overlapping(TextRange range) {
        return DocumentOrder.overlapping(shown, SpanSuggestion::range, longest, range);
    }

    /** Without {@code gone}, which are elements of this list in document order, e.g. from {@link #overlapping}. */
    OrderedSuggestions without(List<SpanSuggestion> gone) {
        int[] more = new int[gone.size()];
        int from = 0;
        for (int i = 0; i < gone.size(); i++) {
            int at = indexOf(gone.get(i), from);
            more[i] = basePosition(at);
            from = at + 1;
        }
        int[] merged = new int[removed.length + more.length];
        int a = 0;
        int b = 0;
        for (int i = 0; i < merged.length; i++) {
            merged[i] = b >= more.length || (a < removed.length && removed[a] < more[b]) ? removed[a++] : more[b++];
        }
        return new OrderedSuggestions(base, merged, longest);
    }

    private int indexOf(SpanSuggestion s, int from) {
        for (int i = Math.max(from, firstStartingAtOrAfter(s.range().start())); i < shown.size(); i++) {
            if (shown.get(i) == s) {
                return i;
            }
        }
        throw new IllegalArgumentException("not among these suggestions: " + s.key());
    }

    private int firstStartingAtOrAfter(int start) {
        return DocumentOrder.firstStartingAtOrAfter(shown, SpanSuggestion::range, start);
    }

    /**
     * Where the {@code index}-th remaining suggestion sits in {@link #base}: {@code index + j}, for the first
     * {@code j} whose removed position lies beyond it ({@code removed[j] - j} never decreases, so a binary search finds it).
     */
    private int basePosition(int index) {
        int low = 0;
        int high = removed.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (removed[mid] - mid <= index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return index + low;
    }

    /** The suggestions not taken out, as a read-only list over {@link #base}. */
    private final class Remaining extends AbstractList<SpanSuggestion> implements RandomAccess {

        @Override
        public SpanSuggestion get(int index) {
            Objects.checkIndex(index, size());
            return base.get(basePosition(index));
        }

        @Override
        public int size() {
            return base.size() - removed.length;
        }
    }
}
