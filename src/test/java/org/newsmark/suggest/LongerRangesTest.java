package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;

class LongerRangesTest {

    /** A range is covered exactly where another range of the list contains it and is longer. */
    @Property(tries = 1000)
    void coveredMeansInsideALongerOne(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 20) Integer> starts,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 6) Integer> lengths) {
        int n = Math.min(starts.size(), lengths.size());
        List<TextRange> ranges = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new TextRange(starts.get(i), starts.get(i) + lengths.get(i))).toList();
        boolean[] covered = LongerRanges.covered(ranges);
        for (int i = 0; i < n; i++) {
            TextRange r = ranges.get(i);
            boolean expected = ranges.stream().anyMatch(o -> o.start() <= r.start() && r.end() <= o.end()
                    && o.length() > r.length());
            assertThat(covered[i]).as("%s in %s", r, ranges).isEqualTo(expected);
        }
    }

    @Test
    void anEqualRangeDoesNotCover() {
        assertThat(LongerRanges.covered(List.of(new TextRange(3, 8), new TextRange(3, 8), new TextRange(4, 6),
                new TextRange(3, 5)))).containsExactly(false, false, true, true);
    }
}
