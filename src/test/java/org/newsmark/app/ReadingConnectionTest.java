package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.store.Store;
import org.newsmark.store.TestDatabase;

/**
 * In the window a document is first read on a connection of its own, so opening one never queues
 * behind a long commit on the writer's connection (an import, a corpus-wide action, a slow disk).
 */
class ReadingConnectionTest {

    private static final String TEXT = "Kim said \"no\" in Busan.";

    @EngineTest
    void aDocumentOpensWhileTheWritersConnectionIsHeldByALongTransaction(TestDatabase db) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try (Workspace workspace = Workspace.open(db.location(), new Annotator("me"))) {
            Store store = WorkspaceStore.of(workspace);
            long id = store.documents().insert(Document.of("kim", TEXT)).id();
            workspace.commitInBackground(writer, Runnable::run);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> longCommit = CompletableFuture.runAsync(() -> store.inTransaction(() -> {
                holding.countDown();
                awaitQuietly(release);
                return null;
            }), holder);
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            // on the store's one connection this would wait for the release; read apart, it does not
            DocumentSession opened = CompletableFuture.supplyAsync(() -> workspace.open(id)).get(20, TimeUnit.SECONDS);

            assertThat(opened.document().text()).isEqualTo(TEXT);
            assertThat(longCommit).isNotDone();
            release.countDown();
            longCommit.get(10, TimeUnit.SECONDS);
        } finally {
            holder.shutdownNow();
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @EngineTest
    void whatAnotherClientCommittedBeforeTheOpeningIsWhatTheSessionShows(TestDatabase db) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Workspace workspace = Workspace.open(db.location(), new Annotator("me"))) {
            long id = WorkspaceStore.of(workspace).documents().insert(Document.of("kim", TEXT)).id();
            workspace.commitInBackground(writer, Runnable::run);
            try (Workspace colleague = Workspace.open(db.location(), new Annotator("me"))) {
                colleague.open(id).tag(new TextRange(0, 3), "speaker");
            }

            DocumentSession opened = workspace.open(id);

            assertThat(opened.spans()).extracting(Span::range).containsExactly(new TextRange(0, 3));
            assertThat(workspace.documents()).singleElement().extracting(d -> d.spanCount()).isEqualTo(1);
        } finally {
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
