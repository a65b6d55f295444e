package org.newsmark.app;

import org.newsmark.model.TextRange;

/**
 * One undoable annotation action. {@code execute}, {@code undo} and {@code redo} each write one
 * store transaction (they may be joined into a larger one by a composite) and then update the
 * in-memory mirror.
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
