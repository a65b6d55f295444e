package org.newsmark.app.team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * One place where the annotators differ: a group of overlapping spans none of which enough
 * annotators tagged exactly. Spans of different labels join a group when they overlap without one
 * lying strictly inside the other, so a speaker inside a quote stays a disagreement of its own.
 *
 * @param index      position in the document's list of disagreements (by {@code extent})
 * @param extent     from the first candidate's start to the last one's end
 * @param candidates every annotator of the document to their spans here (an empty list: none)
 * @param accepted   gold spans taken without a decision that overlap the extent, for context
 */
public record Disagreement(int index, TextRange extent, Map<String, List<Span>> candidates, List<Span> accepted) {

    public Disagreement {
        Map<String, List<Span>> copy = new LinkedHashMap<>();
        candidates.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        candidates = Collections.unmodifiableMap(copy);
        accepted = List.copyOf(accepted);
    }

    /** The annotators who tagged something here. */
    public List<String> annotatorsWithSpans() {
        return candidates.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }
}
