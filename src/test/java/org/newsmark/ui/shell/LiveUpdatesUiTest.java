package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;
import org.newsmark.ui.article.highlight.Proposal;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window open on a database file shows what another client commits to it without any action of the
 * analyst's: new documents and statuses in the list, another annotator's spans among the layers' outlines;
 * the analyst's own layer, selection and undo history stay as they were.
 */
class LiveUpdatesUiTest extends SeedWindowTest {

    /** The loose bound of the test; the target is a second, and the measured delays are printed. */
    private static final long PATIENCE_SECONDS = 5;

    @SuppressWarnings("unchecked")
    private ListView<DocumentSummary> list() {
        return lookup("#documents").queryAs(ListView.class);
    }

    private List<DocumentSummary> rows() {
        return onFx(() -> List.copyOf(list().getItems()));
    }

    private TextRange range(String phrase) {
        int start = text().indexOf(phrase);
        return new TextRange(start, start + phrase.length());
    }

    private List<TextRange> layerOutlines() {
        return onFx(() -> {
            area().getScene().getRoot().applyCss();
            area().getScene().getRoot().layout();
            return window.layerOutlines().drawn().stream().map(Proposal::range).distinct().toList();
        });
    }

    private boolean layersMenuHas(String annotator) {
        return onFx(() -> lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-layers".equals(i.getId()))
                .map(javafx.scene.control.Menu.class::cast).flatMap(m -> m.getItems().stream())
                .anyMatch(i -> ("layer-" + annotator).equals(i.getId())));
    }

    /** Waits until {@code shown} holds, and returns how long after {@code committed} (System.nanoTime) it did. */
    private long shownAfter(long committed, java.util.concurrent.Callable<Boolean> shown) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, shown);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not shown within " + PATIENCE_SECONDS + " s; the window shows " + onFx(() -> rows()
                    + ", selected " + list().getSelectionModel().getSelectedItem() + ", open "
                    + window.model().session().map(s -> s.document().id())), e);
        }
        return (System.nanoTime() - committed) / 1_000_000;
    }

    @EngineTest
    void whatAnotherClientCommitsAppearsInTheOpenWindowWithinASecond() throws Exception {
        window.listening().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        long open = onFx(() -> window.model().session().orElseThrow().document().id());
        DocumentSession session = onFx(() -> window.model().session().orElseThrow());
        TextRange rutte = range("Mark Rutte");
        onFx(() -> {
            window.model().apply("speaker", rutte);
            return null;
        });
        workspace.awaitCommits();

        try (Workspace ana = Workspace.open(database.location(), new Annotator("ana"))) {
            Store other = WorkspaceStore.of(ana);

            long committed = System.nanoTime();
            long second = other.documents().insert(Document.of("second-article", "Kim said \"no\" in Busan.")).id();
            long added = shownAfter(committed, () -> rows().stream().anyMatch(d -> d.id() == second));

            committed = System.nanoTime();
            other.documents().setStatus(second, DocumentStatus.DONE, "ana");
            long status = shownAfter(committed, () -> rows().stream()
                    .anyMatch(d -> d.id() == second && d.status() == DocumentStatus.DONE));

            committed = System.nanoTime();
            ana.open(open).tag(range("Yoon Suk Yeol"), "speaker");
            long layer = shownAfter(committed, () -> layersMenuHas("ana"));

            clickOn("View").clickOn("Layers").clickOn("#layer-ana");
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> layerOutlines().contains(range("Yoon Suk Yeol")));
            type(javafx.scene.input.KeyCode.ESCAPE);
            committed = System.nanoTime();
            ana.open(open).tag(range("South Korea"), "place");
            long outline = shownAfter(committed, () -> layerOutlines().contains(range("South Korea")));

            System.out.printf("LiveUpdatesUiTest (%s): commit to window — new document %d ms, status %d ms,"
                    + " another's layer %d ms, its new outline %d ms%n", database.engine(), added, status, layer, outline);
        }

        assertThat(onFx(() -> list().getSelectionModel().getSelectedItem().id())).as("still selected").isEqualTo(open);
        assertThat(onFx(() -> window.model().session().orElseThrow())).as("the same session").isSameAs(session);
        assertThat(shownSpans()).as("the own layer, not ana's").containsExactly("speaker@" + rutte.start() + "-" + rutte.end());
        onFx(() -> {
            area().requestFocus();
            return null;
        });
        shortcut(javafx.scene.input.KeyCode.Z);
        assertThat(shownSpans()).as("the undo history survived the refreshes").isEmpty();
    }
}
