package org.newsmark.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SpanSuggestion;

/** Where two lists of suggestions differ: the ranges to restyle when one replaces the other. */
final class SuggestionDiff {

    private SuggestionDiff() {
    }

    static List<TextRange> changed(List<SpanSuggestion> before, List<SpanSuggestion> now) {
        Set<SpanKey> old = new HashSet<>(before.stream().map(SpanSuggestion::key).toList());
        Set<SpanKey> fresh = new HashSet<>(now.stream().map(SpanSuggestion::key).toList());
        Set<TextRange> ranges = new HashSet<>();
        old.stream().filter(k -> !fresh.contains(k)).forEach(k -> ranges.add(k.range()));
        fresh.stream().filter(k -> !old.contains(k)).forEach(k -> ranges.add(k.range()));
        return ranges.stream().sorted().toList();
    }
}
