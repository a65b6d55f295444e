package org.newsmark.ui.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.SessionChange;
import org.newsmark.model.TextRange;
import org.newsmark.ui.article.highlight.OutlineOverlay;
import org.newsmark.ui.article.highlight.SpanLayers;

/**
 * One article laid out in its own RichTextFX area, with the overlays drawn over it. The article view
 * keeps a few: the one shown, the one shown before it, and the next one in the list laid out ahead
 * while the analyst reads. A page not shown is transparent but styled and laid out like the shown one,
 * so that showing it is a change of opacity instead of building every paragraph's cell anew.
 */
final class ArticlePage {

    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OutlineOverlay outlines = new OutlineOverlay(area);
    /** Other annotators' layers, drawn solid beneath the suggestions' dashed outlines. */
    private final OutlineOverlay layerOutlines = new OutlineOverlay(area);
    /** The selected span, the spans linked with it and the speaker candidates while attributing, boxed solid over the text. */
    private final OutlineOverlay emphasis = new OutlineOverlay(area);
    private final StackPane node = new StackPane(scroll, layerOutlines, outlines, emphasis);
    private final ViewportStyler styler;
    /** The styles of a region of a session's text (a cluster boundary), as the article view draws them. */
    private final BiFunction<DocumentSession, TextRange, StyleSpans<Collection<String>>> stylesOf;
    /** Restyles what a change touched while this page is not shown (the shown one hears changes through the view model). */
    private final Consumer<SessionChange> followHidden = change -> restyle(change.affected());
    private Optional<DocumentSession> session = Optional.empty();
    private boolean shown;
    private boolean following;

    ArticlePage(BiFunction<DocumentSession, TextRange, StyleSpans<Collection<String>>> stylesOf) {
        this.stylesOf = stylesOf;
        this.styler = new ViewportStyler(area, this::clusterOf, this::stylesOf);
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("article");
        scroll.getStyleClass().add("article-scroll");
        // a scroll bar that comes and goes changes the text's width, and every paragraph on screen is
        // wrapped and laid out again: replacing the text hid it and showed it again on every open
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.ALWAYS);
    }

    StyleClassedTextArea area() {
        return area;
    }

    StackPane node() {
        return node;
    }

    OutlineOverlay outlines() {
        return outlines;
    }

    OutlineOverlay layerOutlines() {
        return layerOutlines;
    }

    OutlineOverlay emphasis() {
        return emphasis;
    }

    ViewportStyler styler() {
        return styler;
    }

    Optional<DocumentSession> session() {
        return session;
    }

    boolean holds(DocumentSession candidate) {
        return session.filter(s -> s == candidate).isPresent();
    }

    /** Whether it holds document {@code documentId}, in whichever session. */
    boolean holdsDocument(long documentId) {
        return session.filter(s -> s.document().id() == documentId).isPresent();
    }

    /** Lays out {@code shown}'s text with the styles of its first screen, caret and view at the top. */
    void load(DocumentSession loaded) {
        follow(false);
        session = Optional.of(loaded);
        follow(!shown); // laid out ahead, hidden: it follows its session's changes from now on
        area.replace(0, area.getLength(), styler.reset(DisplayText.of(loaded.text()), ArticleView.BLANK_PARAGRAPH));
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** Holds no article (its cells and text are let go). */
    void clear() {
        follow(false);
        session = Optional.empty();
        if (area.getLength() > 0) {
            area.clear();
        }
    }

    /** Whether the caret is at the start and the first paragraph at the top: what an opened article shows. */
    boolean atTop() {
        if (area.getCaretPosition() != 0 || area.getSelection().getLength() != 0) {
            return false;
        }
        return area.getVisibleParagraphs().isEmpty()
                || area.firstVisibleParToAllParIndex() == 0 && area.getEstimatedScrollY() == 0;
    }

    /** Back to what an opened article shows: the caret at the start, the first paragraph at the top. */
    void toTop() {
        if (!atTop()) {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
    }

    /**
     * Shown or not: only the shown page takes the mouse and the focus, and only a
     * hidden one follows its session by itself. A hidden page is transparent, not invisible: JavaFX
     * leaves the style sheets unapplied under an invisible node, and showing it would apply them to
     * every paragraph and lay each one out again, as much work as building the page anew. Nor does the
     * shown area carry an id: a change of id applies the style sheets to the whole page again.
     */
    void shown(boolean shown) {
        this.shown = shown;
        node.setOpacity(shown ? 1 : 0);
        node.setMouseTransparent(!shown);
        area.setFocusTraversable(shown);
        follow(!shown && session.isPresent());
    }

    private void follow(boolean on) {
        if (on == following) {
            return;
        }
        session.ifPresent(s -> {
            if (on) {
                s.addListener(followHidden);
            } else {
                s.removeListener(followHidden);
            }
        });
        following = on;
    }

    /** A change of {@code changed} can move the layers of every span overlapping it: their paragraphs are restyled. */
    void restyle(TextRange changed) {
        if (session.isPresent()) {
            styler.invalidate(clusterOf(changed));
        }
    }

    void restyleAll() {
        if (session.isPresent()) {
            styler.invalidateAll();
        }
    }

    /** {@code range}, clipped to the text and widened to whole spans overlapping it. */
    private TextRange clusterOf(TextRange range) {
        return session.map(s -> {
            int length = s.text().length();
            TextRange clipped = new TextRange(Math.min(range.start(), length), Math.min(range.end(), length));
            return SpanLayers.cluster(s.spans(), clipped, s.longestSpanLength());
        }).orElse(range);
    }

    private StyleSpans<Collection<String>> stylesOf(TextRange region) {
        return session.map(s -> stylesOf.apply(s, region))
                .orElseGet(() -> StyleSpans.singleton(List.of(), region.length()));
    }
}
