package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

/**
 * Closing the window's threads while the writer is still busy: every action already queued is
 * stored, however long the writer takes, and closing says how many commits it is still waiting for.
 */
class ClosingKeepsQueuedWorkTest {

    @TempDir
    Path temp;

    @Test
    void closingWaitsForEveryQueuedActionAndSaysHowManyAreLeft() throws Exception {
        Path db = temp.resolve("close.db");
        long id;
        try (Workspace setup = Workspace.open(db)) {
            id = WorkspaceStore.of(setup).documents().insert(Document.of("d", "Kim met Lee in Busan.")).id();
        }
        // a few milliseconds of quiet, so that the slow writer below outlasts it many times over
        TaskRunner runner = new TaskRunner(Duration.ofMillis(20));
        CountDownLatch slowServer = new CountDownLatch(1);
        BlockingQueue<Integer> told = new LinkedBlockingQueue<>();
        try (Workspace window = Workspace.open(db, new Annotator("me"))) {
            window.commitInBackground(runner.writer(), Runnable::run);
            DocumentSession session = window.open(id);
            runner.writer().execute(() -> {
                try {
                    slowServer.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            session.tag(new TextRange(0, 3), "speaker");
            session.tag(new TextRange(15, 20), "place");

            Thread closing = new Thread(() -> runner.close(told::add));
            closing.start();
            int left = told.poll(20, TimeUnit.SECONDS);
            assertThat(left).as("the held commit and the two queued actions").isGreaterThanOrEqualTo(3);
            assertThat(closing.isAlive()).as("closing waits for them").isTrue();

            slowServer.countDown();
            closing.join(TimeUnit.SECONDS.toMillis(20));
            assertThat(closing.isAlive()).isFalse();
        }
        try (Store fresh = Store.openReadOnly(db)) {
            assertThat(fresh.spans().forDocument(id, "me")).extracting(s -> s.label() + "@" + s.start() + "-" + s.end())
                    .containsExactly("speaker@0-3", "place@15-20");
        }
    }
}
