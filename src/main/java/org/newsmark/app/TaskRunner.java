package org.newsmark.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The background threads of one window, in one place: the suggestion worker (lowest priority: it
 * must never compete with the thread that takes the analyst's keys), the dataset worker (imports and
 * exports, one at a time) and a timer for work that waits for a pause. Made by whoever opens the
 * window and passed down, so nothing starts threads of its own and a test can see them all; closing
 * it stops them.
 */
public final class TaskRunner implements AutoCloseable {

    private final ExecutorService suggestions = Executors.newSingleThreadExecutor(daemon("newsmark-suggest", Thread.MIN_PRIORITY));
    private final ExecutorService datasets = Executors.newSingleThreadExecutor(daemon("newsmark-datasets", Thread.NORM_PRIORITY));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("newsmark-timers", Thread.NORM_PRIORITY));

    public ExecutorService suggestions() {
        return suggestions;
    }

    public ExecutorService datasets() {
        return datasets;
    }

    public ScheduledExecutorService timers() {
        return timers;
    }

    @Override
    public void close() {
        suggestions.shutdownNow();
        datasets.shutdownNow();
        timers.shutdownNow();
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
