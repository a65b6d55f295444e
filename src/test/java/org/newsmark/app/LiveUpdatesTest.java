package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.TextRange;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.store.TestDatabase;

/** A window's workspace is told what another analyst commits, in few messages, and never of its own work. */
class LiveUpdatesTest {

    private static final String TEXT = "Lee said \"yes\" in Seoul, and Kim said \"no\" in Busan.";

    private final List<ForeignChanges> told = new CopyOnWriteArrayList<>();

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10); // polling for a condition, not timing: the assertion below decides
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }

    private LiveUpdates listen(Workspace window, TaskRunner runner) throws Exception {
        LiveUpdates live = LiveUpdates.start(window, runner, Runnable::run, told::add);
        live.listening().get(5, TimeUnit.SECONDS);
        return live;
    }

    @EngineTest
    void anotherAnalystsSpanIsAChangeOfTheirLayerAndAStatusInOnesOwnOfTheList(TestDatabase db) throws Exception {
        try (Workspace window = Workspace.open(db.location(), new Annotator("me"));
             Workspace ana = Workspace.open(db.location(), new Annotator("ana"));
             TaskRunner runner = new TaskRunner()) {
            long id = WorkspaceStore.of(ana).documents().insert(Document.of("d", TEXT)).id();
            try (LiveUpdates live = listen(window, runner)) {
                ana.open(id).tag(new TextRange(0, 3), "speaker");
                await(() -> told.stream().anyMatch(c -> c.layersOf(id)));
                if (db.file().isEmpty()) {
                    assertThat(told).as("a server says whose layer").noneMatch(ForeignChanges::everyLayer)
                            .allSatisfy(c -> assertThat(c.layers()).containsOnly(id));
                }

                told.clear();
                WorkspaceStore.of(ana).layers().putStatus(id, "me", DocumentStatus.DONE);
                await(() -> told.stream().anyMatch(ForeignChanges::documents));
            }
        }
    }

    @EngineTest
    void aBurstOfCommitsIsToldInAFewMessagesAndOnesOwnCommitsNotAtAll(TestDatabase db) throws Exception {
        try (Workspace window = Workspace.open(db.location(), new Annotator("me"));
             Workspace ana = Workspace.open(db.location(), new Annotator("ana"));
             TaskRunner runner = new TaskRunner()) {
            long id = WorkspaceStore.of(ana).documents().insert(Document.of("d", TEXT)).id();
            try (LiveUpdates live = listen(window, runner)) {
                window.open(id).tag(new TextRange(0, 3), "speaker");
                window.open(id).setStatus(DocumentStatus.DONE);
                Thread.sleep(700); // nothing must come: two polls of a file and more, a server's notice in milliseconds
                assertThat(told).as("the window's own commits").isEmpty();

                long start = System.nanoTime();
                DocumentSession session = ana.open(id);
                for (int i = 0; i + 3 <= TEXT.length(); i += 3) {
                    session.tag(new TextRange(i, i + 2), "place");
                }
                long commits = TEXT.length() / 3; // each tag is committed before the next
                await(() -> told.stream().anyMatch(c -> c.layersOf(id)));
                long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
                System.out.println("LiveUpdatesTest " + db.engine() + ": " + commits + " commits in a burst told in "
                        + told.size() + " messages over " + elapsed + " ms");
                assertThat((long) told.size()).isBetween(1L, Math.min(commits - 1, elapsed / LiveUpdates.GAP.toMillis() + 1));
            }
        }
    }
}
