package org.newsmark.suggest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineOpeningsTest {

    private static final String WORDS = "[A-Z][A-Z]+(?: [A-Z][A-Z]+)?(?=,| -)";

    private static List<String> lineOpenings(String text) {
        List<String> out = new ArrayList<>();
        LineOpenings.forEach(Pattern.compile(WORDS), text, m -> out.add(m.group() + "@" + m.start()));
        return out;
    }

    private static List<String> multiline(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^" + WORDS).matcher(text);
        while (m.find()) {
            out.add(m.group() + "@" + m.start());
        }
        return out;
    }

    @Test
    void findsWhatAMultilineCaretFindsOnEveryKindOfLineEnd() {
        String text = "LONDON, Britain 1996-08-30\nSOCCER - results\r\nNEW YORK, US\rNICE, France\u2028ROME, Italy and PARIS, France\n"
                + " BONN, indented\nlower, case\nAB -";
        assertThat(lineOpenings(text)).isEqualTo(multiline(text))
                .containsExactly("LONDON@0", "SOCCER@27", "NEW YORK@45", "NICE@58", "ROME@71", "AB@129");
    }

    @Test
    void findsWhatAMultilineCaretFindsWhenNewlinesAreTheOnlyLineEnds() {
        String text = "LONDON, Britain\n\nSOCCER - results\nin NEW YORK, US\nNICE, France\n\n\nROME, Italy\nAB -\n";
        assertThat(lineOpenings(text)).isEqualTo(multiline(text))
                .containsExactly("LONDON@0", "SOCCER@17", "NICE@50", "ROME@65", "AB@77");
    }

    @Test
    void aTextWithoutAMatchingLineGivesNothing() {
        assertThat(lineOpenings("in LONDON, Britain\nand BONN, Germany")).isEmpty();
        assertThat(LineOpenings.any(Pattern.compile(WORDS), "in LONDON, Britain\nBONN, Germany")).isTrue();
    }
}
