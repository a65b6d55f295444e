package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.Assignments;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentSummary;
import org.newsmark.ui.article.WorkbenchViewModel;

/** The document list shows the analyst's assigned documents once documents are assigned, and all on request. */
class AssignedDocumentsTest {

    @TempDir
    Path temp;

    @Test
    void theListShowsOnlyTheAnalystsAssignedDocumentsUntilAskedForAll() {
        Path db = temp.resolve("team.db");
        try (Workspace setup = Workspace.open(db)) {
            for (int i = 0; i < 4; i++) {
                WorkspaceStore.of(setup).documents().insert(Document.of("d" + i, "Article " + i + "."));
            }
        }
        try (Workspace bob = Workspace.open(db, new Annotator("bob"))) {
            WorkbenchViewModel model = new WorkbenchViewModel(bob);
            assertThat(model.hasAssignmentsProperty().get()).isFalse();
            assertThat(model.visibleDocuments()).hasSize(4);

            new Assignments(bob).assign(List.of("ann", "bob"), 1, Optional.empty());
            model.reloadDocuments();

            assertThat(model.hasAssignmentsProperty().get()).isTrue();
            assertThat(model.visibleDocuments()).extracting(DocumentSummary::name).containsExactly("d1", "d3");
            model.onlyAssignedProperty().set(false);
            assertThat(model.visibleDocuments()).hasSize(4);
        }
    }
}
