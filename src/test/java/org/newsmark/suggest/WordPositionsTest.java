package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordPositionsTest {

    /** For each list, the positions are exactly where one of its words starts in the text, ascending and once. */
    @Property(tries = 500)
    void thePositionsOfEachListAreWhereOneOfItsWordsStarts(
            @ForAll @Size(min = 1, max = 4) List<@Size(max = 6) List<@Chars({'a', 'b', 'é', ' '}) @StringLength(min = 2, max = 4) String>> lists,
            @ForAll @Chars({'a', 'b', 'é', ' '}) @StringLength(max = 40) String text) {
        int[][] found = WordPositions.of(lists).in(text);
        assertThat(found.length).isEqualTo(lists.size());
        for (int l = 0; l < lists.size(); l++) {
            List<String> words = lists.get(l);
            int[] expected = IntStream.range(0, text.length())
                    .filter(i -> words.stream().anyMatch(w -> text.startsWith(w, i))).toArray();
            assertThat(found[l]).as("list %s in \"%s\"", words, text).containsExactly(expected);
        }
    }

    @Test
    void findsHeadWordsInsideLongerWordsAndAtTheEnd() {
        WordPositions heads = WordPositions.of(List.of(List.of("Park", "Square"), List.of(" station")));
        int[][] found = heads.in("Hyde Park and Parkway, Red Square, the station");
        assertThat(found[0]).containsExactly(5, 14, 27);
        assertThat(found[1]).containsExactly(38);
    }

    @Test
    void aOneCharacterWordIsRefused() {
        assertThatThrownBy(() -> WordPositions.of(List.of(List.of("a")))).isInstanceOf(IllegalArgumentException.class);
    }
}
