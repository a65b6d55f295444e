package org.newsmark.app;

import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Adds a span. Redo puts it back under the same id, so later commands that refer to it still work. */
final class CreateSpan implements AnnotationCommand {

    private Span span;

    CreateSpan(Span span) {
        this.span = span;
    }

    Span span() {
        return span;
    }

    @Override
    public String description() {
        return "tag '" + span.label() + "'";
    }

    @Override
    public void execute(SessionState state) {
        span = span.id() == 0 ? state.store().spans().insert(span) : state.store().spans().restore(span);
        state.addSpan(span);
    }

    @Override
    public void undo(SessionState state) {
        state.store().spans().delete(span.id());
        state.removeSpan(span.id());
    }

    @Override
    public TextRange affected() {
        return span.range();
    }
}
