package org.newsmark.suggest;

import java.util.Objects;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** A label on a range: what identifies a span or a suggestion regardless of ids and scores. */
public record SpanKey(String label, TextRange range) implements Comparable<SpanKey> {

    public SpanKey {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(range, "range");
    }

    public static SpanKey of(String label, int start, int end) {
        return new SpanKey(label, new TextRange(start, end));
    }

    public static SpanKey of(Span span) {
        return new SpanKey(span.label(), span.range());
    }

    public String textIn(String text) {
        return range.of(text);
    }

    @Override
    public int compareTo(SpanKey o) {
        int c = range.compareTo(o.range);
        return c != 0 ? c : label.compareTo(o.label);
    }
}
