package org.newsmark.app;

/** An undo or redo that could not be done: the store and the history are as they were before it. */
public final class UndoFailedException extends RuntimeException {

    UndoFailedException(String step, String description, RuntimeException cause) {
        super("Could not " + step + " " + description + ": " + reason(cause) + "; the history is kept", cause);
    }

    private static String reason(RuntimeException cause) {
        return cause.getMessage() == null || cause.getMessage().isBlank() ? "the store refused it" : cause.getMessage();
    }
}
