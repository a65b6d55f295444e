package org.newsmark.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A failure of the store, with a message that names the database (an SQLite file, or a PostgreSQL
 * server's address without the password) and says what went wrong.
 */
public class StoreException extends RuntimeException {

    private final String location;
    private final Optional<Path> file;

    public StoreException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.location = String.valueOf(file);
        this.file = Optional.ofNullable(file);
    }

    public StoreException(Path file, String message) {
        this(file, message, null);
    }

    /** A failure of a database that is not a file (a PostgreSQL server); {@code location} is its address. */
    public StoreException(String location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
        this.file = Optional.empty();
    }

    /** The SQLite file, or null for a database on a server (see {@link #location()}). */
    public Path file() {
        return file.orElse(null);
    }

    /** The database as the message names it: a file's path or a server's address. */
    public String location() {
        return location;
    }
}
