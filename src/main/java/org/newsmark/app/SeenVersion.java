package org.newsmark.app;

/**
 * The version of one thing (a document's status, a layer) as one session last saw it: set when the
 * session reads the store, moved on when it stores a change. Writes expect it, so a change someone
 * else made in between is refused instead of overwritten.
 */
final class SeenVersion {

    private final EditVersions versions;
    private final String thing;
    private long seen;

    SeenVersion(EditVersions versions, String thing) {
        this.versions = versions;
        this.thing = thing;
    }

    /** The session (re-)read the store and now shows this version. */
    synchronized void saw(long version) {
        seen = version;
    }

    /** What a write expects to find: what the session saw, past this workspace's own changes since. */
    synchronized long expected() {
        return versions.follow(thing, seen);
    }

    /** A write moved the thing from {@code expected} to {@code now}. */
    synchronized void stored(long expected, long now) {
        versions.moved(thing, expected, now);
        seen = now;
    }

    /** What one write expects, fixed at its first attempt: a transaction tried again expects the same. */
    Expectation forOneWrite() {
        return new Expectation();
    }

    final class Expectation {
        private java.util.OptionalLong fixed = java.util.OptionalLong.empty();

        long get() {
            if (fixed.isEmpty()) {
                fixed = java.util.OptionalLong.of(expected());
            }
            return fixed.getAsLong();
        }
    }

    /** Who the change is recorded as made by. */
    String analyst() {
        return versions.analyst();
    }
}
