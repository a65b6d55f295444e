package org.newsmark.ui;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.newsmark.app.DocumentSession;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.ui.highlight.Highlighter;
import org.newsmark.ui.highlight.SpanLayers;

/**
 * The article in a read-only, wrapping RichTextFX area. It shows the highlighting of the open
 * document, restyling only the cluster of spans an action touched, and forwards selection and keys.
 */
final class ArticleView {

    private final WorkbenchViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private Map<String, String> styleKeys = Map.of();

    ArticleView(WorkbenchViewModel model) {
        this.model = model;
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("article");
        area.setId("article");
        scroll.getStyleClass().add("article-scroll");

        model.sessionProperty().addListener((o, before, now) -> show(now));
        model.addChangeListener(change -> restyle(change.affected()));
        model.selectedSpanProperty().addListener((o, before, now) -> {
            if (before != null) {
                restyleAround(before);
            }
            if (now != null) {
                restyleAround(now);
            }
        });
        area.selectionProperty().addListener((o, before, now) ->
                model.selectionChanged(new TextRange(now.getStart(), now.getEnd())));
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        refreshLabels();
    }

    Node node() {
        return scroll;
    }

    StyleClassedTextArea area() {
        return area;
    }

    TextRange selection() {
        return new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** Selects a span's text and scrolls it into view. */
    void reveal(Span span) {
        area.selectRange(span.start(), span.end());
        area.showParagraphAtCenter(area.getCurrentParagraph());
        area.requestFollowCaret();
    }

    /** Label colours or visibility changed: restyle everything. */
    void refreshLabels() {
        styleKeys = LabelStyles.keysByName(model.labels());
        model.session().ifPresent(s -> restyle(new TextRange(0, s.text().length())));
    }

    private void show(DocumentSession session) {
        if (session == null) {
            area.clear();
            return;
        }
        area.replaceText(session.text());
        area.setStyleSpans(0, Highlighter.compute(session.text().length(), session.spans(), styleKeys, emphasized()));
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    private void restyleAround(Span span) {
        model.session().ifPresent(s -> {
            restyle(span.range());
            for (Relation r : s.relations()) {
                if (r.touches(span.id())) {
                    s.span(r.fromSpanId() == span.id() ? r.toSpanId() : r.fromSpanId()).ifPresent(o -> restyle(o.range()));
                }
            }
        });
    }

    private void restyle(TextRange changed) {
        model.session().ifPresent(s -> {
            int length = s.text().length();
            TextRange clipped = new TextRange(Math.min(changed.start(), length), Math.min(changed.end(), length));
            TextRange region = SpanLayers.cluster(s.spans(), clipped);
            if (!region.isEmpty()) {
                area.setStyleSpans(region.start(), Highlighter.computeRegion(region, s.spans(), styleKeys, emphasized()));
            }
        });
    }

    /** The selected span and the spans it is linked with. */
    private Set<Long> emphasized() {
        Set<Long> ids = new HashSet<>();
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

    private void keyTyped(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.getCharacter().isEmpty()) {
            return;
        }
        if (model.hotkey(event.getCharacter(), selection())) {
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            model.deleteSelected();
            event.consume();
        }
    }
}
