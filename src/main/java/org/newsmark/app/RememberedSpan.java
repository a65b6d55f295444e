package org.newsmark.app;

import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * A span as a command remembers it: by handle and by label id, so neither a rename of the label nor a
 * new id after undo changes what the command refers to.
 */
record RememberedSpan(Handle handle, long labelId, TextRange range, String annotator, String source) {

    /** A span this document holds now. */
    static RememberedSpan of(SessionState state, Span span) {
        return new RememberedSpan(state.spanHandle(span.id()), state.labelId(span.label()), span.range(),
                span.annotator(), span.source());
    }

    /** A span not stored yet, with its label's id already looked up. */
    static RememberedSpan fresh(Span span, long labelId) {
        return new RememberedSpan(new Handle(0), labelId, span.range(), span.annotator(), span.source());
    }

    /** Adds it (again); returns it as the mirror holds it. */
    Span insert(SessionState state) {
        return state.insertSpan(handle, labelId, range, annotator, source);
    }

    void delete(SessionState state) {
        state.deleteSpan(state.liveSpanId(handle));
    }
}
