package org.newsmark.ui.article.highlight;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
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
 *
 * <p>Each paragraph's outlines are painted once into a small canvas of their own, the dashes as filled
 * rectangles: stroking thousands of dashed paths was most of the renderer's time in a real window
 * (software rendering, where every frame rasterised every dash again). A scroll moves the canvases; a
 * tag paints its paragraph's canvas again and leaves the others, so the frame redraws that paragraph only.
 */
public final class OutlineOverlay extends Pane {

    public static final String STYLE_CLASS = "outline-overlay";
    private static final double STROKE_WIDTH = 1.5;
    private static final List<Double> DASHES = List.of(4.0, 3.0);
    /** How far an outline inside another is drawn in from it, per level. */
    private static final double NESTED_INSET = 2.0;
    /** RichTextFX keeps its paragraph node package-private; its text flow tells which paragraph it shows. */
    private static final Optional<Method> PARAGRAPH_OF_TEXT = paragraphAccessor();

    private final GenericStyledArea<?, ?, ?> area;
    private Function<TextRange, List<Proposal>> outlinesIn = region -> List.of();
    private Function<String, Optional<Paint>> strokeOf = label -> Optional.empty();
    private List<Double> dashes = DASHES;
    /** Whether every dash and gap is whole pixels, so an edge can be filled with the pattern as an image. */
    private boolean wholePixelDashes = wholePixels(DASHES);
    private final Map<DashKey, Image> dashImages = new HashMap<>();
    private java.util.function.ToDoubleFunction<String> widthOf = label -> STROKE_WIDTH;
    private final List<Proposal> drawn = new ArrayList<>();
    /** The boxes of each outline drawn, one per line of text, in the overlay's coordinates. */
    private final Map<Proposal, List<Bounds>> boxes = new java.util.HashMap<>();
    /** What is drawn over each paragraph's text flow on screen, kept while the flow, its place and its outlines stay. */
    private Map<TextFlow, Drawing> shown = new IdentityHashMap<>();
    /**
     * The same drawings by the offset their paragraph starts at: a restyle gives a paragraph a new text flow,
     * and when its text and its glyphs' places are unchanged the drawing, or its measurements, carry over.
     */
    private Map<Integer, Drawing> shownAt = new java.util.HashMap<>();
    private final Rectangle clip = new Rectangle();
    private long drawingsMade;

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
        forget();
        requestLayout();
    }

    /**
     * Draws the outlines with this dash pattern (empty: solid) and each label's outline this wide
     * instead of the suggestions' thin dashes, so that another overlay's outlines (other annotators'
     * layers) tell apart from suggestions. Outlines are drawn in the order {@code outlinesIn} gives
     * their labels: a wider one first stays visible around a narrower one over the same text.
     */
    public void stroke(List<Double> dashes, java.util.function.ToDoubleFunction<String> widthOf) {
        this.dashes = List.copyOf(dashes);
        this.wholePixelDashes = wholePixels(dashes);
        this.widthOf = widthOf;
        forget();
        requestLayout();
    }

    /** The outlines drawn in the last layout, in drawing order; an outline over several paragraphs is listed once per paragraph. */
    public List<Proposal> drawn() {
        return List.copyOf(drawn);
    }

    /** The boxes drawn for {@code outline}, one per line of text it covers on screen, in the overlay's coordinates. */
    public List<Bounds> boxesOf(Proposal outline) {
        return List.copyOf(boxes.getOrDefault(outline, List.of()));
    }

    @Override
    protected void layoutChildren() {
        // a hidden overlay (no layer shown) costs no walk over the paragraphs on a scroll
        if (!isVisible() || area.getScene() == null || PARAGRAPH_OF_TEXT.isEmpty()) {
            forget();
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
        Map<TextFlow, Drawing> next = new IdentityHashMap<>();
        Map<Integer, Drawing> nextAt = new java.util.HashMap<>();
        List<Drawing> order = new ArrayList<>();
        for (Node node : paragraphTexts(area, new ArrayList<>())) {
            Object content = node instanceof TextFlow && node.isVisible() ? paragraphOf(node) : null;
            Integer paragraph = content == null ? null : shownParagraphs.get(content);
            if (paragraph != null) {
                TextFlow flow = (TextFlow) node;
                Transform flowToOverlay = onWholePixels(sceneToOverlay.createConcatenation(node.getLocalToSceneTransform()));
                Drawing drawing = outline(flow, content, paragraph, flowToOverlay);
                next.put(flow, drawing);
                nextAt.put(drawing.start(), drawing);
                order.add(drawing);
            }
        }
        // only the canvases of paragraphs that changed come and go: the rest of the overlay is not painted again
        // a paragraph without outlines puts no canvas in the scene: most paragraphs of the emphasis overlay
        java.util.Set<Canvas> before = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shown.values().stream().filter(d -> !d.outlines().isEmpty()).forEach(d -> before.add(d.canvas()));
        java.util.Set<Canvas> after = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        order.stream().filter(d -> !d.outlines().isEmpty()).forEach(d -> after.add(d.canvas()));
        List<Node> gone = before.stream().filter(c -> !after.contains(c)).map(Node.class::cast).toList();
        getChildren().removeAll(gone);
        for (Drawing drawing : order) {
            if (!drawing.outlines().isEmpty() && !before.contains(drawing.canvas())) {
                getChildren().add(drawing.canvas());
            }
        }
        shown = next;
        shownAt = nextAt;
        drawn.clear();
        boxes.clear();
        for (Drawing drawing : order) {
            drawing.outlines().forEach(o -> drawn.add(o.proposal()));
            Transform flowToOverlay = drawing.canvas().getTransforms().get(0);
            drawing.flowBoxes().forEach((proposal, lines) -> {
                List<Bounds> inOverlay = boxes.computeIfAbsent(proposal, p -> new ArrayList<>());
                lines.forEach(line -> inOverlay.add(flowToOverlay.transform(line)));
            });
        }
        Bounds viewport = sceneToLocal(area.localToScene(area.getLayoutBounds()));
        clip.setX(viewport.getMinX());
        clip.setY(viewport.getMinY());
        clip.setWidth(viewport.getWidth());
        clip.setHeight(viewport.getHeight());
        setClip(clip);
    }

    /**
     * The paragraphs' text flows under {@code node}, without walking into them: a lookup of their style
     * class would visit every piece of text of every paragraph on screen, on each layout of the overlay.
     */
    private static List<Node> paragraphTexts(Node node, List<Node> found) {
        if (node.getStyleClass().contains("paragraph-text")) {
            found.add(node);
        } else if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                paragraphTexts(child, found);
            }
        }
        return found;
    }

    /** Nothing drawn, nothing kept: the next layout draws every paragraph afresh. */
    private void forget() {
        getChildren().clear();
        shown = new IdentityHashMap<>();
        shownAt = new java.util.HashMap<>();
        drawn.clear();
        boxes.clear();
    }

    /**
     * What is drawn over one paragraph's text flow: the canvas painted with its outlines (in the flow's
     * coordinates) and, per outline, its boxes one per line, in the flow's coordinates.
     */
    private record Drawing(TextFlow flow, Object content, double width, List<Outline> outlines, Canvas canvas,
                           Map<Proposal, List<Bounds>> flowBoxes, int start, TextLayoutKey layout,
                           Map<Proposal, List<Bounds>> measured) {

        /** The same flow showing the same paragraph (immutable: a restyle makes a new one, maybe bolder) with the same outlines. */
        boolean sameAs(TextFlow otherFlow, Object otherContent, double otherWidth, List<Outline> otherOutlines) {
            return flow == otherFlow && content == otherContent && width == otherWidth && outlines.equals(otherOutlines);
        }

        /** This drawing over another flow showing a paragraph laid out the same (a restyle of backgrounds or borders). */
        Drawing over(TextFlow otherFlow, Object otherContent) {
            return new Drawing(otherFlow, otherContent, width, outlines, canvas, flowBoxes, start, layout, measured);
        }
    }

    /**
     * What places a paragraph's glyphs in its flow: where it starts, its text, the flow's width and the styles
     * that may change a glyph's size. Backgrounds, underlines and borders ({@code bg-}, {@code ul-}, emphasis,
     * search hits) do not; the bold text of a third layer ({@code fg-}) and anything unknown may.
     */
    private record TextLayoutKey(int start, String text, double width, List<Object> metricStyles) {

        private static final java.util.Set<String> NEUTRAL = java.util.Set.of("em", "hit", "tagged", "curation-focus");

        static Optional<TextLayoutKey> of(Object content, int start, double width) {
            if (!(content instanceof org.fxmisc.richtext.model.Paragraph<?, ?, ?> paragraph)) {
                return Optional.empty();
            }
            List<Object> styles = new ArrayList<>();
            int at = 0;
            for (org.fxmisc.richtext.model.StyleSpan<?> span : paragraph.getStyleSpans()) {
                Object style = span.getStyle();
                Object affecting = style instanceof java.util.Collection<?> classes
                        ? classes.stream().map(String::valueOf).filter(c -> !neutral(c)).toList() : style;
                if (!(affecting instanceof List<?> list && list.isEmpty())) {
                    styles.add(at);
                    styles.add(span.getLength());
                    styles.add(affecting);
                }
                at += span.getLength();
            }
            styles.add(paragraph.getParagraphStyle());
            return Optional.of(new TextLayoutKey(start, paragraph.getText(), width, List.copyOf(styles)));
        }

        private static boolean neutral(String styleClass) {
            return styleClass.startsWith("bg-") || styleClass.startsWith("ul-") || NEUTRAL.contains(styleClass);
        }
    }

    /** An outline over a paragraph with the stroke it is drawn in. */
    private record Outline(Proposal proposal, Paint stroke, double width) {
    }

    /** A stroke the overlay painted: its paint, width and dash pattern (empty: solid). */
    public record Stroke(Paint paint, double width, List<Double> dashes) {
    }

    /**
     * A move by whole pixels where {@code t} only moves: a canvas placed at a fraction of a pixel is blended
     * across two, which drew each 1 px dash as two half-strength ones (a speaker's dashes stood at 2.5:1 against
     * the dark page instead of their colour's 4.5:1). The outlines move at most half a pixel from the text.
     */
    private Transform onWholePixels(Transform t) {
        Transform overlayToScene = getLocalToSceneTransform();
        if (!onlyMoves(t) || !onlyMoves(overlayToScene)) {
            return t;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
        // whole pixels of the window, not of the overlay: the overlay itself may sit at a fraction
        double ox = overlayToScene.getTx();
        double oy = overlayToScene.getTy();
        return Transform.translate(Math.round((ox + t.getTx()) * scale) / scale - ox,
                Math.round((oy + t.getTy()) * scale) / scale - oy);
    }

    private static boolean onlyMoves(Transform t) {
        return t.getMxx() == 1 && t.getMyy() == 1 && t.getMxy() == 0 && t.getMyx() == 0;
    }

    /** The drawing over {@code flow}: the one shown if nothing about it changed (moved where the flow is now), else a new one. */
    private Drawing outline(TextFlow flow, Object content, int paragraph, Transform flowToOverlay) {
        int start = area.getAbsolutePosition(paragraph, 0);
        int length = area.getParagraphLength(paragraph);
        List<Outline> outlines = new ArrayList<>();
        if (length > 0) {
            for (Proposal proposal : outlinesIn.apply(new TextRange(start, start + length))) {
                strokeOf.apply(proposal.label()).ifPresent(stroke ->
                        outlines.add(new Outline(proposal, stroke, widthOf.applyAsDouble(proposal.label()))));
            }
        }
        Drawing before = shown.get(flow);
        Drawing drawing;
        if (before != null && before.sameAs(flow, content, flow.getWidth(), outlines)) {
            drawing = before;
        } else {
            Optional<TextLayoutKey> layout = TextLayoutKey.of(content, start, flow.getWidth());
            Optional<Drawing> laidOutAlike = layout.flatMap(key -> Optional.ofNullable(shownAt.get(start))
                    .filter(d -> key.equals(d.layout())));
            if (laidOutAlike.isPresent() && laidOutAlike.get().outlines().equals(outlines)) {
                drawing = laidOutAlike.get().over(flow, content); // restyled, not moved: the same canvas
            } else {
                drawing = paint(flow, content, start, area.getText(paragraph), outlines, layout.orElse(null),
                        laidOutAlike.map(Drawing::measured).orElse(Map.of()));
            }
        }
        drawing.canvas().getTransforms().set(0, flowToOverlay);
        return drawing;
    }

    /** A new drawing: the outlines' line boxes measured in the flow, painted into a canvas just large enough for them. */
    private Drawing paint(TextFlow flow, Object content, int start, String text, List<Outline> outlines,
                          TextLayoutKey layout, Map<Proposal, List<Bounds>> known) {
        int length = text.length();
        drawingsMade++;
        Map<Proposal, List<Bounds>> lines = new java.util.LinkedHashMap<>();
        Map<Proposal, List<Bounds>> measured = new java.util.HashMap<>();
        Map<Proposal, Integer> depths = depths(outlines.stream().map(Outline::proposal).toList());
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double margin = 0;
        for (Outline outline : outlines) {
            Proposal proposal = outline.proposal();
            int from = Math.max(proposal.start(), start) - start;
            int to = Math.min(proposal.end(), start + length) - start;
            // the flow of a paragraph laid out as before places every glyph where the last one did
            // an outline that only touches this paragraph (or, given by mistake, misses it) has nothing here
            List<Bounds> raw = known.containsKey(proposal) ? known.get(proposal) : to <= from ? List.of()
                    : OutlineGeometry.lineBoxes(text, new TextRange(from, to), flow::rangeShape);
            measured.put(proposal, raw);
            List<Bounds> boxes = inset(raw, NESTED_INSET * depths.get(proposal));
            lines.computeIfAbsent(proposal, p -> new ArrayList<>()).addAll(boxes);
            for (Bounds b : boxes) {
                minX = Math.min(minX, b.getMinX());
                minY = Math.min(minY, b.getMinY());
                maxX = Math.max(maxX, b.getMaxX());
                maxY = Math.max(maxY, b.getMaxY());
            }
            margin = Math.max(margin, outline.width() + 1);
        }
        Canvas canvas = new Canvas();
        canvas.setManaged(false);
        canvas.getTransforms().setAll(Transform.translate(0, 0), Transform.translate(0, 0));
        if (minX != Double.MAX_VALUE) {
            double originX = Math.floor(minX - margin);
            double originY = Math.floor(minY - margin);
            canvas.setWidth(Math.ceil(maxX + margin) - originX);
            canvas.setHeight(Math.ceil(maxY + margin) - originY);
            canvas.getTransforms().set(1, Transform.translate(originX, originY));
            GraphicsContext g = canvas.getGraphicsContext2D();
            for (Outline outline : outlines) {
                g.setFill(outline.stroke());
                for (Bounds b : lines.get(outline.proposal())) {
                    box(g, b.getMinX() - originX, b.getMinY() - originY, b.getWidth(), b.getHeight(), outline.width());
                }
            }
        }
        return new Drawing(flow, content, flow.getWidth(), List.copyOf(outlines), canvas, lines, start, layout, measured);
    }

    /**
     * One line's box: dashed, its edges centred on the box (the dashes filled rectangles, which software
     * rendering fills far faster than it strokes a dashed path); solid, drawn outside it, so that a wide
     * outline around a narrower one leaves the text uncovered.
     */
    private void box(GraphicsContext g, double x, double y, double w, double h, double stroke) {
        if (dashes.isEmpty()) {
            g.fillRect(x - stroke, y - stroke, w + 2 * stroke, stroke);
            g.fillRect(x - stroke, y + h, w + 2 * stroke, stroke);
            g.fillRect(x - stroke, y, stroke, h);
            g.fillRect(x + w, y, stroke, h);
            return;
        }
        // the edges on whole pixels of the canvas (its origin is one): a dash a pixel wide fills one pixel
        double half = stroke / 2;
        double left = Math.round(x - half);
        double top = Math.round(y - half);
        double right = Math.round(x + w - half);
        double bottom = Math.round(y + h - half);
        dashAlong(g, left, top, right - left + stroke, stroke, true);
        dashAlong(g, left, bottom, right - left + stroke, stroke, true);
        dashAlong(g, left, top, bottom - top + stroke, stroke, false);
        dashAlong(g, right, top, bottom - top + stroke, stroke, false);
    }

    /**
     * Dashes of the pattern along a line from ({@code x}, {@code y}), {@code length} long, horizontal or down:
     * one rectangle filled with the pattern as an image, anchored at the line's start, so a screen of new
     * paragraphs (a page down) costs a fill per edge rather than one per dash.
     */
    private void dashAlong(GraphicsContext g, double x, double y, double length, double stroke, boolean horizontal) {
        Paint colour = g.getFill();
        if (!(colour instanceof Color plain) || !wholePixelDashes) {
            dashByDash(g, x, y, length, stroke, horizontal);
            return;
        }
        Image pattern = dashImages.computeIfAbsent(new DashKey(plain, horizontal, dashes), DashKey::image);
        g.setFill(horizontal ? new ImagePattern(pattern, x, y, pattern.getWidth(), 1, false)
                : new ImagePattern(pattern, x, y, 1, pattern.getHeight(), false));
        if (horizontal) {
            g.fillRect(x, y, length, stroke);
        } else {
            g.fillRect(x, y, stroke, length);
        }
        g.setFill(colour);
    }

    private static boolean wholePixels(List<Double> dashes) {
        return dashes.stream().allMatch(d -> d == Math.rint(d) && d >= 1);
    }

    private void dashByDash(GraphicsContext g, double x, double y, double length, double stroke, boolean horizontal) {
        double at = 0;
        int i = 0;
        while (at < length) {
            double step = dashes.get(i % dashes.size());
            if (i % 2 == 0) {
                double run = Math.min(step, length - at);
                if (horizontal) {
                    g.fillRect(x + at, y, run, stroke);
                } else {
                    g.fillRect(x, y + at, stroke, run);
                }
            }
            at += Math.max(step, 0.5);
            i++;
        }
    }

    /** One period of a whole-pixel dash pattern in one colour, a pixel thick. */
    private record DashKey(Color colour, boolean horizontal, List<Double> dashes) {
        Image image() {
            int period = (int) Math.round(dashes.stream().mapToDouble(Double::doubleValue).sum()
                    * (dashes.size() % 2 == 0 ? 1 : 2));
            WritableImage image = horizontal ? new WritableImage(period, 1) : new WritableImage(1, period);
            int at = 0;
            for (int i = 0; at < period; i++) {
                int step = (int) Math.round(dashes.get(i % dashes.size()));
                for (int p = at; p < Math.min(period, at + step); p++) {
                    image.getPixelWriter().setColor(horizontal ? p : 0, horizontal ? 0 : p,
                            i % 2 == 0 ? colour : Color.TRANSPARENT);
                }
                at += step;
            }
            return image;
        }
    }

    /** The different strokes the last layout painted, in the order drawn (for tests: what is dashed, in which colour). */
    public List<Stroke> strokes() {
        java.util.Set<Stroke> out = new java.util.LinkedHashSet<>();
        for (Drawing drawing : shown.values()) {
            drawing.outlines().forEach(o -> out.add(new Stroke(o.stroke(), o.width(), List.copyOf(dashes))));
        }
        return List.copyOf(out);
    }

    /** How many paragraph drawings have been painted since the overlay was made (a scroll moves them instead). */
    public long drawingsMade() {
        return drawingsMade;
    }

    /**
     * For each outline here, how many others hold it (at most 2; a place in a suggested quote: one), in one
     * sweep by start, longer first: only the outlines still open at a start can hold what starts there.
     */
    private static Map<Proposal, Integer> depths(List<Proposal> here) {
        List<Proposal> byStart = new ArrayList<>(here);
        byStart.sort(java.util.Comparator.comparingInt(Proposal::start)
                .thenComparing(java.util.Comparator.comparingInt(Proposal::end).reversed()));
        Map<Proposal, Integer> depths = new IdentityHashMap<>();
        List<Proposal> open = new ArrayList<>();
        for (Proposal proposal : byStart) {
            open.removeIf(other -> other.end() < proposal.start());
            int depth = 0;
            for (Proposal other : open) {
                if (proposal.end() <= other.end() && other.end() - other.start() > proposal.end() - proposal.start()) {
                    depth++;
                }
            }
            depths.put(proposal, Math.min(depth, 2));
            open.add(proposal);
        }
        return depths;
    }

    /**
     * Each line's box moved {@code by} pixels in on every side (at most a quarter of its size): an outline
     * inside another would otherwise run along the same top and bottom edges, the two dash patterns filling
     * each other's gaps into what looks like one solid line.
     */
    private static List<Bounds> inset(List<Bounds> boxes, double by) {
        if (by == 0) {
            return boxes;
        }
        List<Bounds> moved = new ArrayList<>(boxes.size());
        for (Bounds b : boxes) {
            double dx = Math.min(by, b.getWidth() / 4);
            double dy = Math.min(by, b.getHeight() / 4);
            moved.add(new BoundingBox(b.getMinX() + dx, b.getMinY() + dy, b.getWidth() - 2 * dx, b.getHeight() - 2 * dy));
        }
        return moved;
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
