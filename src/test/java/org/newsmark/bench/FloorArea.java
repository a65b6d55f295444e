package org.newsmark.bench;

import java.util.Collection;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The floor of a row: a bare RichTextFX area in a window of its own, as large as the article, with
 * the window's style sheets, given the same text and styles the article ends up with. What it costs
 * is what RichTextFX itself costs; the ratio to it is what the workbench adds.
 */
final class FloorArea {

    private final StyleClassedTextArea area;
    private final Stage stage;
    private final FrameClock clock;

    private FloorArea(StyleClassedTextArea area, Stage stage, FrameClock clock) {
        this.area = area;
        this.stage = stage;
        this.clock = clock;
    }

    /** A window showing a bare area of {@code width} × {@code height} with {@code like}'s style sheets. */
    static FloorArea like(Scene like, double width, double height) throws Exception {
        Object[] made = Fx.call(() -> {
            StyleClassedTextArea bare = new StyleClassedTextArea(false);
            bare.setEditable(false);
            bare.setWrapText(true);
            bare.getStyleClass().add("article");
            VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(bare);
            scroll.getStyleClass().add("article-scroll");
            Scene scene = new Scene(scroll, width, height);
            scene.getStylesheets().setAll(like.getStylesheets());
            Stage window = new Stage();
            window.setTitle("floor");
            window.setScene(scene);
            window.show();
            return new Object[] {bare, window, scene};
        });
        return new FloorArea((StyleClassedTextArea) made[0], (Stage) made[1], FrameClock.on((Scene) made[2]));
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Untimed: shows {@code text} with {@code styles}, from the top. */
    void show(String text, StyleSpans<Collection<String>> styles) throws Exception {
        clock.time(() -> {
            area.replaceText(text);
            area.setStyleSpans(0, styles);
            area.moveTo(0);
            area.showParagraphAtTop(0);
        });
    }

    /** Timed: replaces the text and sets every style, as opening an article does. */
    FrameClock.Time open(String text, StyleSpans<Collection<String>> styles) throws Exception {
        return clock.time(() -> {
            area.replaceText(text);
            area.setStyleSpans(0, styles);
        });
    }

    /** Untimed: brings {@code at} into view, as selecting the text to edit does in the article. */
    void reveal(int at) throws Exception {
        clock.time(() -> {
            area.moveTo(at);
            area.requestFollowCaret();
        });
    }

    /** Timed: one restyle of the touched range, as an edit needs at the least. */
    FrameClock.Time restyle(int from, StyleSpans<Collection<String>> styles) throws Exception {
        return clock.time(() -> area.setStyleSpans(from, styles));
    }

    /** Timed: Page Down. */
    FrameClock.Time pageDown() throws Exception {
        return clock.time(() -> Event.fireEvent(area, pageDownKey()));
    }

    static KeyEvent pageDownKey() {
        return new KeyEvent(null, null, KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN, false, false, false, false);
    }

    Scene scene() {
        return stage.getScene();
    }

    void close() throws Exception {
        Fx.run(stage::close);
    }
}
