package org.newsmark.app;

import java.util.Objects;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** A span named by its label and range, before or regardless of its database id. */
public record SpanRef(String label, TextRange range) {

    public SpanRef {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(range, "range");
    }

    public static SpanRef of(Span span) {
        return new SpanRef(span.label(), span.range());
    }

    boolean refersTo(Span span) {
        return span.label().equals(label) && span.range().equals(range);
    }
}
