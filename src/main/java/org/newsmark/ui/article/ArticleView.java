package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.SpanDelta;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.ui.article.highlight.Highlighter;
import org.newsmark.ui.article.highlight.OutlineOverlay;
import org.newsmark.ui.article.highlight.Proposal;
import org.newsmark.ui.article.highlight.SpanLayers;
import org.newsmark.ui.LabelStyles;

/**
 * The article in a read-only, wrapping RichTextFX area. It shows the highlighting of the open
 * document, restyling only the cluster of spans an action touched, and forwards selection and keys.
 */
public final class ArticleView {

    private final WorkbenchViewModel model;
    private final SearchViewModel search;
    private final AttributionViewModel attribution;
    private final NavigationViewModel navigation;
    private final SuggestionsViewModel suggestions;
    /**
     * The paragraph style of blank lines (two or three in a row separate Wikinews paragraphs): they
     * collapse to a sliver, since every paragraph already has its own space below it.
     */
    static final List<String> BLANK_PARAGRAPH = List.of("blank");
    /** The label of an emphasis box, and its width and paints: the theme's text colour (AtlantaFX's fg-default). */
    static final String EMPHASIS_LABEL = "emphasis";
    private static final double EMPHASIS_WIDTH = 1.5;
    private static final Paint EMPHASIS_LIGHT = Color.web("#24292f");
    private static final Paint EMPHASIS_DARK = Color.web("#e6edf3");
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OutlineOverlay outlines = new OutlineOverlay(area);
    /** Other annotators' layers, drawn solid beneath the suggestions' dashed outlines. */
    private final OutlineOverlay layerOutlines = new OutlineOverlay(area);
    /**
     * The selected span, the spans linked with it and the speaker candidates while attributing, boxed solid
     * over the text: an outline, not a style of the text, so that selecting a span or offering candidates
     * rebuilds no paragraph of the area.
     */
    private final OutlineOverlay emphasis = new OutlineOverlay(area);
    private final StackPane node = new StackPane(scroll, layerOutlines, outlines, emphasis);
    private final ViewportStyler styler = new ViewportStyler(area, this::clusterOf, this::stylesOf);
    private Map<String, String> styleKeys = Map.of();
    private Map<String, Paint> strokes = Map.of();
    /** The spans {@link #emphasis} boxes, in document order; recomputed after a change of what is emphasised. */
    private List<Span> emphasised = List.of();
    private boolean emphasisStale = true;
    private Paint emphasisPaint = EMPHASIS_LIGHT;
    /** The theme is dark: suggestions are outlined in the labels' colours lightened for the dark page. */
    private boolean dark;
    /** The session whose text the area holds. */
    private DocumentSession shown;

    public ArticleView(WorkbenchViewModel model, SearchViewModel search, AttributionViewModel attribution,
                NavigationViewModel navigation, SuggestionsViewModel suggestions) {
        this.model = model;
        this.search = search;
        this.attribution = attribution;
        this.navigation = navigation;
        this.suggestions = suggestions;
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("article");
        area.setId("article");
        scroll.getStyleClass().add("article-scroll");
        // a scroll bar that comes and goes changes the text's width, and every paragraph on screen is
        // wrapped and laid out again: replacing the text hid it and showed it again on every open
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.ALWAYS);

