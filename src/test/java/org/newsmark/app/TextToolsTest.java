package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Search, word and sentence boundaries, quotation passages and speaker candidates. */
class TextToolsTest {

    private static final String TEXT = "Lee said “40% of homes flooded” in Seoul. Kim’s team said \"more\". Seoulites agree.";

    @Test
    void searchPlainWholeWordCaseAndRegex() {
        assertThat(TextSearch.find(TEXT, TextSearch.Query.plain("seoul"))).hasSize(2);
        assertThat(TextSearch.find(TEXT, new TextSearch.Query("Seoul", false, true, true)))
                .containsExactly(new TextRange(35, 40));
        assertThat(TextSearch.find(TEXT, new TextSearch.Query("said", false, false, true))).hasSize(2);
        assertThat(TextSearch.find(TEXT, new TextSearch.Query("[0-9]+%", true, false, false)))
                .containsExactly(new TextRange(10, 13));
        assertThat(TextSearch.find(TEXT, TextSearch.Query.plain(""))).isEmpty();
        assertThatThrownBy(() -> TextSearch.find(TEXT, new TextSearch.Query("(", true, false, false)))
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void selectionsSnapToWholeWordsAndSentencesAreFound() {
        TextBoundaries boundaries = new TextBoundaries(TEXT);
        assertThat(boundaries.snapToWords(new TextRange(1, 6))).isEqualTo(new TextRange(0, 8)); // "ee sa" -> "Lee said"
        assertThat(boundaries.snapToWords(new TextRange(0, 3))).isEqualTo(new TextRange(0, 3));
        assertThat(boundaries.sentenceAt(3).of(TEXT)).isEqualTo("Lee said “40% of homes flooded” in Seoul.");
        assertThat(boundaries.nextSentence(3).of(TEXT)).startsWith("Kim’s team");
        assertThat(boundaries.previousSentence(TEXT.indexOf("Kim")).of(TEXT)).startsWith("Lee said");
        assertThat(boundaries.nextWordEnd(3)).isEqualTo(8);
        assertThat(boundaries.previousWordStart(3)).isZero();
    }

    @Test
    void quotationPassagesSkipApostrophesAndTaggedQuotes() {
        assertThat(QuotePassages.all(TEXT)).extracting(r -> r.of(TEXT)).containsExactly("40% of homes flooded", "more");
        List<Span> tagged = List.of(Span.of(1, 10, 30, "quote"));
        assertThat(QuotePassages.nextUntagged(TEXT, tagged, "quote", 0)).map(r -> r.of(TEXT)).contains("more");
        assertThat(QuotePassages.nextUntagged(TEXT, tagged, "quote", 70)).map(r -> r.of(TEXT)).contains("more");
    }

    @Test
    void speakerCandidatesAreNearestFirst() {
        Span quote = Span.of(1, 10, 30, "quote");
        List<Span> spans = List.of(Span.of(2, 0, 3, "speaker"), quote, Span.of(3, 42, 45, "speaker"),
                Span.of(4, 35, 40, "place"));
        assertThat(SpeakerCandidates.near(quote, spans, "speaker", 9)).extracting(Span::id).containsExactly(2L, 3L);
        assertThat(SpeakerCandidates.near(quote, spans, "speaker", 1)).extracting(Span::id).containsExactly(2L);
    }
}
