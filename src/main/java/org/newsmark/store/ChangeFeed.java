package org.newsmark.store;

import java.time.Duration;
import java.util.List;

/**
 * What other clients commit to one database from the moment the feed was opened ({@link Store#changes()}):
 * the store's own commits are not in it. One thread reads it; {@link #close()} may come from any.
 */
public interface ChangeFeed extends AutoCloseable {

    /**
     * Waits up to {@code wait} for another client's commit and returns what was changed since the
     * last call, each change once; empty when nothing was. Never throws for a lost connection: the
     * feed connects again on a later call and then reports {@link StoreChange#any()}, since what
     * happened meanwhile is unknown.
     */
    List<StoreChange> next(Duration wait);

    @Override
    void close();
}
