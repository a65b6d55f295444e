package org.newsmark.ui.article.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An outline whose range begins with the space before a word the text wraps to the next line: the
 * flow's range shape has a box over that space at the end of the line above, which was drawn as an
 * empty dashed box there. Measured in real text flows laid out in a window.
 */
class OutlineGeometryUiTest extends FxRobot {

    private static final String TEXT =
            "The talks between the two sides stalled after North Korea fired a missile over the sea on Tuesday.";
    private static final int NORTH = TEXT.indexOf("North Korea");
    private static final int KOREA_END = NORTH + "North Korea".length();
    /** "North Korea" drawn with the space before it. */
    private static final TextRange WITH_SPACE = new TextRange(NORTH - 1, KOREA_END);

    private Stage stage;

    /** A window of its own: the primary stage keeps the size the other tests' windows expect. */
    @BeforeEach
    void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = onFx(Stage::new);
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aRangeFromTheSpaceBeforeAWrappedWordHasNoBoxOnTheLineAbove() throws Exception {
        TextFlow flow = onFx(() -> {
            // pieces as the article's paragraphs have them: the styled name in a text of its own
            TextFlow f = new TextFlow(new Text(TEXT.substring(0, NORTH)), new Text(TEXT.substring(NORTH, KOREA_END)),
                    new Text(TEXT.substring(KOREA_END)));
            stage.setScene(new Scene(new Pane(f), 800, 300));
            stage.show();
            wrapBefore(f, NORTH);
            return f;
        });
        double northTop = onFx(() -> top(flow.rangeShape(NORTH, NORTH + 1)));
        // the input as the flow gives it: a box over the space, at the end of the line above
        List<Bounds> whole = onFx(() -> OutlineGeometry.lineBoxes(flow.rangeShape(WITH_SPACE.start(), WITH_SPACE.end())));
        assertThat(whole).hasSize(2);
        assertThat(whole.get(0).getMinY()).isLessThan(northTop);

        List<Bounds> drawn = onFx(() -> OutlineGeometry.lineBoxes(TEXT, WITH_SPACE, flow::rangeShape));
        assertThat(drawn).hasSize(1);
        assertThat(drawn.get(0).getMinY()).isEqualTo(northTop);
        assertThat(drawn.get(0).getMinX()).isZero();
    }

    @Test
    void theOverlayDrawsOneBoxForANameThatStartsAWrappedLineWithTheSpaceBeforeIt() throws Exception {
        Proposal after = new Proposal(new TextRange(NORTH - "after ".length(), NORTH - 1), "place");
        Proposal name = new Proposal(new TextRange(NORTH, KOREA_END), "place");
        Proposal withSpace = new Proposal(WITH_SPACE, "place");
        StyleClassedTextArea area = new StyleClassedTextArea();
        OutlineOverlay overlay = onFx(() -> {
            area.replaceText(TEXT);
            area.setWrapText(true);
            OutlineOverlay o = new OutlineOverlay(area);
            o.show(region -> List.of(after, name, withSpace), label -> Optional.of(Color.RED));
            StackPane box = new StackPane(area, o);
            box.setId("box");
            stage.setScene(new Scene(new Pane(box), 800, 300));
            stage.show();
            return o;
        });
        // measured in the same FX call as the width is set: a pulse in between lays the box out at its own size again
        Optional<WrappedBoxes> found = Optional.empty();
        for (double width = 700; width > 150 && found.isEmpty(); width -= 1) {
            double w = width;
            found = onFx(() -> {
                // the box sized by hand, whatever the window's size: the area wraps at its width
                javafx.scene.Parent box = (javafx.scene.Parent) stage.getScene().lookup("#box");
                box.resize(w, 300);
                box.applyCss();
                box.layout();
                box.layout();
                List<Bounds> before = overlay.boxesOf(after);
                List<Bounds> word = overlay.boxesOf(name);
                boolean wraps = before.size() == 1 && word.size() == 1 && word.get(0).getMinY() > before.get(0).getMaxY() - 1
                        && word.get(0).getMinX() < before.get(0).getMinX();
                return wraps ? Optional.of(new WrappedBoxes(overlay.boxesOf(withSpace), word.get(0))) : Optional.<WrappedBoxes>empty();
            });
        }
        assertThat(found).as("a width at which \"North\" starts the second line").isPresent();
        List<Bounds> boxes = found.get().withSpace();
        Bounds word = found.get().name();
        assertThat(boxes).as("no box over the space at the end of the line above").hasSize(1);
        // the name inside the longer outline is drawn inset: the two share the line's middle
        assertThat(boxes.get(0).getCenterY()).isEqualTo(word.getCenterY());
    }

    private record WrappedBoxes(List<Bounds> withSpace, Bounds name) {
    }

    /** The overlay asks for the outlines of each paragraph; one that misses a paragraph has nothing there (it used to throw). */
    @Test
    void anOutlineGivenForAParagraphItMissesDrawsNothingThere() throws Exception {
        Proposal second = new Proposal(new TextRange(8, 14), "place");
        OutlineOverlay overlay = onFx(() -> {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.replaceText("First.\nSecond.");
            OutlineOverlay o = new OutlineOverlay(area);
            o.show(region -> List.of(second), label -> Optional.of(Color.RED));
            StackPane box = new StackPane(area, o);
            stage.setScene(new Scene(box, 400, 200));
            stage.show();
            box.applyCss();
            box.layout();
            box.layout();
            return o;
        });
        assertThat(onFx(() -> overlay.boxesOf(second))).hasSize(1);
    }

    @Test
    void aBoxThatTakesNoRoomIsLeftOut() {
        // a zero-width figure at the end of the line above (a character that takes no room), then the word
        PathElement[] shape = {
                new MoveTo(297.146484375, 0), new LineTo(297.146484375, 0), new LineTo(297.146484375, 15.1328125),
                new LineTo(297.146484375, 15.1328125), new LineTo(297.146484375, 0),
                new MoveTo(0, 15.1328125), new LineTo(78.279296875, 15.1328125), new LineTo(78.279296875, 30.265625),
                new LineTo(0, 30.265625), new LineTo(0, 15.1328125)};
        assertThat(OutlineGeometry.lineBoxes(shape)).singleElement()
                .satisfies(b -> assertThat(b.getMinY()).isEqualTo(15.1328125));
    }

    @Test
    void aRangeOfWhiteSpaceOnlyHasNoBox() {
        assertThat(OutlineGeometry.lineBoxes("a   b", new TextRange(1, 4), (s, e) -> {
            throw new AssertionError("not measured");
        })).isEmpty();
    }

    /** Narrows the flow until the character at {@code index} starts a line. */
    private static void wrapBefore(TextFlow flow, int index) {
        for (double width = 600; width > 50; width -= 1) {
            flow.setMinWidth(width);
            flow.setPrefWidth(width);
            flow.setMaxWidth(width);
            flow.resize(width, flow.prefHeight(width));
            flow.layout();
            if (((MoveTo) flow.caretShape(index, true)[0]).getX() < 1 && index > 0
                    && top(flow.rangeShape(index - 2, index - 1)) < top(flow.rangeShape(index, index + 1))) {
                return;
            }
        }
        throw new AssertionError("no width wraps before " + index);
    }

    private static double top(PathElement[] shape) {
        return OutlineGeometry.lineBoxes(shape).get(0).getMinY();
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
