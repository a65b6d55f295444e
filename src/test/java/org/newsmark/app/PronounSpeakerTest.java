package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

class PronounSpeakerTest {

    private static final String TEXT = "Mayor Ann Lee spoke. The minister said no. She said \"yes\". Then It rained; they left.";

    private static Span span(long id, String label, String words, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(words, at + 1);
        }
        return new Span(id, 1, new TextRange(at, at + words.length()), label, "ann", Span.MANUAL);
    }

    @Test
    void aPronounStandsForTheNearestNamedSpeakerBeforeIt() {
        Span lee = span(1, "speaker", "Mayor Ann Lee", 0);
        Span minister = span(2, "speaker", "The minister", 0);
        Span yes = span(3, "quote", "yes", 0);
        Span she = span(4, "speaker", "She", 0);
        List<Span> spans = List.of(lee, minister, she, yes);

        assertThat(PronounSpeaker.antecedent(spans, TEXT, she)).contains(minister);
        assertThat(PronounSpeaker.antecedent(List.of(lee, she, yes), TEXT, she)).contains(lee);
    }

    @Test
    void namesOtherLabelsAndPronounsBeforeItAreSkipped() {
        Span lee = span(1, "speaker", "Mayor Ann Lee", 0);
        Span place = span(2, "place", "The minister", 0);
        Span she = span(3, "speaker", "She", 0);
        Span they = span(4, "speaker", "they", 0);
        List<Span> spans = List.of(lee, place, she, they);

        assertThat(PronounSpeaker.antecedent(spans, TEXT, they)).as("past another pronoun and a place").contains(lee);
        assertThat(PronounSpeaker.antecedent(spans, TEXT, lee)).as("a name stands for itself").isEmpty();
        assertThat(PronounSpeaker.antecedent(List.of(she), TEXT, she)).as("nothing before it").isEmpty();
    }
}
