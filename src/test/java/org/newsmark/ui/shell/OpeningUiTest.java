package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentSummary;
import org.newsmark.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an article the window has not shown before reads it off the FX thread (issue 11). The
 * tests hold the store, both the writer's connection and the one documents are read on (every call
 * on a connection is serialised on it), while the analyst switches documents:
 * the FX thread must go on taking keys, and a store call on it would hang there until released.
 */
class OpeningUiTest extends SeedWindowTest {

    private long seed;
    private final List<Long> others = new java.util.ArrayList<>();

    @BeforeEach
    void moreDocuments() throws Exception {
        closeWindow();
        try (Workspace setup = Workspace.open(db)) {
            Store store = WorkspaceStore.of(setup);
            seed = store.documents().ids(java.util.Optional.empty()).get(0);
            for (String name : List.of("second", "third", "fourth")) {
                others.add(store.documents().insert(Document.of(name, "The " + name + " article: Ana Silva said so in Lisbon.")).id());
            }
        }
        startWindow();
        assertThat(onFx(() -> window.model().session().orElseThrow().document().id())).isEqualTo(seed);
    }

    /**
     * Runs {@code steps} while another thread holds the store; it lets go after 20 s at the latest, so
     * that a FX thread stuck on the store makes the test fail rather than hang.
     */
    private void whileTheStoreIsHeld(ThrowingRunnable steps) throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (WorkspaceStore.of(workspace)) {
                synchronized (WorkspaceStore.reading(workspace)) {
                    held.countDown();
                    try {
                        done.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, "holds-the-store");
        holder.start();
        held.await();
        try {
            steps.run();
        } finally {
            done.countDown();
            holder.join();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void theFxThreadOpensAnArticleWhileTheStoreIsHeld() throws Exception {
        long next = others.get(0);
        whileTheStoreIsHeld(() -> {
            // would time out if opening asked the store on the FX thread
            WaitForAsyncUtils.asyncFx(() -> window.model().open(next)).get(10, TimeUnit.SECONDS);
            assertThat(onFx(() -> window.model().openingProperty().get().map(DocumentSummary::id))).contains(next);
            assertThat(text()).startsWith("South Korea"); // the article on screen stays until the next one arrives
        });
        shown();
        assertThat(text()).isEqualTo("The second article: Ana Silva said so in Lisbon.");
        assertThat(onFx(() -> lookup("#documents").queryListView().getSelectionModel().getSelectedItem()))
                .extracting(d -> ((DocumentSummary) d).id()).isEqualTo(next);
    }

    @Test
    void switchingQuicklyShowsOnlyTheLastDocumentAskedFor() throws Exception {
        List<Long> shownIds = new CopyOnWriteArrayList<>();
        interact(() -> window.model().sessionProperty().addListener((o, a, now) -> shownIds.add(now.document().id())));
        interact(() -> area().requestFocus());
        // the next article is read ahead while the analyst pauses and shows at once; the two after it are not
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.openSessionIfAny(others.get(0)).isPresent());
        whileTheStoreIsHeld(() -> {
            shortcut(KeyCode.PAGE_DOWN);
            shortcut(KeyCode.PAGE_DOWN);
            shortcut(KeyCode.PAGE_DOWN);
            // each step goes from the document on its way, not from the one still on screen
            assertThat(onFx(() -> window.model().requestedDocument())).isEqualTo(others.get(2));
            assertThat(text()).startsWith("The second article");
        });
        shown();
        assertThat(text()).startsWith("The fourth article");
        assertThat(shownIds).containsExactly(others.get(0), others.get(2));
        // the list follows: one more step goes back to the third document
        shortcut(KeyCode.PAGE_UP);
        shown();
        assertThat(text()).startsWith("The third article");
    }

    @Test
    void aKeyPressedBeforeTheArticleArrivesActsOnNeitherAndSaysSo() throws Exception {
        // the next article is read ahead while the analyst pauses, and shows at once; the one after it is
        // not, and cannot be read while the store is held
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.openSessionIfAny(others.get(0)).isPresent());
        interact(() -> area().requestFocus());
        whileTheStoreIsHeld(() -> {
            shortcut(KeyCode.PAGE_DOWN);
            assertThat(text()).startsWith("The second article");
            interact(() -> area().selectRange(4, 10)); // "second"
            shortcut(KeyCode.PAGE_DOWN);
            keys(KeyCode.DIGIT1); // speaker's key: meant for the article on screen, or for the article on its way?
            assertThat(onFx(() -> window.model().messageProperty().get()))
                    .contains("Opening “The third article").contains("not applied");
            assertThat(onFx(() -> window.model().session().orElseThrow().spans())).isEmpty();
        });
        shown();
        assertThat(text()).startsWith("The third article");
        assertThat(onFx(() -> window.model().session().orElseThrow().spans())).isEmpty();
        assertThat(workspace.openSessionIfAny(seed).orElseThrow().spans()).isEmpty();
        // once it shows, keys act on it
        int ana = text().indexOf("Ana Silva");
        interact(() -> area().selectRange(ana, ana + "Ana Silva".length()));
        keys(KeyCode.DIGIT1);
        assertThat(shownSpans()).containsExactly("speaker@" + ana + "-" + (ana + "Ana Silva".length()));
    }

    @Test
    void theListIsReadAgainAfterAnImportWithoutTheFxThreadWaitingOnTheStore() throws Exception {
        long[] added = new long[1];
        whileTheStoreIsHeld(() -> {
            // imported while the window's store is held, so that its change feed cannot read the list back first
            try (Workspace elsewhere = Workspace.open(db)) {
                added[0] = WorkspaceStore.of(elsewhere).documents().insert(Document.of("fifth", "The fifth article.")).id();
            }
            // would time out if the list were read on the FX thread
            WaitForAsyncUtils.asyncFx(() -> window.model().reloadDocuments()).get(10, TimeUnit.SECONDS);
            assertThat(onFx(() -> window.model().visibleDocuments().stream().map(DocumentSummary::id).toList()))
                    .doesNotContain(added[0]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() ->
                window.model().visibleDocuments().stream().anyMatch(d -> d.id() == added[0])));
        assertThat(onFx(() -> window.model().session().orElseThrow().document().id())).isEqualTo(seed);
    }
}
