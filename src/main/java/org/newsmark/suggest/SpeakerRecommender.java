package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.TextRange;

/**
 * Proposes {@code speaker} spans where a quote is attributed ({@code Yoon said}, {@code said Rutte},
 * {@code according to Yonhap}, {@code he added}) and the {@code said_by} link from each quote, including
 * the analyst's own quote spans. A pronoun speaker is linked as it stands; the reason names the nearest
 * preceding named speaker it most likely refers to.
 */
public final class SpeakerRecommender implements Recommender {

    private final QuoteAnalyzer analyzer = QuoteAnalyzer.SHARED;

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        String text = context.text();
        QuoteAnalyzer.Analysis analysis = analyzer.analyze(context);
        List<SpanSuggestion> spans = new ArrayList<>();
        List<LinkSuggestion> links = new ArrayList<>();
        List<TextRange> named = new ArrayList<>();
        for (AttributedQuote q : analysis.quotes()) {
            if (q.attribution().isEmpty()) {
                continue;
            }
            Attribution a = q.attribution().get();
            String who = a.speaker().of(text);
            String reason = a.isPronoun(text)
                    ? "pronoun '" + who + "'" + referent(text, a.speaker(), named).map(n -> ", probably " + n).orElse("")
                    : "'" + who + "' at a speech cue '" + a.cue().of(text) + "'";
            if (!a.isPronoun(text)) {
                named.add(a.speaker());
            }
            SpanKey speaker = new SpanKey(Labels.SPEAKER, a.speaker());
            spans.add(new SpanSuggestion(speaker, a.isPronoun(text) ? 0.75 : 0.8, name(), reason));
            links.add(LinkSuggestion.saidBy(new SpanKey(Labels.QUOTE, q.quote()), speaker,
                    q.direct() ? 0.8 : 0.7, name(), q.how() + (a.isPronoun(text) ? " (" + reason + ")" : "")));
        }
        return new Suggestions(spans, links);
    }

    /** The nearest named speaker before the pronoun, for the human reason. */
    private static Optional<String> referent(String text, TextRange pronoun, List<TextRange> named) {
        return named.stream().filter(r -> r.end() <= pronoun.start()).reduce((x, y) -> y).map(r -> r.of(text));
    }
}
