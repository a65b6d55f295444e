package org.newsmark.app;

import org.newsmark.model.DocumentStatus;
import org.newsmark.model.TextRange;

/** Moves the document to another status (new, in progress, done). */
final class SetStatus implements AnnotationCommand {

    private final DocumentStatus before;
    private final DocumentStatus after;

    SetStatus(DocumentStatus before, DocumentStatus after) {
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return "mark " + after.code();
    }

    @Override
    public void execute(SessionState state) {
        apply(state, after);
    }

    @Override
    public void undo(SessionState state) {
        apply(state, before);
    }

    private static void apply(SessionState state, DocumentStatus status) {
        state.store().documents().setStatus(state.documentId(), status, state.annotator());
        state.setStatus(status);
    }

    @Override
    public TextRange affected() {
        return new TextRange(0, 0);
    }
}
