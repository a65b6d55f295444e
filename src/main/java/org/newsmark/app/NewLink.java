package org.newsmark.app;

import java.util.Objects;

/** A relation to draw between two spans named by label and range, e.g. a quote {@code said_by} a speaker. */
public record NewLink(SpanRef from, SpanRef to, String type) {

    public NewLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
    }
}
