package org.newsmark.store.postgres;

/** A PostgreSQL address or credentials file that cannot be used, with a message that says why. */
public class PgConfigException extends RuntimeException {

    public PgConfigException(String message) {
        super(message);
    }

    public PgConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
