package org.newsmark.suggest;

import java.util.List;

/** Helpers shared by the recommender tests. */
final class Fixtures {

    static final Gazetteer GAZETTEER = Gazetteers.standard();

    private Fixtures() {
    }

    static List<String> texts(Recommender r, String text, String label) {
        return r.suggest(SuggestionContext.of(text)).withLabel(label).stream().map(s -> s.range().of(text)).toList();
    }

    static List<String> links(Recommender r, String text) {
        return r.suggest(SuggestionContext.of(text)).links().stream()
                .map(l -> l.quote().textIn(text) + " -> " + l.speaker().textIn(text)).toList();
    }
}
