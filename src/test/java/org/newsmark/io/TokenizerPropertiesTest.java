package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import org.newsmark.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tokenizer's fast path for plain ASCII words gives exactly the tokens of the word segmenter alone. */
class TokenizerPropertiesTest {

    /** Letters, digits, punctuation, every kind of space and break, accents, CJK, emoji, format characters. */
    private static final String[] PIECES = {"a", "Z", "q", "7", "0", "word", "Seoul", "12", ",", ".", "'", "\"", "-",
        "$", "%", ":", ";", "!", "?", "(", ")", "/", "_", "@", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r",
        "\u00A0", "\u2028", "\u3000", "\u000B", "\f", "é", "e\u0301", "\u00AD", "\u200B", "\u200D", "\u2060",
        "\uFEFF", "東京", "に", "ก", "😀", "👍🏽", "🇫🇷", "ﬁ", "١٢", "x\u0308", "…", "—"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void sameTokensAsTheSegmenterAlone(@ForAll("texts") String text) {
        assertThat(ranges(Tokenizer.tokenize(text))).isEqualTo(reference(text));
    }

    @Example
    void newsText() {
        String text = "Officials in Seoul said 12,000 troops (about 3.5%) would leave.\r\nThe minister's aide—"
                + "“no comment”—left at 5pm. U.S. e-mail foo_bar x2 2x café naïve 東京 😀 ok\u00A0ok\n";
        assertThat(ranges(Tokenizer.tokenize(text))).isEqualTo(reference(text));
    }

    @Example
    void separatorsAreWhitespaceSpacesAndControlCharacters() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Tokenizer.isSeparator(ch)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch));
        }
    }

    private static List<String> ranges(Tokenization t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.start(i) + "-" + t.end(i));
        }
        return out;
    }

    /** The tokenizer as it was: the word segmenter over the whole text, runs of non-separators in each segment. */
    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator words = Segmenter.wordIterator();
        words.setText(text);
        int from = words.first();
        for (int to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            int i = from;
            while (i < to) {
                while (i < to && Tokenizer.isSeparator(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < to && !Tokenizer.isSeparator(text.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    out.add(s + "-" + i);
                }
            }
        }
        return out;
    }
}
