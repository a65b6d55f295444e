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

    /** Forgets every action, when the mirror was re-read and the commands no longer match it. */
    void clear() {
        undo.clear();
        redo.clear();
    }

    /** Both stacks as they are now, to go back to when an action is refused after it was shown. */
    Snapshot snapshot() {
        return new Snapshot(java.util.List.copyOf(undo), java.util.List.copyOf(redo));
    }

    /** Back to {@code snapshot}: the actions since (refused, or skipped behind a refused one) are forgotten. */
    void restore(Snapshot snapshot) {
        undo.clear();
        undo.addAll(snapshot.undo());
        redo.clear();
        redo.addAll(snapshot.redo());
    }

    record Snapshot(java.util.List<AnnotationCommand> undo, java.util.List<AnnotationCommand> redo) {
    }

    /** The command undo would take; it stays on the stack until {@link #undone()}, so a failed undo loses nothing. */
    Optional<AnnotationCommand> nextUndoCommand() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<AnnotationCommand> nextRedoCommand() {
        return Optional.ofNullable(redo.peek());
    }

    /** The next undo succeeded: it moves to the redo stack. */
    void undone() {
        redo.push(undo.pop());
    }

    /** The next redo succeeded: it moves back to the undo stack. */
    void redone() {
        undo.push(redo.pop());
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(AnnotationCommand::description);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(AnnotationCommand::description);
    }
}
