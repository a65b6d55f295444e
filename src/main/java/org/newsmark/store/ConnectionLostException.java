package org.newsmark.store;

import java.util.OptionalLong;

/**
 * The connection to the server broke (SQLSTATE class 08, or the server shutting down: 57P01–57P03):
 * nothing is wrong with the change itself, and the same work can be tried again once the server is
 * back; the store opens a new connection on its next call. Unlike every other failure, the one
 * change it names may have been committed all the same when the connection broke during the commit:
 * {@link #inDoubt()} then names the server's transaction, which {@link Store#committed(long)} can
 * settle after reconnecting.
 */
public final class ConnectionLostException extends StoreAccessException {

    private final OptionalLong inDoubt;

    public ConnectionLostException(String location, String message, Throwable cause) {
        this(location, message, cause, OptionalLong.empty());
    }

    private ConnectionLostException(String location, String message, Throwable cause, OptionalLong inDoubt) {
        super(location, message, cause);
        this.inDoubt = inDoubt;
    }

    /** The server's id of a transaction whose commit was under way when the connection broke. */
    public OptionalLong inDoubt() {
        return inDoubt;
    }

    ConnectionLostException committing(long transaction) {
        String message = getMessage().startsWith(location() + ": ")
                ? getMessage().substring(location().length() + 2) : getMessage();
        return new ConnectionLostException(location(), message, getCause(), OptionalLong.of(transaction));
    }

    /** Whether {@code failure}, or one of its causes, is a lost connection. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionLostException) {
                return true;
            }
        }
        return false;
    }
}
