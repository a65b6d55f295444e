package org.newsmark.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo stacks of one document; a new command clears redo; the history is capped. */
final class CommandHistory {

    static final int LIMIT = 1000;

    private final Deque<AnnotationCommand> undo = new ArrayDeque<>();
    private final Deque<AnnotationCommand> redo = new ArrayDeque<>();

    void done(AnnotationCommand command) {
        undo.push(command);
        redo.clear();
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
    }

    Optional<AnnotationCommand> popUndo() {
        return Optional.ofNullable(undo.poll());
    }

    Optional<AnnotationCommand> popRedo() {
        return Optional.ofNullable(redo.poll());
    }

    void undone(AnnotationCommand command) {
        redo.push(command);
    }

    void redone(AnnotationCommand command) {
        undo.push(command);
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(AnnotationCommand::description);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(AnnotationCommand::description);
    }
}
