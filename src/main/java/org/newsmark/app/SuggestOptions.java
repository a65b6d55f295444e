package org.newsmark.app;

import java.util.Optional;
import java.util.Set;
import org.newsmark.model.DocumentStatus;

/**
 * What {@code newsmark suggest} runs over and keeps.
 *
 * @param apply    store the suggestions (spans in {@code layer}, links as
 *                 relations) rather than only count them
 * @param labels   labels to keep; empty keeps all
 * @param minScore suggestions scored below it are left out
 * @param status   only documents with this status; empty means all
 * @param layer    the annotator whose layer the suggestions go into and are measured against
 */
public record SuggestOptions(boolean apply, Set<String> labels, double minScore, Optional<DocumentStatus> status,
                             String layer) {

    public SuggestOptions {
        labels = Set.copyOf(labels);
        java.util.Objects.requireNonNull(layer, "layer");
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("min score must be in [0, 1]: " + minScore);
        }
    }

    /** Into the layer of the machine annotator {@value SuggestionService#ANNOTATOR}. */
    public SuggestOptions(boolean apply, Set<String> labels, double minScore, Optional<DocumentStatus> status) {
        this(apply, labels, minScore, status, SuggestionService.ANNOTATOR);
    }

    /** Counts only, every label, every score, every document. */
    public static SuggestOptions countOnly() {
        return new SuggestOptions(false, Set.of(), 0, Optional.empty());
    }

    public SuggestOptions applying() {
        return new SuggestOptions(true, labels, minScore, status, layer);
    }

    boolean keeps(String label, double score) {
        return (labels.isEmpty() || labels.contains(label)) && score >= minScore;
    }
}
