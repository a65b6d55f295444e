package org.newsmark.suggest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.newsmark.model.TextRange;

/**
 * Which of a list of ranges contains a position, by binary search instead of a scan of every range:
 * an article with thousands of quotation marks asks this for every candidate cue. Answers exactly as
 * the first range in list order that contains the position, also when ranges overlap.
 */
final class RangesAt {

    private final List<TextRange> ranges;
    /** List indices ordered by start (ties in list order). */
    private final int[] order;
    private final int[] starts;
    /** The greatest end among {@code order[0..i]}: no range before {@code i} reaches past it. */
    private final int[] reach;

    RangesAt(List<TextRange> ranges) {
        this.ranges = List.copyOf(ranges);
        this.order = IntStream.range(0, this.ranges.size()).boxed()
                .sorted(Comparator.comparingInt(i -> this.ranges.get(i).start()))
                .mapToInt(Integer::intValue).toArray();
        this.starts = new int[order.length];
        this.reach = new int[order.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < order.length; i++) {
            TextRange r = this.ranges.get(order[i]);
            starts[i] = r.start();
            max = Math.max(max, r.end());
            reach[i] = max;
        }
    }

    /** The first range in list order that contains {@code pos}. */
    Optional<TextRange> first(int pos) {
        int best = Integer.MAX_VALUE;
        for (int i = lastStartingAtOrBefore(pos); i >= 0 && reach[i] > pos; i--) {
            if (order[i] < best && ranges.get(order[i]).contains(pos)) {
                best = order[i];
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(ranges.get(best));
    }

    boolean any(int pos) {
        return first(pos).isPresent();
    }

    private int lastStartingAtOrBefore(int pos) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
