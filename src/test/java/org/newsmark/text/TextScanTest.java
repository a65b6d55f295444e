package org.newsmark.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TextScanTest {

    /** The bounded search finds what the JDK's finds, wherever that is no further back than the bound. */
    @Property
    void lastIndexOfWithABoundIsTheJdksWhereThatReachesTheBound(@ForAll @Chars({'a', 'b', ' '}) @StringLength(max = 40) String text,
                                                               @ForAll @Chars({'a', 'b', ' '}) @StringLength(min = 1, max = 3) String needle,
                                                               @ForAll @IntRange(min = -2, max = 45) int from,
                                                               @ForAll @IntRange(min = -2, max = 45) int lowest) {
        int jdk = text.lastIndexOf(needle, from);
        int expected = jdk >= Math.max(0, lowest) ? jdk : -1;
        assertThat(TextScan.lastIndexOf(text, needle, from, lowest)).isEqualTo(expected);
    }

    @Test
    void lastIndexOfStopsAtTheBound() {
        String text = "the official who spoke said";
        assertThat(TextScan.lastIndexOf(text, " who ", 23, 0)).isEqualTo(12);
        assertThat(TextScan.lastIndexOf(text, " who ", 23, 13)).isEqualTo(-1);
        assertThat(TextScan.lastIndexOf(text, " who ", 11, 0)).isEqualTo(-1);
    }

    @Test
    void aSingleMarkOpenedBeforeAPositionIsStillOpenThereUntilAWordEndsWithIt() {
        String quoted = "The so-called 'concerned parents' group said";
        assertThat(TextScan.insideSingleQuote(quoted, quoted.indexOf("parents"))).isTrue();
        String possessives = "Britain's workers' and victims' families said";
        assertThat(TextScan.insideSingleQuote(possessives, possessives.indexOf("victims"))).isFalse();
        assertThat(TextScan.insideSingleQuote("They don't know", 11)).isFalse();
    }
}
