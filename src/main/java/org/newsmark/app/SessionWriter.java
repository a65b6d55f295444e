package org.newsmark.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.newsmark.store.IdBlock;
import org.newsmark.store.Store;

/**
 * Commits one session's actions to the store, each in one transaction, in the order they were made.
 * Inline (the command line, app tests) it commits before returning and throws when the store
 * refuses. In the background (the window) it commits on the task runner's writer thread and tells
 * the outcome through {@code notify} (the FX thread): the screen changes at once and says
 * <em>saved</em> when the commit is done. After a refused commit the actions queued behind it are
 * not tried (they may build on it) until {@link #recover} has re-read what the store holds.
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

    record Background(Executor writer, Executor announcer) {
    }

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
        bg.writer().execute(() -> {
            if (refused) {
                committed.completeExceptionally(new IllegalStateException("not saved: an earlier change was refused"));
                return;
            }
            try {
                commit(writes);
                committed.complete(null);
                bg.announcer().execute(() -> outcome.saved(description));
            } catch (RuntimeException e) {
                refused = true;
                committed.completeExceptionally(e);
                bg.announcer().execute(() -> outcome.failed(description, e));
            }
        });
        return committed;
    }

    private void commit(List<StoreWrite> writes) {
        StoredIds.Snapshot before = ids.snapshot();
        try {
            store.inTransaction(() -> {
                writes.forEach(w -> w.applyTo(store, documentId, ids));
                return null;
            });
        } catch (RuntimeException e) {
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
        bg.writer().execute(() -> {
            try {
                T fresh = reread.get();
                ids.clear();
                refused = false;
                bg.announcer().execute(() -> done.accept(fresh));
            } catch (RuntimeException e) {
                bg.announcer().execute(() -> unreadable.accept(e));
            }
        });
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
                IdBlock block = store.reserveIds(table, size);
                bg.announcer().execute(() -> then.accept(block));
            } catch (RuntimeException e) {
                System.getLogger("newsmark").log(System.Logger.Level.WARNING, "could not reserve ids: " + e.getMessage(), e);
            }
        });
    }

    /** Waits until every action queued so far is committed (or skipped): before reading the store directly. */
    void awaitQueued() {
        background.ifPresent(bg -> CompletableFuture.runAsync(() -> { }, bg.writer()).join());
    }
}