        model.sessionProperty().addListener((o, before, now) -> show(now));
        model.addChangeListener(change -> {
            SpanDelta delta = change.delta();
            // styles come from spans alone: a link (or its undo) restyles nothing, it only moves the emphasis
            if (delta.reset() || !delta.added().isEmpty() || !delta.removed().isEmpty()) {
                restyle(change.affected());
            }
            emphasisChanged();
        });
        model.revealProperty().addListener((o, before, now) -> {
            if (now != null) {
                select(now);
                area.showParagraphAtCenter(area.getCurrentParagraph());
            }
        });
        model.selectedSpanProperty().addListener((o, before, now) -> emphasisChanged());
        emphasis.stroke(List.of(), label -> EMPHASIS_WIDTH);
        emphasis.show(this::emphasisIn, label -> Optional.of(emphasisPaint));
        area.selectionProperty().addListener((o, before, now) ->
                model.selectionChanged(new TextRange(now.getStart(), now.getEnd())));
        new EdgeDrag(area, model, navigation);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::altClick);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        area.setOnContextMenuRequested(e -> {
            new SpanContextMenu(model, attribution, this).show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // only the paragraphs of hits and offered speakers that come or go are restyled, not the article
        search.hitsProperty().addListener((o, before, now) -> {
            before.forEach(this::restyle);
            now.forEach(this::restyle);
        });
        attribution.candidates().addListener((javafx.collections.ListChangeListener<Span>) c -> emphasisChanged());
        // suggestions are outlines over the text, not styles of it: a change redraws the outlines on screen
        // an invalidation, not a change listener: a change listener compares the old and new lists element by
        // element, hundreds of thousands in a long article, after every tag (reading the value re-arms it)
        suggestions.currentProperty().addListener(o -> {
            suggestions.currentProperty().get();
            outlines.requestLayout();
        });
        suggestions.visibleProperty().addListener((o, a, b) -> outlines.requestLayout());
        outlines.show(suggestions::proposalsIn, label -> Optional.ofNullable(strokes.get(label)));
        SuggestionTooltip.attach(area, suggestions);
        refreshLabels();
    }

    public Node node() {
        return node;
    }

    public OutlineOverlay outlines() {
        return outlines;
    }

    /** The overlay drawing the other annotators' layers shown. */
    public OutlineOverlay layerOutlines() {
        return layerOutlines;
    }

    /**
     * Draws the shown layers of {@code layers} as solid outlines in each annotator's colour (for the
     * theme {@code dark} tells), nested where layers agree, with what they say under the mouse as a tooltip.
     */
    public void showLayers(org.newsmark.ui.team.OtherLayers layers, javafx.beans.value.ObservableBooleanValue dark) {
        layerOutlines.stroke(List.of(), layers::strokeWidth);
        layerOutlines.show(layers::outlinesIn, name -> Optional.of(layers.colour(name, dark.get())));
        layerOutlines.setVisible(!layers.shown().isEmpty());
        layers.revisionProperty().addListener((o, a, b) -> {
            layerOutlines.setVisible(!layers.shown().isEmpty());
            layerOutlines.requestLayout();
        });
        dark.addListener((o, a, b) -> layerOutlines.requestLayout());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setId("layer-tooltip");
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<String> said = layers.labelsAt(e.getCharacterIndex());
            if (!said.isEmpty()) {
                tip.setText(String.join("\n", said));
                tip.show(area, e.getScreenPosition().getX() + 10, e.getScreenPosition().getY() - 26 - 18 * said.size());
            }
        });
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    /** Selects a range of text and scrolls it into view. */
    public void select(TextRange range) {
        styler.showing(range.start());
        area.selectRange(range.start(), range.end());
        area.requestFollowCaret();
    }

    public TextRange selection() {
        return new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** Selects a span's text and scrolls it into view. */
    public void reveal(Span span) {
        styler.showing(span.start());
        area.selectRange(span.start(), span.end());
        area.showParagraphAtCenter(area.getCurrentParagraph());
        area.requestFollowCaret();
    }

    /** Label colours or visibility changed: restyle everything. */
    public void refreshLabels() {
        styleKeys = LabelStyles.keysByName(model.labels());
        restroke();
        restyleAll();
    }

    /** The suggestions' outlines take the labels' colours as the theme draws them. */
    private void restroke() {
        Map<String, Paint> byLabel = new HashMap<>();
        model.labels().forEach(l -> byLabel.put(l.name(), Color.web(LabelStyles.drawn(l, dark))));
        strokes = byLabel;
        outlines.requestLayout();
    }

    private void show(DocumentSession session) {
        shown = session;
        if (session == null) {
            area.clear();
            return;
        }
        // the text, its blank lines and the styles of the top screen in one change of the area
        area.replace(0, area.getLength(), styler.reset(DisplayText.of(session.text()), BLANK_PARAGRAPH));
        area.moveTo(0);
        model.selectedSpanProperty().set(null);
        area.showParagraphAtTop(0);
    }

    private void restyleAll() {
        if (model.session().isPresent()) {
            styler.invalidateAll();
        }
    }

    /** What is emphasised may have changed: the emphasis overlay redraws the paragraphs whose boxes changed. */
    private void emphasisChanged() {
        emphasisStale = true;
        emphasis.requestLayout();
    }

    /** The emphasis boxes over {@code region}. */
    private List<Proposal> emphasisIn(TextRange region) {
        if (emphasisStale) {
            Set<Long> ids = emphasized();
            // looked up by id, not by a pass over every span: the caret moving through a long article re-arms this
            emphasised = model.session().map(s -> ids.stream().map(s::span).flatMap(Optional::stream)
                    .sorted(java.util.Comparator.comparingInt((Span sp) -> sp.range().start())).toList()).orElse(List.of());
            emphasisStale = false;
        }
        List<Proposal> here = new ArrayList<>();
        for (Span span : emphasised) {
            if (span.range().overlaps(region)) {
                here.add(new Proposal(span.range(), EMPHASIS_LABEL));
            }
        }
        return here;
    }

    /** The emphasis boxes drawn (for tests: what the analyst sees emphasised). */
    public OutlineOverlay emphasis() {
        return emphasis;
    }

    /** Emphasis in the text colour, and suggestions in the label colours, of the theme {@code dark} tells. */
    public void followTheme(javafx.beans.value.ObservableBooleanValue dark) {
        Runnable apply = () -> {
            emphasisPaint = dark.get() ? EMPHASIS_DARK : EMPHASIS_LIGHT;
            emphasis.show(this::emphasisIn, label -> Optional.of(emphasisPaint));
            this.dark = dark.get();
            restroke();
        };
        dark.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /** A change of {@code changed} can move the layers of every span overlapping it: their paragraphs are restyled. */
    private void restyle(TextRange changed) {
        if (model.session().isPresent()) {
            styler.invalidate(clusterOf(changed));
        }
    }

    /** {@code range}, clipped to the text and widened to whole spans overlapping it. */
    private TextRange clusterOf(TextRange range) {
        return model.session().map(s -> {
            int length = s.text().length();
            TextRange clipped = new TextRange(Math.min(range.start(), length), Math.min(range.end(), length));
            return SpanLayers.cluster(s.spans(), clipped, s.longestSpanLength());
        }).orElse(range);
    }

    private org.fxmisc.richtext.model.StyleSpans<java.util.Collection<String>> stylesOf(TextRange region) {
        List<Span> spans = model.session().map(DocumentSession::spans).orElse(List.of());
        return Highlighter.computeRegion(region, spans, styleKeys, Set.of(), search.hitsProperty().get());
    }

    /** Paragraphs styled so far (tests count how many an edit restyles). */
    ViewportStyler styler() {
        return styler;
    }

    /** The selected span, the spans it is linked with, and speaker candidates while attributing. */
    private Set<Long> emphasized() {
        Set<Long> ids = new HashSet<>();
        attribution.candidates().forEach(c -> ids.add(c.id()));
        model.selectedSpan().ifPresent(selected -> {
            ids.add(selected.id());
            model.session().ifPresent(s -> s.relations().stream().filter(r -> r.touches(selected.id()))
                    .forEach(r -> {
                        ids.add(r.fromSpanId());
                        ids.add(r.toSpanId());
                    }));
        });
        return ids;
    }

    /**
     * The window's keys that act on the article, wherever the focus is (the article, the span table,
     * the quotes view, the document list) except in a text field, where typing is text. MainWindow
     * sends every key here first; keys that move in the text (Tab, Alt+arrows, Esc) act only while
     * the article has the focus.
     */
    public void keyTyped(KeyEvent event) {
        String typed = event.getCharacter();
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || typed.isEmpty()) {
            return;
        }
        if (model.openingProperty().get().isPresent()) {
            model.actionable(); // says that the key was not applied: another article is on its way
            event.consume();
            return;
        }
        if (attribution.activeProperty().get()) {
            if (typed.equals("0")) {
                attribution.removeAttribution();
            } else if (Character.isDigit(typed.charAt(0))) {
                attribution.choose(typed.charAt(0) - '0');
            }
            event.consume();
            return;
        }
        if (selection().isEmpty() && model.selectedSpan().isEmpty() && model.labelOfKey(typed)
                .filter(l -> suggestions.tagAt(l.name(), area.getCaretPosition())).isPresent()) {
            model.selectedSpan().ifPresent(this::reveal);
            event.consume();
            return;
        }
        if (model.hotkey(typed, selection())) {
            event.consume();
            return;
        }
        switch (typed.toLowerCase(java.util.Locale.ROOT)) {
            case "a" -> attribution.start();
            case "n" -> navigation.nextUntaggedQuotation(area.getCaretPosition()).ifPresentOrElse(this::select,
                    () -> model.say("Every passage in quotation marks is tagged as a quote"));
            case "p" -> propagate();
            case "]", "[" -> suggestions.next(selection(), typed.equals("]")).ifPresentOrElse(s -> select(s.range()),
                    () -> model.say("No suggestions to go to"));
            case "x" -> {
                if (!suggestions.rejectAt(selection())) {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    public void propagate() {
        model.selectedSpan().ifPresentOrElse(span -> PropagateDialog.show(area.getScene().getWindow(), model, span),
                () -> model.say("Select a span to tag its other occurrences"));
    }

    public void keyPressed(KeyEvent event, boolean articleFocused) {
        KeyCode code = event.getCode();
        if (attribution.activeProperty().get()) {
            switch (code) {
                case UP, LEFT -> attribution.move(-1);
                case DOWN, RIGHT -> attribution.move(1);
                case ENTER -> attribution.confirm();
                case ESCAPE -> attribution.cancel();
                case DELETE, BACK_SPACE -> attribution.removeAttribution();
                default -> {
                    return;
                }
            }
            event.consume();
            return;
        }
        boolean shortcut = event.isShortcutDown();
        boolean movesInText = code == KeyCode.TAB || code == KeyCode.ESCAPE
                || (code == KeyCode.RIGHT || code == KeyCode.LEFT) && event.isAltDown();
        if (movesInText && !articleFocused) {
            return;
        }
        if (code == KeyCode.TAB && !shortcut && !event.isAltDown()) {
            navigation.nextSpan(area.getCaretPosition(), !event.isShiftDown()).ifPresent(this::reveal);
        } else if ((code == KeyCode.RIGHT || code == KeyCode.LEFT) && event.isAltDown() && event.isShiftDown()) {
            boolean startEdge = shortcut;
            boolean grow = startEdge ? code == KeyCode.LEFT : code == KeyCode.RIGHT;
            navigation.resizeSelected(startEdge, grow);
            model.selectedSpan().ifPresent(this::reveal);
        } else if ((code == KeyCode.RIGHT || code == KeyCode.LEFT) && event.isAltDown() && !shortcut) {
            navigation.sentence(area.getCaretPosition(), code == KeyCode.RIGHT).ifPresent(this::select);
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            model.deleteSelected();
        } else if (code == KeyCode.ESCAPE) {
            area.deselect();
        } else if (code == KeyCode.ENTER && !shortcut && !event.isAltDown() && !event.isShiftDown()
                && suggestions.acceptAt(selection())) {
            model.selectedSpan().ifPresent(this::reveal);
        } else if (code == KeyCode.ENTER && event.isShiftDown() && !shortcut && !event.isAltDown()
                && suggestions.acceptAllLike(selection())) {
            model.selectedSpan().ifPresent(this::reveal);
        } else {
            return;
        }
        event.consume();
    }

    /** Alt+click on a speaker attributes the selected quote to it. */
    private void altClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!event.isAltDown()) {
            return;
        }
        int index = area.hit(event.getX(), event.getY()).getInsertionIndex();
        model.session().flatMap(s -> s.innermostAt(index)).ifPresent(clicked -> {
            if (attribution.linkSelectedTo(clicked)) {
                event.consume();
            }
        });
    }

    /** A drag selection snaps to whole words; a triple click selects the sentence. */
    private void mouseReleased(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (event.getClickCount() == 1 && area.getSelection().getLength() == 0) {
            // a click where the caret already was changes no selection property: ask again what is there
            model.selectionChanged(selection());
        }
        if (event.getClickCount() == 3) {
            navigation.sentenceAt(area.getCaretPosition()).ifPresent(this::select);
        } else if (snapToWords.get() && event.getClickCount() == 1 && area.getSelection().getLength() > 0) {
            TextRange snapped = navigation.snap(selection());
            if (!snapped.equals(selection())) {
                area.selectRange(snapped.start(), snapped.end());
            }
        }
    }
}
