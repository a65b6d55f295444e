package org.newsmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.Workspace;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench driven as an analyst drives it: mouse selection, hotkeys, clicks, restart. */
class WorkbenchUiTest extends FxRobot {

    private static final String SEED = "../shared/seed/yoon-rutte-nato-call.txt";

    @TempDir
    Path temp;

    private Path db;
    private Workspace workspace;
    private Stage stage;

    @BeforeEach
    void openSeed() throws Exception {
        db = temp.resolve("ui.db");
        try (Workspace setup = Workspace.open(db)) {
            String text = Files.readString(Path.of(SEED));
            setup.store().documents().insert(org.newsmark.model.Document.of("yoon-rutte-nato-call", text));
        }
        startWindow();
    }

    private void startWindow() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        workspace = Workspace.open(db);
        stage = FxToolkit.setupStage(s -> {
            s.close();
            new MainWindow(workspace).show(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeWindow() throws TimeoutException {
        FxToolkit.setupStage(Stage::close);
        workspace.close();
    }

    @AfterEach
    void close() throws TimeoutException {
        closeWindow();
        FxToolkit.cleanupStages();
    }

    private StyleClassedTextArea area() {
        return lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Span> table() {
        return lookup("#spans").queryAs(TableView.class);
    }

    /** Drags the mouse across the first occurrence of {@code phrase} in the article. */
    private void selectWithMouse(String phrase) {
        StyleClassedTextArea area = area();
        int start = area.getText().indexOf(phrase);
        int end = start + phrase.length();
        Bounds first = onFx(() -> area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow());
        Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo(phrase);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> classesAt(int index) {
        return List.copyOf(area().getStyleAtPosition(index + 1));
    }

    private String storedLabelsOf(String text) {
        return spansInStore().stream().filter(s -> s.textIn(area().getText()).equals(text))
                .map(Span::label).findFirst().orElse("none");
    }

    private List<Span> spansInStore() {
        try (Store fresh = Store.open(db)) {
            long id = fresh.documents().ids(java.util.Optional.empty()).get(0);
            return fresh.spans().forDocument(id);
        }
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
