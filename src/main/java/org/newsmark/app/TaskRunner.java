package org.newsmark.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;

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

    /** A pool of its own kind so that closing can say how many commits are left. */
    private final java.util.concurrent.ThreadPoolExecutor writer = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0,
            java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
            daemon("newsmark-writer", Thread.NORM_PRIORITY + 1));
    private final ExecutorService suggestions = Executors.newSingleThreadExecutor(background("newsmark-suggest"));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(daemon("newsmark-reader", Thread.NORM_PRIORITY));
    private final ExecutorService datasets = Executors.newSingleThreadExecutor(daemon("newsmark-datasets", Thread.NORM_PRIORITY));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("newsmark-timers", Thread.NORM_PRIORITY));
    /** Waits for other clients' commits ({@link LiveUpdates}): a thread of its own, since it mostly waits. */
    private final ExecutorService watcher = Executors.newSingleThreadExecutor(daemon("newsmark-live", Thread.NORM_PRIORITY));

    /** How long closing waits before it says what it still saves, and then between two sayings. */
    private final java.time.Duration quiet;

    public TaskRunner() {
        this(java.time.Duration.ofSeconds(2));
    }

    /** {@code quiet}: how long closing waits for the writer before it tells what is left ({@link #close(IntConsumer)}). */
    public TaskRunner(java.time.Duration quiet) {
        this.quiet = quiet;
    }

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

    /** {@link #close(IntConsumer)}, the commits still to make told to the log. */
    @Override
    public void close() {
        close(left -> System.getLogger("newsmark").log(System.Logger.Level.WARNING,
                "closing: " + left + " change(s) still being saved; Newsmark exits once they are"));
    }

    /**
     * Stops the threads once every commit handed to the writer is made, however long that takes:
     * closing never drops work the window took as queued (only {@code writer().shutdownNow()}, the
     * analyst's choice to leave without it, does). While the writer is still busy after each quiet
     * spell, {@code stillSaving} hears how many commits are left.
     */
    public void close(IntConsumer stillSaving) {
        writer.shutdown(); // queued commits still run
        boolean interrupted = false;
        while (!writer.isTerminated()) {
            try {
                if (!writer.awaitTermination(quiet.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    int left = writer.getQueue().size() + writer.getActiveCount();
                    if (left > 0) {
                        stillSaving.accept(left);
                    }
                }
            } catch (InterruptedException e) {
                interrupted = true; // an interrupt does not make the queued commits any less owed
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        reader.shutdownNow();
        suggestions.shutdownNow();
        datasets.shutdownNow();
        timers.shutdownNow();
        watcher.shutdownNow();
    }

    /** A daemon at the operating system's lowest priority (Java's own priority is ignored on Linux). */
    private static ThreadFactory background(String name) {
        ThreadFactory plain = daemon(name, Thread.MIN_PRIORITY);
        return work -> plain.newThread(() -> {
            BackgroundPriority.lowerCurrentThread(BackgroundPriority.NICE);
            work.run();
        });
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
