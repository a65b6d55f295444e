package org.newsmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The bounded walk finds exactly what a pass over every item finds. */
class DocumentOrderPropertiesTest {

    @Property(tries = 500)
    void overlappingFindsWhatAFullPassFinds(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 200) Integer> starts,
                                            @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 30) Integer> lengths,
                                            @ForAll @IntRange(min = 0, max = 220) int from,
                                            @ForAll @IntRange(min = 1, max = 40) int length) {
        List<TextRange> ranges = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            ranges.add(new TextRange(starts.get(i), starts.get(i) + lengths.get(i)));
        }
        ranges.sort(null);
        int longest = ranges.stream().mapToInt(TextRange::length).max().orElse(0);
        TextRange wanted = new TextRange(from, from + length);

        assertThat(DocumentOrder.overlapping(ranges, r -> r, longest, wanted))
                .containsExactlyElementsOf(ranges.stream().filter(r -> r.overlaps(wanted)).toList());
    }
}
