package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SortedNamesTest {

    /** At every place of a text, the name found is the longest that the text holds there and that ends a word. */
    @Property(tries = 500)
    void theNameFoundIsTheLongestThatTheTextHoldsAndThatEndsAWord(
            @ForAll @Size(max = 12) List<@Chars({'a', 'b', 'é', ' ', '-'}) @StringLength(min = 1, max = 6) String> names,
            @ForAll @Chars({'a', 'b', 'é', ' ', '-'}) @StringLength(max = 30) String text) {
        SortedNames sorted = SortedNames.of(names);
        List<String> longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (int at = 0; at <= text.length(); at++) {
            int from = at;
            String expected = longestFirst.stream().filter(n -> text.startsWith(n, from) && endsWord(text, from + n.length(), n))
                    .findFirst().orElse(null);
            assertThat(sorted.longestAt(text, at, 0)).as("at %d of \"%s\"", at, text).isEqualTo(expected);
        }
    }

    @Test
    void aLongerNameWinsOnlyWhereItEndsAWord() {
        SortedNames names = SortedNames.of(List.of("New York", "New York City", "New"));
        assertThat(names.longestAt("in New York City today", 3, 3)).isEqualTo("New York City");
        assertThat(names.longestAt("in New York Citymap", 3, 3)).isEqualTo("New York");
        assertThat(names.longestAt("in Newark", 3, 0)).isNull();
        assertThat(names.longestAt("New", 0, 3)).isEqualTo("New");
    }

    private static boolean endsWord(String text, int end, String name) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(name.charAt(name.length() - 1));
    }
}
