package org.newsmark.suggest;

import java.util.Arrays;

/**
 * Rows of a {@link SpanSuggestionList} put in {@link SpanKey} order (start, the longer first, label), keeping the order
 * they were made among equal keys. Starts are offsets into a text of known length, so rows are first
 * counted into one bucket per start (no comparison, no object per row); the few rows sharing a start are
 * then ordered by end (descending) and label.
 */
final class KeyOrder {

    /** A bucket this small is ordered by insertion; a larger one (rare) through the library's stable sort. */
    private static final int SMALL = 24;

    private KeyOrder() {
    }

    /** The first {@code count} of {@code rows} (indices into {@code list}, ascending) in key order. */
    static int[] sort(SpanSuggestionList list, int[] rows, int count, int textLength) {
        int[] firstAt = new int[textLength + 2];
        for (int i = 0; i < count; i++) {
            firstAt[list.start(rows[i]) + 1]++;
        }
        for (int start = 0; start <= textLength; start++) {
            firstAt[start + 1] += firstAt[start];
        }
        int[] sorted = new int[count];
        int[] next = Arrays.copyOf(firstAt, textLength + 1);
        for (int i = 0; i < count; i++) {
            sorted[next[list.start(rows[i])]++] = rows[i];
        }
        for (int start = 0; start <= textLength; start++) {
            int from = firstAt[start];
            int to = firstAt[start + 1];
            if (to - from > 1) {
                orderByEndAndLabel(list, sorted, from, to);
            }
        }
        return sorted;
    }

    private static void orderByEndAndLabel(SpanSuggestionList list, int[] rows, int from, int to) {
        if (to - from > SMALL) {
            Integer[] boxed = new Integer[to - from];
            for (int i = from; i < to; i++) {
                boxed[i - from] = rows[i];
            }
            Arrays.sort(boxed, (a, b) -> compare(list, a, b));
            for (int i = from; i < to; i++) {
                rows[i] = boxed[i - from];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int row = rows[i];
            int j = i - 1;
            while (j >= from && compare(list, rows[j], row) > 0) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }

    private static int compare(SpanSuggestionList list, int a, int b) {
        return list.compareKey(a, list.label(b), list.start(b), list.end(b));
    }
}
