package org.newsmark.app;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.newsmark.store.ConnectionLostException;
import org.newsmark.store.IdBlock;
import org.newsmark.store.Store;

/**
 * Commits one session's actions to the store, each in one transaction, in the order they were made.
 * Inline (the command line, app tests) it commits before returning and throws when the store
 * refuses. In the background (the window) it commits on the task runner's writer thread and tells
 * the outcome through {@code notify} (the FX thread): the screen changes at once and says
 * <em>saved</em> when the commit is done. After a refused commit the actions queued behind it are
 * not tried (they may build on it) until {@link #recover} has re-read what the store holds.
 * A lost connection to a server is not a refusal: the writer keeps the action and those behind it
 * queued, says so through {@link SavingStatus}, and tries again with growing pauses until the server
 * is back, then commits them in order. A commit whose connection broke while the server was
 * committing it is not tried again before the server has said it did not commit.
 */
final class SessionWriter {

    /** What became of an action: committed, or refused with the store's reason. */
    interface Outcome {
        void saved(String description);

        void failed(String description, RuntimeException cause);
    }

    private final Store store;
    private final long documentId;
    private final Optional<Background> background;
    private final StoredIds ids = new StoredIds();
    /** Set on the writer thread when a commit failed; later actions are skipped until a recovery. */
    private boolean refused;
    /** Writer thread: the server transaction of the last attempt, when the connection broke while it committed. */
    private OptionalLong inDoubt = OptionalLong.empty();
    /** Writer thread: the ids as that attempt left them, kept if the server did commit it. */
    private StoredIds.Snapshot attempted;

    record Background(Executor writer, Executor announcer, SavingStatus status) {
    }

    /** The longest pause between two tries to reach a lost server. */
    static final long MAX_PAUSE_MILLIS = 3_000;

    private SessionWriter(Store store, long documentId, Optional<Background> background) {
        this.store = store;
        this.documentId = documentId;
        this.background = background;
    }

    static SessionWriter inline(Store store, long documentId) {
        return new SessionWriter(store, documentId, Optional.empty());
    }

    static SessionWriter inBackground(Store store, long documentId, Background background) {
        return new SessionWriter(store, documentId, Optional.of(background));
    }

    boolean isInline() {
        return background.isEmpty();
    }

    /**
     * Commits (or queues) one action's writes; an inline commit that fails throws, changing nothing.
     * The future completes once the writes are committed, or exceptionally when they were not.
     */
    CompletableFuture<Void> submit(String description, List<StoreWrite> writes, Outcome outcome) {
        if (writes.isEmpty()) {
            outcome.saved(description);
            return CompletableFuture.completedFuture(null);
        }
        if (background.isEmpty()) {
            commit(writes);
            outcome.saved(description);
            return CompletableFuture.completedFuture(null);
        }
        Background bg = background.get();
        CompletableFuture<Void> committed = new CompletableFuture<>();
        bg.status().queued();
        try {
            bg.writer().execute(() -> {
                try {
                    commitInTurn(description, writes, outcome, bg, committed);
                } finally {
                    bg.status().settled();
                }
            });
        } catch (RuntimeException e) {
            bg.status().settled();
            throw e;
        }
        return committed;
    }

    private void commitInTurn(String description, List<StoreWrite> writes, Outcome outcome, Background bg,
                              CompletableFuture<Void> committed) {
        if (refused) {
            committed.completeExceptionally(new IllegalStateException("not saved: an earlier change was refused"));
            return;
        }
        try {
            patiently(() -> commitOnce(writes), bg.status());
            committed.complete(null);
            bg.announcer().execute(() -> outcome.saved(description));
        } catch (RuntimeException e) {
            refused = true;
            committed.completeExceptionally(e);
            if (!Thread.currentThread().isInterrupted()) { // else the window is closing without these actions
                bg.announcer().execute(() -> outcome.failed(description, e));
            }
        }
    }

