package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;

/** What one recommender (or the whole engine) proposes for a document. */
public record Suggestions(List<SpanSuggestion> spans, List<LinkSuggestion> links) {

    public Suggestions {
        spans = List.copyOf(spans);
        links = List.copyOf(links);
    }

    public static Suggestions empty() {
        return new Suggestions(List.of(), List.of());
    }

    public static Suggestions ofSpans(List<SpanSuggestion> spans) {
        return new Suggestions(spans, List.of());
    }

    public Suggestions plus(Suggestions other) {
        List<SpanSuggestion> s = new ArrayList<>(spans);
        s.addAll(other.spans);
        List<LinkSuggestion> l = new ArrayList<>(links);
        l.addAll(other.links);
        return new Suggestions(s, l);
    }

    public List<SpanSuggestion> withLabel(String label) {
        return spans.stream().filter(s -> s.label().equals(label)).toList();
    }
}
