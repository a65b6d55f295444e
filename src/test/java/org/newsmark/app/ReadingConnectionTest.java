package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

/**
 * In the window a document is first read on a connection of its own, so opening one never queues
 * behind a long commit on the writer's connection (an import, a corpus-wide action, a slow disk).
 */
class ReadingConnectionTest {

    private static final String TEXT = "Lee said \"40% of homes flooded\" in Seoul.";

    @TempDir
    Path temp;

    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final ExecutorService holder = Executors.newSingleThreadExecutor();
    private Workspace workspace;
    private long documentId;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("reading.db"));
        Store store = WorkspaceStore.of(workspace);
        documentId = store.documents().insert(Document.of("lee", TEXT)).id();
        workspace.open(documentId).tag(new TextRange(0, 3), "speaker");
        workspace.commitInBackground(writer, Runnable::run);
    }

    @AfterEach
    void close() throws Exception {
        holder.shutdownNow();
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        workspace.close();
    }

    @Test
    void aDocumentOpensWhileTheWritersConnectionIsHeldByALongTransaction() throws Exception {
        long second = WorkspaceStore.of(workspace).documents().insert(Document.of("kim", "Kim said \"no\" in Busan.")).id();
        Store store = WorkspaceStore.of(workspace);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> longCommit = CompletableFuture.runAsync(() -> store.inTransaction(() -> {
            holding.countDown();
            awaitQuietly(release);
            return null;
        }), holder);
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        // on the store's one connection this would wait for the release; read apart, it does not
        DocumentSession opened = CompletableFuture.supplyAsync(() -> workspace.open(second))
                .get(20, TimeUnit.SECONDS);

        assertThat(opened.document().text()).isEqualTo("Kim said \"no\" in Busan.");
        assertThat(longCommit).isNotDone();
        release.countDown();
        longCommit.get(10, TimeUnit.SECONDS);
    }

    @Test
    void whatWasCommittedBeforeTheOpeningIsWhatTheSessionShows() throws Exception {
        long other = WorkspaceStore.of(workspace).documents().insert(Document.of("kim", "Kim said \"no\" in Busan.")).id();
        try (Workspace colleague = Workspace.open(temp.resolve("reading.db"))) {
            colleague.open(other).tag(new TextRange(0, 3), "speaker");
        }

        DocumentSession opened = workspace.open(other);

        assertThat(opened.spans()).extracting(Span::range).containsExactly(new TextRange(0, 3));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