    /**
     * One try at committing {@code writes}: true once they are in the store, empty when the server
     * cannot yet tell whether an earlier try committed them.
     */
    private Optional<Boolean> commitOnce(List<StoreWrite> writes) {
        if (inDoubt.isPresent()) {
            Optional<Boolean> done = store.committed(inDoubt.getAsLong());
            if (done.isEmpty()) {
                return Optional.empty();
            }
            inDoubt = OptionalLong.empty();
            if (done.get()) {
                ids.restore(attempted);
                return Optional.of(true);
            }
        }
        commit(writes);
        return Optional.of(true);
    }

    /**
     * Runs {@code attempt} on the writer thread until it gives a result; while the connection is lost
     * (or the attempt cannot tell yet) it pauses, longer each time up to {@link #MAX_PAUSE_MILLIS}, and
     * tries again. Any other failure is thrown; so is the pause's interruption (the window closed).
     */
    private <T> T patiently(java.util.function.Supplier<Optional<T>> attempt, SavingStatus status) {
        for (int tries = 0; ; tries++) {
            try {
                Optional<T> result = attempt.get();
                if (result.isPresent()) {
                    status.restored();
                    return result.get();
                }
            } catch (ConnectionLostException e) {
                status.lost(e.location(), e.getMessage());
            }
            try {
                Thread.sleep(Math.min(MAX_PAUSE_MILLIS, 100L << Math.min(tries, 8)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("not saved: stopped waiting for the database to come back", e);
            }
        }
    }

    private void commit(List<StoreWrite> writes) {
        StoredIds.Snapshot before = ids.snapshot();
        try {
            store.inTransaction(() -> {
                writes.forEach(w -> w.applyTo(store, documentId, ids));
                return null;
            });
        } catch (RuntimeException e) {
            if (e instanceof ConnectionLostException lost && lost.inDoubt().isPresent()) {
                inDoubt = lost.inDoubt();
                attempted = ids.snapshot();
            }
            ids.restore(before);
            throw e;
        }
    }

    /**
     * After a refusal: once the skipped actions have passed, forgets the ids and hands {@code reread}'s
     * view of the store to {@code done} on the notify thread; new actions commit again after that.
     */
    <T> void recover(java.util.function.Supplier<T> reread, Consumer<T> done, Consumer<RuntimeException> unreadable) {
        Background bg = background.orElseThrow();
        try {
            bg.writer().execute(() -> {
                try {
                    T fresh = patiently(() -> Optional.of(reread.get()), bg.status());
                    ids.clear();
                    refused = false;
                    bg.announcer().execute(() -> done.accept(fresh));
                } catch (RuntimeException e) {
                    bg.announcer().execute(() -> unreadable.accept(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the window closed meanwhile: there is no screen left to re-read for
        }
    }

    /** Reserves ids of {@code table} for the mirror: at once inline, else on the writer thread, handing them over on the notify thread. */
    void reserve(String table, int size, Consumer<IdBlock> then) {
        if (background.isEmpty()) {
            then.accept(store.reserveIds(table, size));
            return;
        }
        Background bg = background.get();
        bg.writer().execute(() -> {
            try {
                IdBlock block = patiently(() -> Optional.of(store.reserveIds(table, size)), bg.status());
                bg.announcer().execute(() -> then.accept(block));
            } catch (RuntimeException e) {
                System.getLogger("newsmark").log(System.Logger.Level.WARNING, "could not reserve ids: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Waits until every action queued so far is committed (or skipped): before reading the store
     * directly. While the writer waits for a lost server it does not wait (that could take for ever on
     * the thread that takes the keys) but throws a {@link ConnectionLostException}.
     */
    void awaitQueued() {
        background.ifPresent(bg -> {
            SavingStatus.Snapshot now = bg.status().now();
            if (now.reconnecting()) {
                throw new ConnectionLostException(now.lost().orElseThrow(), "the connection is lost and "
                        + now.unsaved() + " change(s) wait to be saved; try again once they are", null);
            }
            CompletableFuture.runAsync(() -> { }, bg.writer()).join();
        });
    }
}
