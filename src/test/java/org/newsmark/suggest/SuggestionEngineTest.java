package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Span;

class SuggestionEngineTest {

    private static Recommender fixed(String name, Suggestions s) {
        return new Recommender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Suggestions suggest(SuggestionContext context) {
                return s;
            }
        };
    }

    @Test
    void mergesDuplicatesKeepingBestScoreAndJoiningReasons() {
        Recommender a = fixed("a", Suggestions.ofSpans(List.of(SpanSuggestion.of("place", 0, 5, 0.5, "a", "gazetteer"))));
        Recommender b = fixed("b", Suggestions.ofSpans(List.of(SpanSuggestion.of("place", 0, 5, 0.9, "b", "memory"))));
        Suggestions s = new SuggestionEngine(List.of(a, b)).suggest(SuggestionContext.of("Seoul is big"));
        assertThat(s.spans()).singleElement().satisfies(x -> {
            assertThat(x.score()).isEqualTo(0.9);
            assertThat(x.reason()).isEqualTo("gazetteer; memory");
            assertThat(x.recommender()).isEqualTo("a+b");
        });
    }

    @Test
    void dropsExistingAndRejectedSpansAndLinksWithoutEnds() {
        SpanKey quote = SpanKey.of("quote", 0, 4);
        SpanKey speaker = SpanKey.of("speaker", 10, 12);
        Recommender r = fixed("r", new Suggestions(List.of(
                new SpanSuggestion(quote, 0.9, "r", "q"),
                new SpanSuggestion(speaker, 0.9, "r", "s"),
                SpanSuggestion.of("place", 5, 9, 0.9, "r", "p")),
                List.of(LinkSuggestion.saidBy(quote, speaker, 0.8, "r", "l"))));
        SuggestionContext ctx = new SuggestionContext("abcd efgh ij", List.of(Span.of(1, 5, 9, "place")), List.of(),
                Set.of(speaker));
        Suggestions s = new SuggestionEngine(List.of(r)).suggest(ctx);
        assertThat(s.spans()).extracting(SpanSuggestion::key).containsExactly(quote);
        assertThat(s.links()).isEmpty();
    }

    @Test
    void standardEngineOnTheSeedArticle() throws Exception {
        String text = new String(SuggestionEngineTest.class.getResourceAsStream("/corpus/01-yoon-rutte-nato-call.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Suggestions s = SuggestionEngine.standard(Fixtures.GAZETTEER, new CorpusMemory()).suggest(SuggestionContext.of(text));
        List<String> shown = s.spans().stream().map(x -> x.label() + ":" + x.range().of(text)).toList();
        assertThat(shown).contains("figure:around 12,000 troops", "figure:roughly 1,500 soldiers",
                "place:Russia's Far East", "place:Korean Peninsula", "place:Indo-Pacific region", "place:Pyongyang",
                "quote:serious concerns", "quote:phased measures", "speaker:the National Intelligence Service",
                "speaker:Yoon", "speaker:he",
                "quote:the North has decided to send around 12,000 troops to support Russia in the war, "
                        + "with roughly 1,500 soldiers already sent to Russia's Far East");
        assertThat(shown).doesNotContain("place:Korean", "place:NATO");
        assertThat(s.links()).extracting(l -> l.quote().textIn(text).substring(0, 12) + " -> " + l.speaker().textIn(text))
                .contains("once again c -> Yoon", "This undermi -> he", "serious conc -> Rutte");
    }
}
