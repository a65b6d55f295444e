package org.newsmark.suggest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.newsmark.model.TextRange;

/** Which ranges of a list lie inside a longer one of the same list. */
final class LongerRanges {

    private LongerRanges() {
    }

    /**
     * For each range, whether another one contains it and is longer: in order of start, then of end from the last,
     * a range is covered where one starting before it ends at or after its end, or one starting with it ends after
     * it. One sort instead of comparing every pair, which on a long article holding thousands of places was most of
     * the engine's time.
     */
    static boolean[] covered(List<TextRange> ranges) {
        Integer[] order = new Integer[ranges.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ranges.get(i).start())
                .thenComparing(i -> ranges.get(i).end(), Comparator.reverseOrder()));
        boolean[] covered = new boolean[ranges.size()];
        int maxEndBefore = Integer.MIN_VALUE; // over the ranges that start before the current start
        int k = 0;
        while (k < order.length) {
            int start = ranges.get(order[k]).start();
            int groupMaxEnd = ranges.get(order[k]).end(); // the first of a start ends last
            int g = k;
            for (; g < order.length && ranges.get(order[g]).start() == start; g++) {
                int end = ranges.get(order[g]).end();
                covered[order[g]] = maxEndBefore >= end || groupMaxEnd > end;
            }
            maxEndBefore = Math.max(maxEndBefore, groupMaxEnd);
            k = g;
        }
        return covered;
    }
}
