package org.newsmark.app.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * One document with the layer of each annotator who worked on it. An annotator missing from
 * {@code spans} did not annotate the document (it is left out of every comparison that needs them);
 * one present with an empty list annotated it and found nothing. Relations refer to span ids of
 * their own annotator's layer.
 *
 * @param spans     annotator to that annotator's spans
 * @param relations annotator to that annotator's relations (may lack annotators: no relations)
 */
public record LayeredDocument(Document document, Map<String, List<Span>> spans, Map<String, List<Relation>> relations) {

    public LayeredDocument {
        Objects.requireNonNull(document, "document");
        spans = copy(spans);
        relations = copy(relations);
        for (String annotator : relations.keySet()) {
            if (!spans.containsKey(annotator)) {
                throw new IllegalArgumentException("relations of '" + annotator + "' who has no layer");
            }
        }
        int length = document.text().length();
        spans.forEach((annotator, list) -> list.forEach(s -> {
            if (s.end() > length) {
                throw new IllegalArgumentException("span " + s.range() + " of '" + annotator
                        + "' ends after the text of '" + document.name() + "' (" + length + " characters)");
            }
        }));
    }

    /** A document without relations. */
    public static LayeredDocument of(Document document, Map<String, List<Span>> spans) {
        return new LayeredDocument(document, spans, Map.of());
    }

    public Set<String> annotators() {
        return spans.keySet();
    }

    public boolean has(String annotator) {
        return spans.containsKey(annotator);
    }

    public List<Span> spansOf(String annotator) {
        return spans.getOrDefault(annotator, List.of());
    }

    public List<Relation> relationsOf(String annotator) {
        return relations.getOrDefault(annotator, List.of());
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(Objects.requireNonNull(k, "annotator"), List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
