package org.newsmark.suggest;

import java.util.Objects;
import org.newsmark.model.TextRange;

/**
 * A proposed span.
 *
 * @param key         label and range
 * @param score       confidence in {@code [0, 1]}
 * @param recommender name of the recommender(s) that made it, joined with {@code +} after merging
 * @param reason      one line a human can read, e.g. {@code number with counted noun}
 */
public record SpanSuggestion(SpanKey key, double score, String recommender, String reason) {

    public SpanSuggestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(reason, "reason");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }

    public static SpanSuggestion of(String label, int start, int end, double score, String recommender,
                                    String reason) {
        return new SpanSuggestion(SpanKey.of(label, start, end), score, recommender, reason);
    }

    public String label() {
        return key.label();
    }

    public TextRange range() {
        return key.range();
    }
}
