package org.newsmark.suggest;

import java.util.List;

/** Proposes {@code quote} spans: text inside quotation marks, and clauses reported after speech verbs. */
public final class QuoteRecommender implements Recommender {

    private final QuoteAnalyzer analyzer = QuoteAnalyzer.SHARED;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        List<SpanSuggestion> spans = analyzer.analyze(context).quotes().stream()
                .filter(q -> q.attribution().isPresent() || !QuoteAnalyzer.isShort(context.text(), q.quote())
                        || q.direct() && QuoteAnalyzer.reportedPartialQuote(context.text(), q.quote()))
                .map(q -> SpanSuggestion.of(Labels.QUOTE, q.quote().start(), q.quote().end(),
                        q.direct() ? 0.95 : 0.6, name(),
                        q.direct() ? "text inside quotation marks" : q.how()))
                .toList();
        return Suggestions.ofSpans(spans);
    }
}
