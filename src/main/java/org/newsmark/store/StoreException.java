package org.newsmark.store;

import java.nio.file.Path;

/** A failure of the store, with a message that names the database file and says what went wrong. */
public class StoreException extends RuntimeException {

    private final Path file;

    public StoreException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public StoreException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
