package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TimeBeforeVerbTest {

    /** The cheap test before the time pattern never turns down a place where the pattern matches. */
    @Property(tries = 2000)
    void theTestAcceptsWhereverThePatternMatches(@ForAll("phrases") String text) {
        for (int pos = 0; pos <= text.length(); pos++) {
            int from = Math.max(0, pos - 40);
            if (AttributionFinder.TIME_BEFORE_VERB.matcher(text).region(from, pos).find()) {
                assertThat(AttributionFinder.endsLikeTime(text, from, pos)).as("\"%s\" before %d", text, pos).isTrue();
            }
        }
    }

    @Test
    void turnsDownWhatEndsInNoTimeWord() {
        String text = "The committee on Monday announced that officials said";
        assertThat(AttributionFinder.endsLikeTime(text, 0, text.indexOf(" announced") + 1)).isTrue();
        assertThat(AttributionFinder.endsLikeTime(text, 0, text.indexOf(" said") + 1)).isFalse();
        assertThat(AttributionFinder.endsLikeTime("Smith on July 4 told", 0, 16)).isTrue();
        assertThat(AttributionFinder.endsLikeTime("Police on Monday\nsaid", 0, 17)).isTrue();
    }

    @Provide
    Arbitrary<String> phrases() {
        List<String> words = List.of("on", "late", "early", "as", "of", "the", "during", "last", "this", "Monday",
                "Sunday", "morning", "night", "weekend", "week", "day", "holiday", "July", "4", "12", "yesterday", "today",
                "officials", "said", "xMonday", "  ", "\n", "\r\n", "\u2028");
        return Arbitraries.of(words).list().ofMaxSize(9).map(w -> String.join(" ", w));
    }
}
