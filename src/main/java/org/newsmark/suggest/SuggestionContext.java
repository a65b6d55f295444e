package org.newsmark.suggest;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Everything a recommender may look at.
 *
 * @param text      the document text
 * @param spans     spans the document already has
 * @param relations relations the document already has
 * @param rejected  suggestions the analyst rejected in this document; never proposed again here
 */
public record SuggestionContext(String text, List<Span> spans, List<Relation> relations, Set<SpanKey> rejected) {

    public SuggestionContext {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
        rejected = Set.copyOf(rejected);
    }

    public static SuggestionContext of(String text) {
        return new SuggestionContext(text, List.of(), List.of(), Set.of());
    }

    public Set<SpanKey> existingKeys() {
        return spans.stream().map(SpanKey::of).collect(Collectors.toUnmodifiableSet());
    }

    public List<Span> spansWithLabel(String label) {
        return spans.stream().filter(s -> s.label().equals(label)).toList();
    }
}
