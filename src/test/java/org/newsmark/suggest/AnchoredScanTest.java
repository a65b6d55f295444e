package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AnchoredScanTest {

    private static final Pattern WORDS_THEN_HEAD = Pattern.compile("(?<![ab])[ab]+(?: [ab]+)? c");

    /**
     * Trying a pattern only within the reach before its head words finds the same matches as trying it at every
     * character with a test of whether a head follows within that reach.
     */
    @Property(tries = 500)
    void tryingOnlyBeforeHeadsFindsWhatTryingEverywhereFinds(
            @ForAll @Chars({'a', 'b', 'c', ' '}) @StringLength(max = 60) String text,
            @ForAll @IntRange(min = 1, max = 8) int reach) {
        int[] heads = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == 'c').toArray();
        List<int[]> everywhere = new ArrayList<>();
        AnchoredScan.forEachMatch(WORDS_THEN_HEAD, text, i -> text.charAt(i) != ' ' && headWithin(heads, i, reach),
                m -> everywhere.add(new int[] {m.start(), m.end()}));
        List<int[]> beforeHeads = new ArrayList<>();
        AnchoredScan.forEachMatchAt(WORDS_THEN_HEAD, text, AnchoredScan.within(heads, reach), i -> text.charAt(i) != ' ',
                m -> beforeHeads.add(new int[] {m.start(), m.end()}));
        assertThat(beforeHeads).as("\"%s\", reach %d", text, reach).containsExactlyElementsOf(everywhere);
    }

    @Property(tries = 300)
    void withinListsEveryIndexWithAHeadAfterItInReachOnce(
            @ForAll @Chars({'a', 'c'}) @StringLength(max = 40) String text, @ForAll @IntRange(min = 1, max = 6) int reach) {
        int[] heads = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == 'c').toArray();
        int[] expected = IntStream.range(0, text.length()).filter(i -> headWithin(heads, i, reach)).toArray();
        assertThat(AnchoredScan.within(heads, reach)).containsExactly(expected);
    }

    @Property(tries = 300)
    void wordStartsAreTheLettersAndDigitsWithNoneBefore(@ForAll @Chars({'a', '1', 'é', ' ', '-', '\u0301'}) @StringLength(max = 40) String text) {
        int[] expected = IntStream.range(0, text.length()).filter(i -> Character.isLetterOrDigit(text.charAt(i))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))).toArray();
        assertThat(AnchoredScan.wordStarts(text)).containsExactly(expected);
    }

    @Test
    void aMatchStartingInsideAnEarlierMatchIsNotTried() {
        List<String> found = new ArrayList<>();
        String text = "ab ab c";
        AnchoredScan.forEachMatchAt(WORDS_THEN_HEAD, text, new int[] {0, 1, 3, 4}, i -> true, m -> found.add(m.group()));
        assertThat(found).containsExactly("ab ab c");
    }

    private static boolean headWithin(int[] heads, int i, int reach) {
        return Arrays.stream(heads).anyMatch(h -> h > i && h <= i + reach);
    }
}
