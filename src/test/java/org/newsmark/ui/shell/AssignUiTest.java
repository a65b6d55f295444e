package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.app.Assignments;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.ui.team.AssignViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** Team → Assign…: the window shares the documents out as {@code newsmark assign} does. */
class AssignUiTest extends SeedWindowTest {

    @EngineTest
    void assigningFromTheWindowStoresThePlanAndTheListShowsTheAnalystsDocuments() throws Exception {
        for (int i = 0; i < 3; i++) {
            WorkspaceStore.of(workspace).documents().insert(Document.of("extra-" + i, "Kim met Lee in Busan, report " + i + "."));
        }
        interact(() -> window.model().reloadDocuments());
        String me = onFx(() -> workspace.annotator().name());

        clickOn("Team");
        clickOn("Assign documents…");
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = (Button) lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).as("nothing to assign yet").isTrue();
        clickOn("#assign-annotators").write("ana, " + me);
        assertThat(ok.isDisabled()).isFalse();
        clickOn(ok);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> window.model().messageProperty().get()).startsWith("4 documents assigned"));

        List<Assignments.Row> rows = new Assignments(workspace).list();
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(Assignments.Row::annotator).containsOnly("ana", me);
        long mine = rows.stream().filter(r -> r.annotator().equals(me)).count();
        assertThat(onFx(() -> window.model().visibleDocuments().size())).as("only my documents are listed").isEqualTo((int) mine);
        type(KeyCode.ESCAPE);
    }

    @Test
    void theFormsFieldsShowTheirWholeHint() {
        clickOn("Team");
        clickOn("Assign documents…");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#assign-annotators", "#assign-overlap")) {
            javafx.scene.control.TextField field = lookup(id).queryAs(javafx.scene.control.TextField.class);
            double needed = onFx(() -> {
                javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
                prompt.setFont(field.getFont());
                return prompt.getLayoutBounds().getWidth() + field.snappedLeftInset() + field.snappedRightInset();
            });
            // "every document (or e.g. 20%)" was drawn "every document (or e.g" in a 155 px field
            assertThat(onFx(field::getWidth)).as(id + "'s hint, " + field.getPromptText()).isGreaterThanOrEqualTo(needed);
        }
        type(KeyCode.ESCAPE);
    }

    @Test
    void theFormExplainsWhatIsWrong() {
        AssignViewModel model = new AssignViewModel();
        model.annotatorsProperty().set("ana, ben");
        model.perDocumentProperty().set(3);
        assertThat(model.problemProperty().get()).contains("between 1 and 2");
        model.perDocumentProperty().set(2);
        model.overlapProperty().set("lots");
        assertThat(model.problemProperty().get()).contains("percentage");
        model.overlapProperty().set("20%");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.overlapShare()).isEqualTo(Optional.of(20.0));
        assertThat(model.names()).containsExactly("ana", "ben");
    }
}
