package org.newsmark.app;

import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Adds a span. Redo puts it back (under the same id when it is free), so later commands that refer to it still work. */
final class CreateSpan implements AnnotationCommand {

    private final RememberedSpan remembered;
    /** The document's text, to name the span by its words; worded only when asked, as a bulk tag makes thousands. */
    private final String documentText;
    private Span span;

    CreateSpan(Span span, long labelId, String documentText) {
        this.span = span;
        this.remembered = RememberedSpan.fresh(span, labelId);
        this.documentText = documentText;
    }

    /** The span as last stored. */
    Span span() {
        return span;
    }

    @Override
    public String description() {
        return ActionWording.tag(span.label(), span.textIn(documentText));
    }

    @Override
    public void execute(SessionState state) {
        span = remembered.insert(state);
    }

    @Override
    public void undo(SessionState state) {
        remembered.delete(state);
    }

    @Override
    public TextRange affected() {
        return span.range();
    }
}
