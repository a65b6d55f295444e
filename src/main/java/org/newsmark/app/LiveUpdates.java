package org.newsmark.app;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.newsmark.store.ChangeFeed;

/**
 * Tells an open window what other clients committed to its database, at most a few times a second:
 * the first change after a quiet spell at once, a burst (another analyst's import, a merge) gathered
 * into one message per {@link #GAP}. Waits on the runner's watcher thread; the window is told on
 * {@code fx} and reads what changed off that thread.
 */
public final class LiveUpdates implements AutoCloseable {

    /** The least time between two messages to the window. */
    static final Duration GAP = Duration.ofMillis(250);
    /** How long one wait for news lasts when there is nothing to tell (a closed feed ends it sooner). */
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final Workspace workspace;
    private final Executor fx;
    private final Consumer<ForeignChanges> show;
    private final CompletableFuture<Void> listening = new CompletableFuture<>();
    private volatile ChangeFeed feed;
    private volatile boolean stopped;

    private LiveUpdates(Workspace workspace, Executor fx, Consumer<ForeignChanges> show) {
        this.workspace = workspace;
        this.fx = fx;
        this.show = show;
    }

    /** Starts listening on {@code runner}'s watcher thread (the screen's thread never waits for the server). */
    public static LiveUpdates start(Workspace workspace, TaskRunner runner, Executor fx, Consumer<ForeignChanges> show) {
        LiveUpdates live = new LiveUpdates(workspace, fx, show);
        runner.watcher().execute(live::run);
        return live;
    }

    /** Done once commits made from then on are heard (tests wait for it before committing elsewhere). */
    public CompletableFuture<Void> listening() {
        return listening;
    }

    private void run() {
        try (ChangeFeed opened = workspace.store().changes()) {
            feed = opened;
            if (stopped) {
                return;
            }
            listening.complete(null);
            ForeignChanges.Gathering gathering = new ForeignChanges.Gathering(workspace.annotator().name());
            long told = System.nanoTime() - GAP.toNanos();
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                long untilNext = GAP.toNanos() - (System.nanoTime() - told);
                gathering.addAll(opened.next(gathering.isEmpty() ? IDLE : Duration.ofNanos(Math.max(1_000_000, untilNext))));
                if (!gathering.isEmpty() && System.nanoTime() - told >= GAP.toNanos()) {
                    ForeignChanges changes = gathering.take();
                    told = System.nanoTime();
                    fx.execute(() -> {
                        if (!stopped) {
                            show.accept(changes);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            listening.completeExceptionally(e);
            System.getLogger("newsmark").log(System.Logger.Level.WARNING,
                    "this window will not show what others change: " + e.getMessage(), e);
        }
    }

    /** Stops listening; returns at once (a server's listening connection closes when its wait ends). */
    @Override
    public void close() {
        stopped = true;
        ChangeFeed opened = feed;
        if (opened != null) {
            opened.close();
        }
    }
}
