package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench driven as an analyst drives it: mouse selection, hotkeys, clicks, restart. */
class WorkbenchUiTest extends SeedWindowTest {

    private String storedLabelsOf(String phrase) {
        return spansInStore().stream().filter(s -> s.textIn(text()).equals(phrase))
                .map(Span::label).findFirst().orElse("none");
    }

    private List<Span> spansInStore() {
        try (Store fresh = committed()) {
            long id = fresh.documents().ids(java.util.Optional.empty()).get(0);
            return fresh.spans().forDocument(id);
        }
    }

    /** The menus' texts line up in one column: an item without an icon started where its neighbours' icons do. */
    @Test
    void everyItemOfTheMenusHasAnIconBesideItsNeighbours() {
        List<String> bare = onFx(() -> lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()
                        .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)
                                && !(i instanceof javafx.scene.control.CheckMenuItem) && i.getGraphic() == null)
                        .map(i -> menu.getText() + " → " + i.getText()))
                .toList());
        assertThat(bare).as("items drawn without an icon (a check item has its tick)").isEmpty();
    }

    @Test
    void tagRelabelDeleteAndFindTheSpansAgainAfterARestart() throws Exception {
        assertThat(area().getText()).startsWith("South Korea's President Yoon Suk Yeol");

        selectWithMouse("Mark Rutte");
        type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();

        int rutte = area().getText().indexOf("Mark Rutte");
        assertThat(table().getItems()).hasSize(1);
        assertThat(table().getItems().get(0).label()).isEqualTo("speaker");
        assertThat(table().getSelectionModel().getSelectedItem()).isEqualTo(table().getItems().get(0));
        assertThat(classesAt(rutte)).anyMatch(c -> c.startsWith("bg-"));
        assertThat(storedLabelsOf("Mark Rutte")).isEqualTo("speaker");
        assertThat(lookup("#count-speaker").queryLabeled().getText()).isEqualTo("speaker 1");

        // the span is still selected: another hotkey relabels it
        type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(Span::label).containsExactly("place");
        assertThat(storedLabelsOf("Mark Rutte")).isEqualTo("place");

        // a selection with surrounding spaces is trimmed; a nested span stays visible
        selectWithMouse(" said South Korea will actively take \"phased measures\" in response");
        type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        String quote = "said South Korea will actively take \"phased measures\" in response";
        assertThat(storedLabelsOf(quote)).isEqualTo("quote");
        selectWithMouse("South Korea will");
        type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        int korea = area().getText().indexOf(quote) + 5;
        assertThat(classesAt(korea)).anyMatch(c -> c.startsWith("bg-")).anyMatch(c -> c.startsWith("ul-"));
        assertThat(table().getItems()).hasSize(3);

        // clicking a row selects the span in the text; Delete removes it
        clickOn(from(table()).lookup("Mark Rutte").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getSelectedText()).isEqualTo("Mark Rutte");
        // a click inside a span in the text selects that span (and its row); Delete removes it
        clickOn("South Korea will");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem().label()).isEqualTo("place");
        Bounds inRutte = onFx(() -> area().getCharacterBoundsOnScreen(rutte + 2, rutte + 3).orElseThrow());
        clickOn(new Point2D(inRutte.getCenterX(), inRutte.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem().textIn(area().getText())).isEqualTo("Mark Rutte");
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(Span::label).containsExactly("quote", "place");
        assertThat(classesAt(rutte)).isEmpty();
        assertThat(spansInStore()).hasSize(2);

        // status
        clickOn("#status-done");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<DocumentSummary> documents = lookup("#documents").queryAs(ListView.class);
        assertThat(documents.getItems().get(0).status()).isEqualTo(DocumentStatus.DONE);
        assertThat(documents.getItems().get(0).spanCount()).isEqualTo(2);

        // close the program and start it again on the same database file
        closeWindow();
        startWindow();
        assertThat(table().getItems()).extracting(Span::label).containsExactly("quote", "place");
        assertThat(classesAt(korea)).anyMatch(c -> c.startsWith("bg-")).anyMatch(c -> c.startsWith("ul-"));
        assertThat(lookup("#status-done").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
