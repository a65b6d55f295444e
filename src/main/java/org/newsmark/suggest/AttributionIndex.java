package org.newsmark.suggest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.newsmark.model.TextRange;

/**
 * The attributions of a text sorted by where they begin, end and report, so that the questions
 * {@link QuoteAnalyzer} asks about each quote ("is there one right after the closing mark?") look at
 * the few attributions near the quote instead of all of them: a 1 MiB article has thousands of quotes
 * and thousands of attributions. Every answer is the one a pass over the list in its order would give
 * (the first, or the last, that qualifies).
 */
final class AttributionIndex {

    private final List<Attribution> outer;
    /** The first attribution (of all, nested ones included) reporting exactly this range. */
    private final Map<TextRange, Attribution> reporting = new HashMap<>();
    private final Sorted byAnchor;
    private final Sorted byEnd;
    private final Sorted speakerFirstByCue;
    private final Sorted byContentStart;
    private final int longestContent;
    /** How far any attribution begins after its end (none does: 0), so that a search by beginning is exact anyway. */
    private final int beginsAfterEnd;

    /**
     * @param all   every attribution, those inside direct quotes included
     * @param outer the attributions outside direct quotes, in the order of the text's scan
     */
    AttributionIndex(List<Attribution> all, List<Attribution> outer) {
        this.outer = outer;
        for (Attribution a : all) {
            a.content().ifPresent(c -> reporting.putIfAbsent(c, a));
        }
        byAnchor = Sorted.of(outer, a -> true, Attribution::anchor);
        byEnd = Sorted.of(outer, a -> true, Attribution::end);
        speakerFirstByCue = Sorted.of(outer, Attribution::speakerFirst, a -> a.cue().start());
        byContentStart = Sorted.of(outer, a -> a.content().isPresent(), a -> a.content().get().start());
        longestContent = outer.stream().flatMap(a -> a.content().stream()).mapToInt(TextRange::length).max().orElse(0);
        beginsAfterEnd = outer.stream().mapToInt(a -> a.anchor() - a.end()).max().orElse(0);
    }

    /** The first attribution whose reported clause is exactly {@code quote}. */
    Optional<Attribution> reporting(TextRange quote) {
        return Optional.ofNullable(reporting.get(quote));
    }

    /** The first outer attribution beginning in {@code [from, to]} that passes {@code test}. */
    Optional<Attribution> firstBeginningIn(int from, int to, Predicate<Attribution> test) {
        return first(byAnchor, from, to, test);
    }

    /** The first outer attribution beginning at or after {@code from} and ending ({@link Attribution#end()}) by {@code endBy}. */
    Optional<Attribution> firstBetween(int from, int endBy) {
        return first(byAnchor, from, endBy + Math.max(0, beginsAfterEnd), a -> a.end() <= endBy);
    }

    /** The first outer attribution ending (its {@link Attribution#end()}) in {@code [from, to]} that passes {@code test}. */
    Optional<Attribution> firstEndingIn(int from, int to, Predicate<Attribution> test) {
        return first(byEnd, from, to, test);
    }

    /** The last outer {@code X said} attribution whose cue lies within {@code [from, to)}. */
    Optional<Attribution> lastSpeakerFirstWithin(int from, int to) {
        int at = -1;
        for (int i = lowerBound(speakerFirstByCue, from); i < speakerFirstByCue.keys.length && speakerFirstByCue.keys[i] <= to; i++) {
            int index = speakerFirstByCue.index[i];
            if (index > at && outer.get(index).cue().end() <= to) {
                at = index;
            }
        }
        return at < 0 ? Optional.empty() : Optional.of(outer.get(at));
    }

    /** The first outer attribution whose reported clause contains {@code quote}. */
    Optional<Attribution> firstReportingAround(TextRange quote) {
        return first(byContentStart, quote.end() - longestContent, quote.start(),
                a -> a.content().get().contains(quote));
    }

    private Optional<Attribution> first(Sorted sorted, int from, int to, Predicate<Attribution> test) {
        int at = Integer.MAX_VALUE;
        for (int i = lowerBound(sorted, from); i < sorted.keys.length && sorted.keys[i] <= to; i++) {
            int index = sorted.index[i];
            if (index < at && test.test(outer.get(index))) {
                at = index;
            }
        }
        return at == Integer.MAX_VALUE ? Optional.empty() : Optional.of(outer.get(at));
    }

    /** The first position whose key is at least {@code key}. */
    private static int lowerBound(Sorted sorted, int key) {
        int low = 0;
        int high = sorted.keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.keys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Positions in the list ({@code index}) ordered by a key ({@code keys}, ascending). */
    private record Sorted(int[] keys, int[] index) {

        static Sorted of(List<Attribution> list, Predicate<Attribution> which, ToIntFunction<Attribution> key) {
            long[] packed = new long[list.size()];
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                if (which.test(list.get(i))) {
                    packed[n++] = ((long) key.applyAsInt(list.get(i)) << 32) | i;
                }
            }
            Arrays.sort(packed, 0, n);
            int[] keys = new int[n];
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (int) (packed[i] >> 32);
                index[i] = (int) packed[i];
            }
            return new Sorted(keys, index);
        }
    }
}
