package org.newsmark.suggest;

import java.util.List;

/** Proposes {@code figure} spans for numbers with what they count (see {@link FigureFinder}). */
public final class FigureRecommender implements Recommender {

    private final FigureFinder finder = new FigureFinder();

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        List<SpanSuggestion> spans = finder.find(context.text()).stream()
                .map(f -> SpanSuggestion.of(Labels.FIGURE, f.start(), f.end(), f.score(), name(), f.reason()))
                .toList();
        return Suggestions.ofSpans(spans);
    }
}
