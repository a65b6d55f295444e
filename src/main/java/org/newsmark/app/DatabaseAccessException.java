package org.newsmark.app;

/**
 * The database cannot be opened for a reason the user can put right: a malformed address, a server
 * that cannot be reached, a refused login, a missing database, a user without the rights needed.
 * The message names the database (never its password) and the problem.
 */
public final class DatabaseAccessException extends RuntimeException {

    public DatabaseAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
