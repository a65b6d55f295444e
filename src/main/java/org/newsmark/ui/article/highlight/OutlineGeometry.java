package org.newsmark.ui.article.highlight;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.newsmark.model.TextRange;

/**
 * The boxes an outline is drawn as over one paragraph: one per line that holds a visible character of
 * its range.
 *
 * <p>A text flow's range shape has a box on every line the range touches. A range that begins with the
 * space before a word the flow wraps to the next line touches the line above at its very end, and its
 * box there, over that space alone, was drawn as an empty dashed box; likewise a range ending in a space
 * the flow keeps at the end of a line. So the shape is asked for the range without its leading and
 * trailing white space, and a box less than a pixel wide (a character that takes no room, such as a
 * zero-width space where a line breaks) is left out.
 */
final class OutlineGeometry {

    /** Narrower boxes hold no visible character. */
    static final double NARROWEST = 1.0;

    /** A text flow's shape of a range of its characters, as {@link javafx.scene.text.TextFlow#rangeShape}. */
    @FunctionalInterface
    interface RangeShape {
        PathElement[] of(int start, int end);
    }

    private OutlineGeometry() {
    }

    /** The boxes for {@code range} of {@code paragraph}'s text (offsets within the paragraph), top line first. */
    static List<Bounds> lineBoxes(CharSequence paragraph, TextRange range, RangeShape shape) {
        TextRange visible = range.trimmedIn(paragraph);
        return visible.isEmpty() ? List.of() : lineBoxes(shape.of(visible.start(), visible.end()));
    }

    /** A range shape is one closed figure per line, each starting with a move: their bounding boxes, but for those narrower than a pixel. */
    static List<Bounds> lineBoxes(PathElement[] shape) {
        List<Bounds> lines = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathElement element : shape) {
            if (element instanceof MoveTo && minX != Double.MAX_VALUE) {
                add(lines, minX, minY, maxX, maxY);
                minX = minY = Double.MAX_VALUE;
                maxX = maxY = -Double.MAX_VALUE;
            }
            double x = element instanceof MoveTo m ? m.getX() : element instanceof LineTo l ? l.getX() : Double.NaN;
            double y = element instanceof MoveTo m ? m.getY() : element instanceof LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(x)) {
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }
        if (minX != Double.MAX_VALUE) {
            add(lines, minX, minY, maxX, maxY);
        }
        return lines;
    }

    private static void add(List<Bounds> lines, double minX, double minY, double maxX, double maxY) {
        if (maxX - minX >= NARROWEST) {
            lines.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        }
    }
}
