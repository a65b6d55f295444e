package org.newsmark.app;

import org.newsmark.model.TextRange;

/**
 * One undoable annotation action. {@code execute}, {@code undo} and {@code redo} change the session's
 * mirror, which records the store writes; the session commits each call's writes as one transaction.
 */
interface AnnotationCommand {

    String description();

    void execute(SessionState state);

    void undo(SessionState state);

    default void redo(SessionState state) {
        execute(state);
    }

    /** The text the action changed the look of, for restyling only that part of the view. */
    TextRange affected();
}
