package org.newsmark.ui.highlight;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;
import org.fxmisc.richtext.GenericStyledArea;
import org.newsmark.model.TextRange;

/**
 * Suggestions drawn over the article as dashed outlines, one box per line of text they cover, for the
 * paragraphs on screen only. Drawn apart from the text's styles, an outline neither cuts the text into
 * styled pieces (opening an article costs nothing per outline) nor is cut by the spans and other
 * outlines inside it, and a change of suggestions redraws a few shapes instead of restyling text.
 * The overlay lies over the area, takes no input and is redrawn whenever the area scrolls, wraps or
 * shows other paragraphs.
 */
public final class OutlineOverlay extends Pane {

    public static final String STYLE_CLASS = "outline-overlay";
    private static final double STROKE_WIDTH = 1.5;
    private static final List<Double> DASHES = List.of(4.0, 3.0);
    /** RichTextFX keeps its paragraph node package-private; its text flow tells which paragraph it shows. */
    private static final Optional<Method> PARAGRAPH_OF_TEXT = paragraphAccessor();

    private final GenericStyledArea<?, ?, ?> area;
    private Function<TextRange, List<Proposal>> outlinesIn = region -> List.of();
    private Function<String, Optional<Paint>> strokeOf = label -> Optional.empty();
    private final List<Proposal> drawn = new ArrayList<>();

    public OutlineOverlay(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
        setMouseTransparent(true);
        setFocusTraversable(false);
        getStyleClass().add(STYLE_CLASS);
        InvalidationListener redraw = o -> requestLayout();
        area.estimatedScrollYProperty().addListener(redraw);
        area.estimatedScrollXProperty().addListener(redraw);
        area.widthProperty().addListener(redraw);
        area.heightProperty().addListener(redraw);
        area.getVisibleParagraphs().addListener(redraw);
    }

    /**
     * What to outline: {@code outlinesIn} gives the outlines overlapping a range of the text (empty
     * while suggestions are hidden), {@code strokeOf} the colour of a label (empty: not drawn).
     */
    public void show(Function<TextRange, List<Proposal>> outlinesIn, Function<String, Optional<Paint>> strokeOf) {
        this.outlinesIn = outlinesIn;
        this.strokeOf = strokeOf;
        requestLayout();
    }

    /** The outlines drawn in the last layout, in drawing order; an outline over several paragraphs is listed once per paragraph. */
    public List<Proposal> drawn() {
        return List.copyOf(drawn);
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        drawn.clear();
        if (area.getScene() == null || PARAGRAPH_OF_TEXT.isEmpty()) {
            return;
        }
        Transform sceneToOverlay;
        try {
            sceneToOverlay = getLocalToSceneTransform().createInverse();
        } catch (NonInvertibleTransformException e) {
            return;
        }
        Map<Object, Integer> shownParagraphs = new IdentityHashMap<>();
        List<?> visible = area.getVisibleParagraphs();
        for (int i = 0; i < visible.size(); i++) {
            shownParagraphs.put(visible.get(i), area.visibleParToAllParIndex(i));
        }
        for (Node node : area.lookupAll(".paragraph-text")) {
            Integer paragraph = node instanceof TextFlow && node.isVisible() ? shownParagraphs.get(paragraphOf(node)) : null;
            if (paragraph != null) {
                outline((TextFlow) node, paragraph, sceneToOverlay.createConcatenation(node.getLocalToSceneTransform()));
            }
        }
        Bounds viewport = sceneToLocal(area.localToScene(area.getLayoutBounds()));
        setClip(new Rectangle(viewport.getMinX(), viewport.getMinY(), viewport.getWidth(), viewport.getHeight()));
    }

    private void outline(TextFlow flow, int paragraph, Transform flowToOverlay) {
        int start = area.getAbsolutePosition(paragraph, 0);
        int length = area.getParagraphLength(paragraph);
        if (length == 0) {
            return;
        }
        for (Proposal proposal : outlinesIn.apply(new TextRange(start, start + length))) {
            Optional<Paint> stroke = strokeOf.apply(proposal.label());
            if (stroke.isEmpty()) {
                continue;
            }
            int from = Math.max(proposal.start(), start) - start;
            int to = Math.min(proposal.end(), start + length) - start;
            Path path = new Path(flow.rangeShape(from, to));
            path.getTransforms().setAll(flowToOverlay);
            path.setManaged(false);
            path.setFill(null);
            path.setStroke(stroke.get());
            path.setStrokeWidth(STROKE_WIDTH);
            // centred: JavaFX draws an outside stroke solid, whatever its dash array
            path.setStrokeType(StrokeType.CENTERED);
            path.getStrokeDashArray().setAll(DASHES);
            getChildren().add(path);
            drawn.add(proposal);
        }
    }

    private static Object paragraphOf(Node paragraphText) {
        try {
            return PARAGRAPH_OF_TEXT.orElseThrow().invoke(paragraphText);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static Optional<Method> paragraphAccessor() {
        try {
            Method method = Class.forName("org.fxmisc.richtext.ParagraphText").getMethod("getParagraph");
            method.setAccessible(true);
            return Optional.of(method);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
