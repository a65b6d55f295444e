package org.newsmark.store;

/**
 * A change based on a version that is no longer the stored one: another analyst changed the same
 * thing first. Nothing of the change was stored; {@link #current()} is what is stored now, which the
 * window shows instead.
 */
public final class ConcurrentEditException extends RuntimeException {

    private final Version current;

    /** {@code what} names the thing, e.g. {@code the status of document 'a.txt'}. */
    public ConcurrentEditException(String what, Version current) {
        super(what + " was changed by " + (current.changedBy().isBlank() ? "another analyst" : current.changedBy())
                + (current.changed().isBlank() ? "" : " at " + current.changed()) + "; showing the current version");
        this.current = current;
    }

    public Version current() {
        return current;
    }
}
