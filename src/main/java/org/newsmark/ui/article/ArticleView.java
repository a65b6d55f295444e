package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.SpanDelta;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.ui.article.highlight.Highlighter;
import org.newsmark.ui.article.highlight.OutlineOverlay;
import org.newsmark.ui.article.highlight.Proposal;
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
    /** Articles laid out at once: the one shown, the one shown before it, and the next one laid out ahead. */
    private static final int PAGES = 3;
    /** Longer articles are not kept laid out while hidden: their text and cells would double the heap for one step back. */
    private static final int KEPT_LENGTH = 256 * 1024;
    /** The analyst's pause after which the next article is laid out ahead (a pulse of work for the FX thread). */
    private static final long PREPARE_AFTER_MILLIS = 400;
    /** The pages, the one shown first, then the others from the most recently shown. */
    private final List<ArticlePage> pages = new ArrayList<>();
    private final StackPane node = new StackPane();
    private final Executor ui;
    private final ScheduledExecutorService timers;
    private Optional<ScheduledFuture<?>> preparing = Optional.empty();
    /** Opens of a page laid out ahead, and of one laid out when asked (for tests and benchmarks). */
    private long opensReady;
    private long opensLaidOut;
    /** Other annotators' layers drawn over a page's article and their tooltips (none until the window asks). */
    private java.util.function.Consumer<ArticlePage> layerWiring = page -> { };
    private Map<String, String> styleKeys = Map.of();
    private Map<String, Paint> strokes = Map.of();
    /** The spans the emphasis boxes, in document order; recomputed after a change of what is emphasised. */
    private List<Span> emphasised = List.of();
    private boolean emphasisStale = true;
    private Paint emphasisPaint = EMPHASIS_LIGHT;
    /** Find's hits the shown page is styled with: a page hidden is restyled there, as hits belong to the article shown. */
    private List<TextRange> styledHits = List.of();
    /** The theme is dark: suggestions are outlined in the labels' colours lightened for the dark page. */
    private boolean dark;

    /** {@code ui} runs on the FX thread; {@code timers} waits for the analyst's pause before laying out the next article. */
    public ArticleView(WorkbenchViewModel model, SearchViewModel search, AttributionViewModel attribution,
                NavigationViewModel navigation, SuggestionsViewModel suggestions, Executor ui,
                ScheduledExecutorService timers) {
        this.model = model;
        this.search = search;
        this.attribution = attribution;
        this.navigation = navigation;
        this.suggestions = suggestions;
        this.ui = ui;
        this.timers = timers;
        node.setId("article-view");
        node.getProperties().put(ArticleView.class, this);
        addPage(true);

        model.sessionProperty().addListener((o, before, now) -> show(now));
        model.addChangeListener(change -> {
            SpanDelta delta = change.delta();
            // styles come from spans alone: a link (or its undo) restyles nothing, it only moves the emphasis
            if (delta.reset() || !delta.added().isEmpty() || !delta.removed().isEmpty()) {
                front().restyle(change.affected());
            }
            emphasisChanged();
        });
        model.revealProperty().addListener((o, before, now) -> {
            if (now != null) {
                select(now);
                area().showParagraphAtCenter(area().getCurrentParagraph());
            }
        });
        model.selectedSpanProperty().addListener((o, before, now) -> emphasisChanged());
        // only the paragraphs of hits and offered speakers that come or go are restyled, not the article
        search.hitsProperty().addListener((o, before, now) -> {
            before.forEach(front()::restyle);
            now.forEach(front()::restyle);
            styledHits = now;
        });
        attribution.candidates().addListener((javafx.collections.ListChangeListener<Span>) c -> emphasisChanged());
        // suggestions are outlines over the text, not styles of it: a change redraws the outlines on screen
        // an invalidation, not a change listener: a change listener compares the old and new lists element by
        // element, hundreds of thousands in a long article, after every tag (reading the value re-arms it)
        suggestions.currentProperty().addListener(o -> {
            suggestions.currentProperty().get();
            outlines().requestLayout();
        });
        suggestions.visibleProperty().addListener((o, a, b) -> outlines().requestLayout());
        refreshLabels();
    }

    /** A page of the view; the pages beyond the first are made at the first pause, not while the window starts. */
    private void addPage(boolean shown) {
        ArticlePage page = new ArticlePage(this::stylesOf);
        pages.add(page);
        node.getChildren().add(page.node());
        wire(page);
        layerWiring.accept(page);
        page.shown(shown);
    }

    /** The page's area forwards selection, clicks and keys while it is shown; its overlays draw only then. */
    private void wire(ArticlePage page) {
        StyleClassedTextArea area = page.area();
        page.emphasis().stroke(List.of(), label -> EMPHASIS_WIDTH);
        page.emphasis().show(region -> page == front() ? emphasisIn(region) : List.of(), label -> Optional.of(emphasisPaint));
        page.outlines().show(region -> page == front() ? suggestions.proposalsIn(region) : List.of(),
                label -> Optional.ofNullable(strokes.get(label)));
        area.selectionProperty().addListener((o, before, now) -> {
            if (page == front()) {
                model.selectionChanged(new TextRange(now.getStart(), now.getEnd()));
            }
        });
        new EdgeDrag(area, model, navigation);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::altClick);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> deferPreparing());
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        area.setOnContextMenuRequested(e -> {
            new SpanContextMenu(model, attribution, this).show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        SuggestionTooltip.attach(area, suggestions);
    }

    private ArticlePage front() {
        return pages.get(0);
    }

    public Node node() {
        return node;
    }

    /** The suggestions' outlines over the article shown. */
    public OutlineOverlay outlines() {
        return front().outlines();
    }

    /** The overlay drawing the other annotators' layers shown. */
    public OutlineOverlay layerOutlines() {
        return front().layerOutlines();
    }

    /**
     * Draws the shown layers of {@code layers} as solid outlines in each annotator's colour (for the
     * theme {@code dark} tells), nested where layers agree, with what they say under the mouse as a tooltip.
     */
    public void showLayers(org.newsmark.ui.team.OtherLayers layers, javafx.beans.value.ObservableBooleanValue dark) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setId("layer-tooltip");
        layerWiring = page -> {
            OutlineOverlay overlay = page.layerOutlines();
            overlay.stroke(List.of(), layers::strokeWidth);
            overlay.show(region -> page == front() ? layers.outlinesIn(region) : List.of(),
                    name -> Optional.of(layers.colour(name, dark.get())));
            overlay.setVisible(!layers.shown().isEmpty());
            layers.revisionProperty().addListener((o, a, b) -> {
                overlay.setVisible(!layers.shown().isEmpty());
                overlay.requestLayout();
            });
            dark.addListener((o, a, b) -> overlay.requestLayout());
            StyleClassedTextArea area = page.area();
            area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
                List<String> said = layers.labelsAt(e.getCharacterIndex());
                if (!said.isEmpty()) {
                    tip.setText(String.join("\n", said));
                    tip.show(area, e.getScreenPosition().getX() + 10, e.getScreenPosition().getY() - 26 - 18 * said.size());
                }
            });
            area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        };
        pages.forEach(layerWiring);
    }

    /** The article view whose node is {@code node} ("#article-view"), found in a window by tests and probes. */
    public static Optional<ArticleView> of(Node node) {
        return Optional.ofNullable(node.getProperties().get(ArticleView.class)).map(ArticleView.class::cast);
    }

    /** The area showing the open article. */
    public StyleClassedTextArea area() {
        return front().area();
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    /** Selects a range of text and scrolls it into view. */
    public void select(TextRange range) {
        StyleClassedTextArea area = area();
        front().styler().showing(range.start());
        area.selectRange(range.start(), range.end());
        area.requestFollowCaret();
    }

    public TextRange selection() {
        StyleClassedTextArea area = area();
        return new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** Selects a span's text and scrolls it into view. */
    public void reveal(Span span) {
        StyleClassedTextArea area = area();
        front().styler().showing(span.start());
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
        pages.forEach(p -> p.outlines().requestLayout());
    }

    /**
     * Shows {@code session}: the page that holds it already (the article shown before, or the next one
     * laid out ahead) is made visible; otherwise the least recently shown page lays it out. The page
     * that was shown stays laid out, hidden, for a step back.
     */
    private void show(DocumentSession session) {
        cancelPreparing();
        if (session == null) {
            pages.forEach(ArticlePage::clear);
            return;
        }
        Optional<ArticlePage> ready = pages.stream().filter(p -> p.holds(session)).findFirst();
        ArticlePage page = ready.orElse(pages.get(pages.size() - 1)); // the only page, before the first pause
        if (ready.isPresent()) {
            opensReady++;
            page.toTop();
        } else {
            opensLaidOut++;
            page.load(session);
        }
        bringToFront(page);
        model.selectedSpanProperty().set(null);
        preparing = Optional.of(prepareLater());
    }

    private void bringToFront(ArticlePage page) {
        ArticlePage before = front();
        if (page == before) {
            return;
        }
        boolean focused = before.area().isFocused();
        pages.remove(page);
        pages.add(0, page);
        before.shown(false);
        page.shown(true);
        styledHits.forEach(before::restyle);
        if (focused) {
            page.area().requestFocus();
        }
        for (ArticlePage p : List.of(before, page)) {
            p.outlines().requestLayout();
            p.layerOutlines().requestLayout();
            p.emphasis().requestLayout();
        }
        emphasisChanged();
    }

    /** After the analyst's pause: the next article laid out ahead, hidden pages back at the top, long ones let go. */
    private ScheduledFuture<?> prepareLater() {
        return timers.schedule(() -> ui.execute(this::prepare), PREPARE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A key or click: laying out ahead waits for the next pause. */
    private void deferPreparing() {
        if (preparing.filter(p -> !p.isDone()).isPresent()) {
            cancelPreparing();
            preparing = Optional.of(prepareLater());
        }
    }

    private void cancelPreparing() {
        preparing.ifPresent(p -> p.cancel(false));
        preparing = Optional.empty();
    }

    private void prepare() {
        preparing = Optional.empty();
        Optional<DocumentSession> open = model.session();
        if (open.isEmpty() || model.openingProperty().get().isPresent()) {
            return;
        }
        while (pages.size() < PAGES) {
            addPage(false);
        }
        for (ArticlePage hidden : pages.subList(1, pages.size())) {
            if (hidden.session().filter(s -> s.text().length() > KEPT_LENGTH).isPresent()) {
                hidden.clear();
            } else {
                hidden.toTop();
            }
        }
        Neighbours.of(model.visibleDocuments(), open.get().document().id()).stream().findFirst()
                .filter(next -> pages.stream().noneMatch(p -> p.holdsDocument(next)))
                .ifPresent(next -> model.readAhead(next).thenAcceptAsync(read -> read.ifPresent(session -> {
                    boolean stillOpen = model.session().filter(s -> s == open.get()).isPresent();
                    if (stillOpen && session.text().length() <= KEPT_LENGTH && pages.stream().noneMatch(p -> p.holds(session))) {
                        pages.get(pages.size() - 1).load(session);
                    }
                }), ui));
    }

    /** Lets go of the articles kept laid out while hidden: the next open lays its article out (a benchmark's cold open). */
    public void forgetHidden() {
        cancelPreparing();
        pages.subList(1, pages.size()).forEach(ArticlePage::clear);
    }

    /** Whether a hidden page holds document {@code documentId} laid out (for tests). */
    boolean laidOutHidden(long documentId) {
        return pages.subList(1, pages.size()).stream().anyMatch(p -> p.holdsDocument(documentId));
    }

    /** Every page's area, the shown one first (for tests). */
    List<StyleClassedTextArea> areas() {
        return pages.stream().map(ArticlePage::area).toList();
    }

    /** Opens that found their article laid out ahead, and opens that laid it out then (for tests and benchmarks). */
    public long[] opensReadyAndLaidOut() {
        return new long[] {opensReady, opensLaidOut};
    }

    private void restyleAll() {
        pages.forEach(ArticlePage::restyleAll);
    }

    /** What is emphasised may have changed: the emphasis overlay redraws the paragraphs whose boxes changed. */
    private void emphasisChanged() {
        emphasisStale = true;
        front().emphasis().requestLayout();
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
        return front().emphasis();
    }

    /** Emphasis in the text colour, and suggestions in the label colours, of the theme {@code dark} tells. */
    public void followTheme(javafx.beans.value.ObservableBooleanValue dark) {
        Runnable apply = () -> {
            emphasisPaint = dark.get() ? EMPHASIS_DARK : EMPHASIS_LIGHT;
            pages.forEach(p -> p.emphasis().requestLayout());
            this.dark = dark.get();
            restroke();
        };
        dark.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /** The styles of a region of {@code session}'s text; find's hits only in the article shown. */
    private org.fxmisc.richtext.model.StyleSpans<java.util.Collection<String>> stylesOf(DocumentSession session,
                                                                                        TextRange region) {
        List<TextRange> hits = model.session().filter(s -> s == session).isPresent() ? search.hitsProperty().get() : List.of();
        return Highlighter.computeRegion(region, session.spans(), styleKeys, Set.of(), hits);
    }

    /** Paragraphs styled so far in the article shown (tests count how many an edit restyles). */
    ViewportStyler styler() {
        return front().styler();
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
        deferPreparing();
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
                .filter(l -> suggestions.tagAt(l.name(), area().getCaretPosition())).isPresent()) {
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
            case "n" -> navigation.nextUntaggedQuotation(area().getCaretPosition()).ifPresentOrElse(this::select,
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
        model.selectedSpan().ifPresentOrElse(span -> PropagateDialog.show(area().getScene().getWindow(), model, span),
                () -> model.say("Select a span to tag its other occurrences"));
    }

    public void keyPressed(KeyEvent event, boolean articleFocused) {
        deferPreparing();
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
            navigation.nextSpan(area().getCaretPosition(), !event.isShiftDown()).ifPresent(this::reveal);
        } else if ((code == KeyCode.RIGHT || code == KeyCode.LEFT) && event.isAltDown() && event.isShiftDown()) {
            boolean startEdge = shortcut;
            boolean grow = startEdge ? code == KeyCode.LEFT : code == KeyCode.RIGHT;
            navigation.resizeSelected(startEdge, grow);
            model.selectedSpan().ifPresent(this::reveal);
        } else if ((code == KeyCode.RIGHT || code == KeyCode.LEFT) && event.isAltDown() && !shortcut) {
            navigation.sentence(area().getCaretPosition(), code == KeyCode.RIGHT).ifPresent(this::select);
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            model.deleteSelected();
        } else if (code == KeyCode.ESCAPE) {
            area().deselect();
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
        int index = area().hit(event.getX(), event.getY()).getInsertionIndex();
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
        if (event.getClickCount() == 1 && area().getSelection().getLength() == 0) {
            // a click where the caret already was changes no selection property: ask again what is there
            model.selectionChanged(selection());
        }
        if (event.getClickCount() == 3) {
            navigation.sentenceAt(area().getCaretPosition()).ifPresent(this::select);
        } else if (snapToWords.get() && event.getClickCount() == 1 && area().getSelection().getLength() > 0) {
            TextRange snapped = navigation.snap(selection());
            if (!snapped.equals(selection())) {
                area().selectRange(snapped.start(), snapped.end());
            }
        }
    }
}
