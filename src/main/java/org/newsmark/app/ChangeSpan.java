package org.newsmark.app;

import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Relabels or resizes a span; its id and relations stay. */
final class ChangeSpan implements AnnotationCommand {

    private final Span before;
    private final Span after;

    ChangeSpan(Span before, Span after) {
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return before.label().equals(after.label()) ? "resize '" + after.label() + "'"
                : "relabel '" + before.label() + "' as '" + after.label() + "'";
    }

    @Override
    public void execute(SessionState state) {
        apply(state, after);
    }

    @Override
    public void undo(SessionState state) {
        apply(state, before);
    }

    private static void apply(SessionState state, Span span) {
        state.store().spans().update(span);
        state.replaceSpan(span);
    }

    @Override
    public TextRange affected() {
        return new TextRange(Math.min(before.start(), after.start()), Math.max(before.end(), after.end()));
    }
}
