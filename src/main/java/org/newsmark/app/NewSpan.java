package org.newsmark.app;

import java.util.Objects;
import org.newsmark.model.TextRange;

/** A span to create: label, range and how it came about ({@code ""} by hand, {@code suggest:<name>}). */
public record NewSpan(String label, TextRange range, String source) {

    public NewSpan {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(source, "source");
    }

    public SpanRef ref() {
        return new SpanRef(label, range);
    }
}
