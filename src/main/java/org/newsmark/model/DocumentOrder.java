package org.newsmark.model;

import java.util.List;
import java.util.function.Function;

/** Lookups in lists kept in document order (by start offset): spans, suggestions. */
public final class DocumentOrder {

    private DocumentOrder() {
    }

    /** Index of the first item whose range starts at or after {@code start}, by binary search. */
    public static <T> int firstStartingAtOrAfter(List<T> inOrder, Function<? super T, TextRange> range, int start) {
        int low = 0;
        int high = inOrder.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (range.apply(inOrder.get(mid)).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
