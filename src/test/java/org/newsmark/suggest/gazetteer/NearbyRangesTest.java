package org.newsmark.suggest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class NearbyRangesTest {

    /** Every range that touches [from, to] is visited, and the first at a start is the first given there. */
    @Property(tries = 500)
    void visitsEveryRangeThatTouchesTheStretchAndFindsTheFirstGivenAtAStart(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 60) Integer> starts,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 12) Integer> lengths,
            @ForAll @IntRange(min = -5, max = 80) int from, @ForAll @IntRange(min = 0, max = 20) int width) {
        int n = Math.min(starts.size(), lengths.size());
        NearbyRanges ranges = NearbyRanges.of(n, starts::get, i -> starts.get(i) + lengths.get(i));
        int to = from + width;
        List<Integer> visited = new ArrayList<>();
        ranges.anyNear(from, to, i -> !visited.add(i));
        IntStream.range(0, n).filter(i -> starts.get(i) + lengths.get(i) >= from && starts.get(i) <= to)
                .forEach(i -> assertThat(visited).as("range %d", i).contains(i));
        int firstAt = IntStream.range(0, n).filter(i -> starts.get(i) == from).findFirst().orElse(-1);
        assertThat(ranges.firstStartingAt(from)).isEqualTo(firstAt);
    }
}
