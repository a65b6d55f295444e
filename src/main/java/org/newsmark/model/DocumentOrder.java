package org.newsmark.model;

import java.util.ArrayList;
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

    /**
     * The items sharing at least one character with {@code range}, in order. {@code longest} bounds the
     * items' lengths: only items starting less than that far before the range can reach into it, so a
     * lookup in 20,000 spans or 400,000 suggestions looks at a handful.
     */
    public static <T> List<T> overlapping(List<T> inOrder, Function<? super T, TextRange> range, int longest,
                                          TextRange wanted) {
        List<T> found = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(inOrder, range, wanted.start() - longest + 1); i < inOrder.size(); i++) {
            TextRange r = range.apply(inOrder.get(i));
            if (r.start() >= wanted.end()) {
                break;
            }
            if (r.overlaps(wanted)) {
                found.add(inOrder.get(i));
            }
        }
        return found;
    }
}
