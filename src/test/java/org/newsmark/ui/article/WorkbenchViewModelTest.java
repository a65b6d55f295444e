package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * The view-model patches its span list and label counts from each action's delta: a tag in a
 * document of thousands of spans is one added row, an undo one removed row, never a rebuilt list.
 * Runs without a window (the list is a plain observable list).
 */
class WorkbenchViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkbenchViewModel model;
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("vm.db"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("Kim met Lee in Busan. ");
        }
        long id = WorkspaceStore.of(workspace).documents().insert(Document.of("many", text.toString())).id();
        DocumentSession session = workspace.open(id);
        List<org.newsmark.app.NewSpan> spans = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            spans.add(new org.newsmark.app.NewSpan("place", new TextRange(i * 22 + 15, i * 22 + 20), Span.MANUAL));
        }
        session.tagAll("setup", spans, List.of());
        model = new WorkbenchViewModel(workspace);
        model.open(id);
        model.spans().addListener((ListChangeListener<Span>) c -> {
            while (c.next()) {
                changes.add("+" + c.getAddedSize() + " -" + c.getRemovedSize());
            }
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aTagAddsOneRowAndItsUndoRemovesItAndTheCountsFollow() {
        DocumentSession session = model.session().orElseThrow();
        assertThat(model.countsProperty().get()).containsEntry("place", 2000);

        Span kim = session.tag(new TextRange(22, 25), "speaker").orElseThrow();

        assertThat(changes).containsExactly("+1 -0");
        assertThat(model.spans()).containsExactlyElementsOf(session.spans());
        assertThat(model.spans().indexOf(kim)).isEqualTo(1);
        assertThat(model.countsProperty().get()).containsEntry("speaker", 1).containsEntry("place", 2000);

        changes.clear();
        model.undo();
        assertThat(changes).containsExactly("+0 -1");
        assertThat(model.countsProperty().get()).containsEntry("speaker", 0);

        changes.clear();
        session.relabel(session.spans().get(5).id(), "figure");
        assertThat(changes).containsExactly("+0 -1", "+1 -0");
        assertThat(model.spans()).containsExactlyElementsOf(session.spans());
        assertThat(model.countsProperty().get()).containsEntry("figure", 1).containsEntry("place", 1999);
    }

    @Test
    void theCountsAndTheDocumentRowFollowActionsOnceThroughTheWindowsExecutor() {
        List<Runnable> queued = new ArrayList<>();
        model.followActionsThrough(queued::add);
        DocumentSession session = model.session().orElseThrow();
        long id = session.document().id();

        session.tag(new TextRange(22, 25), "speaker").orElseThrow();
        session.tag(new TextRange(0, 3), "speaker").orElseThrow();

        // the span list follows at once; the counts and the row wait for the executor, as one update
        assertThat(model.spans()).containsExactlyElementsOf(session.spans());
        assertThat(model.countsProperty().get()).containsEntry("speaker", 0).containsEntry("place", 2000);
        assertThat(rowOf(id).spanCount()).isEqualTo(2000);
        assertThat(queued).hasSize(1);

        queued.remove(0).run();
        assertThat(model.countsProperty().get()).containsEntry("speaker", 2).containsEntry("place", 2000);
        assertThat(rowOf(id).spanCount()).isEqualTo(2002);

        model.undo();
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        assertThat(model.countsProperty().get()).containsEntry("speaker", 1);
        assertThat(rowOf(id).spanCount()).isEqualTo(2001);
    }

    private org.newsmark.model.DocumentSummary rowOf(long id) {
        return model.visibleDocuments().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }
}
