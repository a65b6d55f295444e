package org.newsmark.store;

import java.time.Duration;
import java.util.List;

/**
 * Other connections' commits to an SQLite file: SQLite has no notifications, but {@code PRAGMA
 * data_version} on the store's own connection changes exactly when another connection committed
 * (never for its own commits), so it is read every {@link #POLL}; one read is a few microseconds.
 * What changed is not known: every commit is {@link StoreChange#any()}.
 */
final class SqliteChangeFeed implements ChangeFeed {

    static final Duration POLL = Duration.ofMillis(250);

    private final Store store;
    private final Object wake = new Object();
    private long seen;
    private volatile boolean closed;

    SqliteChangeFeed(Store store) {
        this.store = store;
        this.seen = store.read(store::dataVersion);
    }

    @Override
    public List<StoreChange> next(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!closed) {
            try {
                long version = store.read(store::dataVersion);
                if (version != seen) {
                    seen = version;
                    return List.of(StoreChange.any());
                }
            } catch (StoreException e) {
                // busy or closed under us: asked again at the next poll, or the reader closes the feed
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !pause(Math.min(left, POLL.toNanos()))) {
                break;
            }
        }
        return List.of();
    }

    /** Waits, or less when closed or interrupted; false when the wait should end. */
    private boolean pause(long nanos) {
        synchronized (wake) {
            try {
                if (!closed) {
                    wake.wait(Math.max(1, nanos / 1_000_000));
                }
                return !closed;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void close() {
        synchronized (wake) {
            closed = true;
            wake.notifyAll();
        }
    }
}
