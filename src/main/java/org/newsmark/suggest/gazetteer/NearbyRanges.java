package org.newsmark.suggest.gazetteer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Ranges (the place names found in a text) ordered by where they start, to visit those near one place without a
 * pass over all of them: a long article holds tens of thousands, and each asks about its neighbours.
 */
final class NearbyRanges {

    /** The ranges' own indices, by start and then by index (so the first at a start is the first given). */
    private final int[] order;
    private final int[] starts;
    private final int longest;

    private NearbyRanges(int[] order, int[] starts, int longest) {
        this.order = order;
        this.starts = starts;
        this.longest = longest;
    }

    static NearbyRanges of(int count, IntUnaryOperator startOf, IntUnaryOperator endOf) {
        Integer[] boxed = new Integer[count];
        int longest = 0;
        for (int i = 0; i < count; i++) {
            boxed[i] = i;
            longest = Math.max(longest, endOf.applyAsInt(i) - startOf.applyAsInt(i));
        }
        Arrays.sort(boxed, Comparator.comparingInt(startOf::applyAsInt)); // stable: ties keep their order
        int[] order = new int[count];
        int[] starts = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = boxed[k];
            starts[k] = startOf.applyAsInt(boxed[k]);
        }
        return new NearbyRanges(order, starts, longest);
    }

    /**
     * Whether {@code test} holds for one of the ranges that may touch {@code [from, to]}: those starting between
     * {@code from} less the longest range and {@code to}, visited by start. Every range that ends at or after
     * {@code from} and starts at or before {@code to} is among them.
     */
    boolean anyNear(int from, int to, IntPredicate test) {
        for (int k = firstStartingAtOrAfter(from - longest); k < starts.length && starts[k] <= to; k++) {
            if (test.test(order[k])) {
                return true;
            }
        }
        return false;
    }

    /** The first range given (in the order given) that starts at {@code pos}, else -1. */
    int firstStartingAt(int pos) {
        int k = firstStartingAtOrAfter(pos);
        return k < starts.length && starts[k] == pos ? order[k] : -1;
    }

    private int firstStartingAtOrAfter(int pos) {
        int a = 0;
        int b = starts.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (starts[mid] < pos) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }
}
