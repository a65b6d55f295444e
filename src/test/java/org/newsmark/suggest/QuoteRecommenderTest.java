package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteRecommenderTest {

    private final QuoteRecommender quotes = new QuoteRecommender();

    @ParameterizedTest
    @ValueSource(strings = {
            "\"We are ready to act now,\" Yoon said.",
            "“We are ready to act now,” Yoon said.",
            "‘We are ready to act now,’ Yoon said.",
            "'We are ready to act now,' Yoon said.",
            "« We are ready to act now, » Yoon said.",
            "„We are ready to act now,“ Yoon said.",
            "「We are ready to act now,」 Yoon said.",
    })
    void takesTheTextInsideEveryStyleOfMarks(String text) {
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).containsExactly("We are ready to act now,");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        String text = "Russia's troops don't move, Rutte's aide said. ‘It isn’t over yet for anyone here,’ he added.";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).contains("It isn’t over yet for anyone here,");
    }

    @Test
    void interruptedQuoteIsTwoSpans() {
        String text = "\"We are ready,\" he said, \"to act whenever it is needed.\"";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE))
                .containsExactly("We are ready,", "to act whenever it is needed.");
    }

    @Test
    void quoteRunningOverParagraphsGivesOneSpanPerParagraph() {
        String text = "Kim said: \"The first paragraph of the statement goes here.\n\n\"And the second one closes it.\"";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE))
                .containsExactly("The first paragraph of the statement goes here.", "And the second one closes it.");
    }

    @Test
    void indirectSpeechLeavesOutVerbThatAndTimePhrase() {
        assertThat(Fixtures.texts(quotes, "Rutte said NATO is prepared to cooperate.", Labels.QUOTE))
                .containsExactly("NATO is prepared to cooperate");
        assertThat(Fixtures.texts(quotes, "The agency said Friday that the North has sent troops.", Labels.QUOTE))
                .containsExactly("the North has sent troops");
        assertThat(Fixtures.texts(quotes, "The minister told reporters the border will stay closed.", Labels.QUOTE))
                .containsExactly("the border will stay closed");
        assertThat(Fixtures.texts(quotes, "The talks failed to make progress, according to Yonhap.", Labels.QUOTE))
                .containsExactly("The talks failed to make progress");
    }

    @Test
    void objectsOfSpeechNounsAndVerbsAreNotQuotes() {
        assertThat(Fixtures.texts(quotes, "The group claimed responsibility for the attack.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Rutte expressed hope for closer ties with Seoul.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void shortScareQuotesWithoutSpeakerAreNotProposed() {
        assertThat(Fixtures.texts(quotes, "The so-called \"open race\" rules did not apply.", Labels.QUOTE)).isEmpty();
    }
}
