package org.newsmark.ui.article;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.SpanSuggestionList;

/**
 * Suggestions in document order (by key) with an upper bound on their length, so that the few
 * overlapping an edited range are found by binary search instead of a pass over hundreds of
 * thousands of suggestions in a long article. Taking some out shares the engine's list and notes which
 * positions are gone, so an edit does not copy the whole list on the FX thread.
 */
final class OrderedSuggestions {

    static final OrderedSuggestions EMPTY = new OrderedSuggestions(SpanSuggestionList.empty(), new int[0], 0);

    /** Every suggestion of the engine's result, in document order; shared by the lists made from it. */
    private final SpanSuggestionList base;
    /** Positions in {@link #base} taken out since, ascending. */
    private final int[] removed;
    /** No suggestion is longer; suggestions starting further before a range cannot reach it. */
    private final int longest;
    private final List<SpanSuggestion> shown = new Remaining();

    private OrderedSuggestions(SpanSuggestionList base, int[] removed, int longest) {
        this.base = base;
        this.removed = removed;
        this.longest = longest;
    }

    static OrderedSuggestions of(List<SpanSuggestion> suggestions) {
        return ofColumns(SpanSuggestionList.copyOf(suggestions));
    }

    /** The engine's columns read as they are (no suggestion object per row), sorted only when they are not in order. */
    private static OrderedSuggestions ofColumns(SpanSuggestionList columns) {
        int longest = 0;
        boolean inOrder = true;
        for (int i = 0; i < columns.size(); i++) {
            longest = Math.max(longest, columns.end(i) - columns.start(i));
            inOrder &= i == 0 || columns.compareKey(i - 1, columns.label(i), columns.start(i), columns.end(i)) <= 0;
        }
        if (inOrder) {
            return new OrderedSuggestions(columns, new int[0], longest);
        }
        List<SpanSuggestion> sorted = new ArrayList<>(columns);
        sorted.sort(Comparator.comparing(SpanSuggestion::key));
        return new OrderedSuggestions(SpanSuggestionList.copyOf(sorted), new int[0], longest);
    }

    /** All of them in document order (unmodifiable). */
    List<SpanSuggestion> all() {
        // the engine's columns themselves while none is taken out: accepting them all copies nothing
        return removed.length == 0 ? base : shown;
    }

    /** How many remain per label, read from the columns (no suggestion object per row). */
    Map<String, Integer> countsByLabel() {
        Map<String, Integer> counts = new HashMap<>();
        int nextRemoved = 0;
        for (int i = 0; i < base.size(); i++) {
            if (nextRemoved < removed.length && removed[nextRemoved] == i) {
                nextRemoved++;
            } else {
                counts.merge(base.label(i), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The first remaining suggestion starting at or after {@code start}, if any. */
    Optional<SpanSuggestion> firstFrom(int start) {
        int i = firstStartingAtOrAfter(start);
        return i < shown.size() ? Optional.of(shown.get(i)) : Optional.empty();
    }

    /** The last remaining suggestion starting before {@code start}, if any. */
    Optional<SpanSuggestion> lastBefore(int start) {
        int i = firstStartingAtOrAfter(start) - 1;
        return i >= 0 ? Optional.of(shown.get(i)) : Optional.empty();
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
            if (shown.get(i).equals(s)) {
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
