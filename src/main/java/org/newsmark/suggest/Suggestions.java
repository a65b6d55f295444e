package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;

/** What one recommender (or the whole engine) proposes for a document; the spans are held in columns. */
public record Suggestions(List<SpanSuggestion> spans, List<LinkSuggestion> links) {

    public Suggestions {
        spans = SpanSuggestionList.copyOf(spans);
        links = List.copyOf(links);
    }

    /** {@link #spans()} as the columns they are held in, to read without a suggestion object per row. */
    public SpanSuggestionList spanColumns() {
        return (SpanSuggestionList) spans;
    }

    public static Suggestions empty() {
        return new Suggestions(List.of(), List.of());
    }

    public static Suggestions ofSpans(List<SpanSuggestion> spans) {
        return new Suggestions(spans, List.of());
    }

    public Suggestions plus(Suggestions other) {
        SpanSuggestionList s = new SpanSuggestionList.Builder(spans.size() + other.spans.size())
                .addAll(spans).addAll(other.spans).build();
        List<LinkSuggestion> l = new ArrayList<>(links);
        l.addAll(other.links);
        return new Suggestions(s, l);
    }

    public List<SpanSuggestion> withLabel(String label) {
        return spans.stream().filter(s -> s.label().equals(label)).toList();
    }
}
