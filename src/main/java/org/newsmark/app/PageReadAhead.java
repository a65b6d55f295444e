package org.newsmark.app;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.store.AnnotatedDocuments;

/**
 * The pages of an export in order, each loaded on a thread of its own while the caller writes the
 * one before: reading the store and writing the file overlap, and no more than two pages are held.
 * A failed load is thrown by {@link #next()} as it was thrown; {@link #close()} returns once no load
 * runs any more, so the store is left alone after the export.
 */
final class PageReadAhead implements AutoCloseable {

    private final AnnotatedDocuments store;
    private final List<Long> ids;
    private final int pageSize;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsmark-export-read-ahead");
        t.setDaemon(true);
        return t;
    });
    private int nextFrom;
    private Future<List<AnnotatedDocument>> loading;

    PageReadAhead(AnnotatedDocuments store, List<Long> ids, int pageSize) {
        this.store = store;
        this.ids = ids;
        this.pageSize = pageSize;
        loading = loadNext();
    }

    boolean hasNext() {
        return loading != null;
    }

    /** The next page; the one after it starts loading. */
    List<AnnotatedDocument> next() {
        List<AnnotatedDocument> page = await(loading);
        loading = loadNext();
        return page;
    }

    private Future<List<AnnotatedDocument>> loadNext() {
        if (nextFrom >= ids.size()) {
            return null;
        }
        List<Long> page = ids.subList(nextFrom, Math.min(ids.size(), nextFrom + pageSize));
        nextFrom += page.size();
        return loader.submit(() -> store.load(page));
    }

    private static List<AnnotatedDocument> await(Future<List<AnnotatedDocument>> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (loading != null) {
            loading.cancel(false);
        }
        loader.shutdown();
        boolean interrupted = false;
        while (!loader.isTerminated()) {
            try {
                loader.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
