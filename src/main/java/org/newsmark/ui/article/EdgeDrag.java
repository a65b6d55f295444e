package org.newsmark.ui.article;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Resizing the selected span by dragging its start or end edge with the mouse. Over an edge the
 * pointer becomes a resize cursor; the drag previews the new range as the selection and commits one
 * resize (snapped to whole words) on release.
 */
final class EdgeDrag {

    private static final double GRAB = 4;

    private final StyleClassedTextArea area;
    private final WorkbenchViewModel model;
    private final NavigationViewModel navigation;
    private Optional<Boolean> draggingStart = Optional.empty();
    private Span dragged;

    EdgeDrag(StyleClassedTextArea area, WorkbenchViewModel model, NavigationViewModel navigation) {
        this.area = area;
        this.model = model;
        this.navigation = navigation;
        area.addEventFilter(MouseEvent.MOUSE_MOVED, e -> area.setCursor(edgeAt(e).isPresent() ? Cursor.H_RESIZE : Cursor.TEXT));
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** {@code true} for the start edge, {@code false} for the end edge of the selected span under the pointer. */
    private Optional<Boolean> edgeAt(MouseEvent e) {
        Optional<Span> selected = model.selectedSpan();
        if (selected.isEmpty() || e.isAltDown() || e.isShiftDown() || e.isShortcutDown()) {
            return Optional.empty();
        }
        Span span = selected.get();
        Optional<Bounds> first = area.getCharacterBoundsOnScreen(span.start(), span.start() + 1);
        Optional<Bounds> last = area.getCharacterBoundsOnScreen(span.end() - 1, span.end());
        if (first.isPresent() && near(e, first.get().getMinX(), first.get())) {
            return Optional.of(true);
        }
        if (last.isPresent() && near(e, last.get().getMaxX(), last.get())) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static boolean near(MouseEvent e, double edgeX, Bounds line) {
        return Math.abs(e.getScreenX() - edgeX) <= GRAB && e.getScreenY() >= line.getMinY() && e.getScreenY() <= line.getMaxY();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1) {
            return;
        }
        draggingStart = edgeAt(e);
        if (draggingStart.isPresent()) {
            dragged = model.selectedSpan().orElseThrow();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (draggingStart.isPresent()) {
            TextRange range = rangeFor(e);
            area.selectRange(range.start(), range.end());
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (draggingStart.isEmpty()) {
            return;
        }
        TextRange range = navigation.snap(rangeFor(e));
        draggingStart = Optional.empty();
        model.selectedSpanProperty().set(dragged);
        if (!range.isEmpty()) {
            model.resizeSelected(range);
        }
        model.selectedSpan().ifPresent(s -> area.selectRange(s.start(), s.end()));
        e.consume();
    }

    private TextRange rangeFor(MouseEvent e) {
        int index = area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (draggingStart.orElse(false)) {
            int start = Math.min(index, dragged.end() - 1);
            return new TextRange(Math.max(0, start), dragged.end());
        }
        return new TextRange(dragged.start(), Math.max(index, dragged.start() + 1));
    }
}
