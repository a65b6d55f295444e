package org.newsmark.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The background threads of one window, in one place: the writer (commits each annotation action
 * in order, so the thread that takes the analyst's keys never waits on the store), the reader (reads an
 * article being opened, for the same reason), the suggestion
 * worker (lowest priority: it must never compete with the thread that takes the keys), the dataset
 * worker (imports and exports, one at a time), a timer for work that waits for a pause, and the watcher
 * of other clients' commits. Made by whoever opens the
 * window and passed down, so nothing starts threads of its own and a test can see them all; closing
 * it stops them.
 */
public final class TaskRunner implements AutoCloseable {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("newsmark-writer", Thread.NORM_PRIORITY + 1));
    private final ExecutorService suggestions = Executors.newSingleThreadExecutor(daemon("newsmark-suggest", Thread.MIN_PRIORITY));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(daemon("newsmark-reader", Thread.NORM_PRIORITY));
    private final ExecutorService datasets = Executors.newSingleThreadExecutor(daemon("newsmark-datasets", Thread.NORM_PRIORITY));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("newsmark-timers", Thread.NORM_PRIORITY));
    /** Waits for other clients' commits ({@link LiveUpdates}): a thread of its own, since it mostly waits. */
    private final ExecutorService watcher = Executors.newSingleThreadExecutor(daemon("newsmark-live", Thread.NORM_PRIORITY));

    public ExecutorService writer() {
        return writer;
    }

    /** Reads an article to open it, so that the thread that takes the keys does not wait on the store. */
    public ExecutorService reader() {
        return reader;
    }

    public ExecutorService suggestions() {
        return suggestions;
    }

    public ExecutorService datasets() {
        return datasets;
    }

    public ScheduledExecutorService timers() {
        return timers;
    }

    public ExecutorService watcher() {
        return watcher;
    }

    @Override
    public void close() {
        writer.shutdown(); // queued commits still run: closing the window must not drop saved work
        try {
            writer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.shutdownNow();
        suggestions.shutdownNow();
        datasets.shutdownNow();
        timers.shutdownNow();
        watcher.shutdownNow();
    }

    private static ThreadFactory daemon(String name, int priority) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
