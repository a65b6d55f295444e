package org.newsmark.app;

import java.util.List;
import org.newsmark.model.Span;

/**
 * What one action did to a document's spans, so that views patch themselves instead of comparing
 * whole lists: spans that went (as they were) and spans that came (as they are now). A changed span
 * is in both. {@link #RESET} stands for "anything may have changed" (the article was re-read).
 */
public record SpanDelta(List<Span> removed, List<Span> added, boolean relationsChanged, boolean reset) {

    public static final SpanDelta RESET = new SpanDelta(List.of(), List.of(), true, true);

    public SpanDelta {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public static SpanDelta of(List<Span> removed, List<Span> added, boolean relationsChanged) {
        return new SpanDelta(removed, added, relationsChanged, false);
    }
}
