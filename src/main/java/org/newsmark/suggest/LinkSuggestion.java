package org.newsmark.suggest;

import java.util.Objects;
import org.newsmark.model.Relation;

/**
 * A proposed {@code said_by} link from a quote to its speaker. Both ends are given by label and
 * range, so they may be suggested spans or spans that already exist in the document.
 */
public record LinkSuggestion(SpanKey quote, SpanKey speaker, String type, double score, String recommender,
                             String reason) {

    public LinkSuggestion {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(reason, "reason");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }

    public static LinkSuggestion saidBy(SpanKey quote, SpanKey speaker, double score, String recommender,
                                        String reason) {
        return new LinkSuggestion(quote, speaker, Relation.SAID_BY, score, recommender, reason);
    }

    /** Identity of the link for merging: its two ends and its type. */
    public record Key(SpanKey quote, SpanKey speaker, String type) {
    }

    public Key linkKey() {
        return new Key(quote, speaker, type);
    }
}
