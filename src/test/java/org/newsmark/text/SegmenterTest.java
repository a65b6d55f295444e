package org.newsmark.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one segmenter that suggestions, CoNLL export and the editor's sentence keys share. */
class SegmenterTest {

    private static List<String> sentences(String text) {
        SentenceBreaks s = Segmenter.sentences(text);
        return IntStream.range(0, s.count()).mapToObj(i -> s.sentence(i).of(text)).toList();
    }

    @Test
    void newsAbbreviationsDoNotEndASentence() {
        String text = "Gen. Mark Milley met Mr. Kim and Dr. Lee in the U.S. capital on Sept. 5 at 10 a.m. on "
                + "St. Mark's Square. Lt. Col. Ann Boyd of No. 10 Squadron spoke. Sen. John F. Kennedy Jr. did not.";
        assertThat(sentences(text)).containsExactly(
                "Gen. Mark Milley met Mr. Kim and Dr. Lee in the U.S. capital on Sept. 5 at 10 a.m. on St. Mark's Square.",
                "Lt. Col. Ann Boyd of No. 10 Squadron spoke.",
                "Sen. John F. Kennedy Jr. did not.");
    }

    @Test
    void aWordThatEndsLikeALowerCaseAbbreviationEndsASentence() {
        assertThat(sentences("They held a protest. Police came. The house (est. 1900) stood. It was Smith vs. Jones."))
                .containsExactly("They held a protest.", "Police came.", "The house (est. 1900) stood.", "It was Smith vs. Jones.");
        // a case name's v. before a capital, as vs. (thirtieth round)
        assertThat(sentences("He cited the ruling in the Roe v. Wade case. It stood."))
                .containsExactly("He cited the ruling in the Roe v. Wade case.", "It stood.");
    }

    @Test
    void quotationsKeepTheirClosingMarkAndAQuoteInsideASentenceDoesNotEndIt() {
        String text = "\"We are ready,\" he said. \"Are you?\" She nodded. He called it \"a disgrace.\" Then he left.";
        assertThat(sentences(text)).containsExactly("\"We are ready,\" he said.", "\"Are you?\"", "She nodded.",
                "He called it \"a disgrace.\"", "Then he left.");
        SentenceBreaks s = Segmenter.sentences(text);
        int disgrace = text.indexOf("a disgrace");
        assertThat(text.substring(s.startOf(disgrace), s.endOf(disgrace))).isEqualTo("He called it \"a disgrace.");
    }

    @Test
    void anAcronymOfCapitalsEndsASentenceBeforeACapital() {
        // ICU's English filter suppresses these breaks (PMF. and IMF. end like its abbreviations), ABC. it keeps
        assertThat(sentences("It was the PMF. In a statement he spoke. The IMF. agreed. Then the ABC. News came."))
                .containsExactly("It was the PMF.", "In a statement he spoke.", "The IMF. agreed.", "Then the ABC.", "News came.");
        assertThat(sentences("It broke the Clean Air Act. The agency sued.")).containsExactly("It broke the Clean Air Act.",
                "The agency sued.");
        assertThat(sentences("They met in the U.S. capital. The U.N. Security Council met.")).containsExactly(
                "They met in the U.S. capital.", "The U.N. Security Council met.");
    }

    @Test
    void aSentenceOpeningWithADigitIsASentenceUnlessTheStopEndsAnAbbreviation() {
        String text = "Three patients have died. 14 have recovered so far. It rose 5%. 20 people left. See p. 5 and "
                + "cosmonaut No. 11 today.\n1. 2 eggs";
        assertThat(sentences(text)).containsExactly("Three patients have died.", "14 have recovered so far.",
                "It rose 5%.", "20 people left.", "See p. 5 and cosmonaut No. 11 today.", "1. 2 eggs");
    }

    @Test
    void lineBreaksEndSentencesAndCjkFullStopsToo() {
        String text = "Headline without a stop\n東京で会議が開かれた。首相は「準備はできている」と述べた。 😀 Emoji stay in place 👍🏽.";
        assertThat(sentences(text)).containsExactly("Headline without a stop", "東京で会議が開かれた。",
                "首相は「準備はできている」と述べた。", "😀 Emoji stay in place 👍🏽.");
    }

    @Test
    void aPositionBetweenSentencesBelongsToTheNextAndEveryPositionHasASentence() {
        String text = "One. Two.  Three";
        SentenceBreaks s = Segmenter.sentences(text);
        assertThat(s.startOf(text.indexOf(" Two"))).isEqualTo(text.indexOf("Two"));
        assertThat(s.endOf(0)).isEqualTo(4);
        assertThat(s.indexOf(text.length())).isEqualTo(2);
        assertThat(Segmenter.sentences("").count()).isEqualTo(1);
    }

    @Test
    void wordsKeepNumbersEmojiSequencesAndCjkWordsWhole() {
        String text = "3.5 million U.S. dollars 👩‍👩‍👧 東京都 can't";
        BreakIterator w = Segmenter.wordIterator();
        w.setText(text);
        List<String> words = new ArrayList<>();
        for (int a = w.first(), b = w.next(); b != BreakIterator.DONE; a = b, b = w.next()) {
            if (!text.substring(a, b).isBlank()) {
                words.add(text.substring(a, b));
            }
        }
        assertThat(words).contains("3.5", "million", "dollars", "👩‍👩‍👧", "can't");
        assertThat(String.join("", words)).isEqualTo(text.replace(" ", ""));
    }
}
