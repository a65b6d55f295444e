package org.newsmark.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;

class RangesAtTest {

    /** The lookup answers as the scan it replaces: the first range in list order containing the position. */
    @Test
    void answersAsAScanOfEveryRangeAlsoWhenRangesOverlap() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<TextRange> ranges = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(60);
                ranges.add(new TextRange(start, start + random.nextInt(round % 2 == 0 ? 4 : 30)));
            }
            RangesAt at = new RangesAt(ranges);
            for (int pos = -1; pos < 95; pos++) {
                int p = pos;
                Optional<TextRange> scan = ranges.stream().filter(r -> r.contains(p)).findFirst();
                assertEquals(scan, at.first(pos), ranges + " at " + pos);
                assertEquals(scan.isPresent(), at.any(pos));
            }
        }
    }

    @Test
    void prefersTheEarlierListedOfTwoRangesContainingThePosition() {
        TextRange later = new TextRange(0, 10);
        TextRange earlier = new TextRange(5, 8);
        assertEquals(Optional.of(earlier), new RangesAt(List.of(earlier, later)).first(6));
        assertEquals(Optional.of(later), new RangesAt(List.of(earlier, later)).first(9));
        assertEquals(Optional.empty(), new RangesAt(List.of(earlier, later)).first(10));
    }
}
