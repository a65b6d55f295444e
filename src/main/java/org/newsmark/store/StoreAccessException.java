package org.newsmark.store;

/**
 * The database cannot be used as asked, and the user can put it right: a server that cannot be
 * reached, a refused login, a missing database, a role without the rights it needs.
 */
public sealed class StoreAccessException extends StoreException permits ConnectionLostException {

    public StoreAccessException(String location, String message, Throwable cause) {
        super(location, message, cause);
    }
}
