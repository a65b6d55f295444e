package org.newsmark.app;

import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.TextRange;

/** Moves the document to another status (new, in progress, done). */
final class SetStatus implements AnnotationCommand {

    private final DocumentStatus before;
    private final DocumentStatus after;
    private final String description;

    /** Moves {@code document} from the status it has to {@code after}. */
    SetStatus(Document document, DocumentStatus after) {
        this.before = document.status();
        this.after = after;
        this.description = ActionWording.mark(document, after);
    }

    @Override
    public String description() {
        return description;
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
        state.changeStatus(status);
    }

    @Override
    public TextRange affected() {
        return new TextRange(0, 0);
    }
}
