package org.newsmark.ui.article;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.newsmark.model.TextRange;

/**
 * Styles the article paragraph by paragraph, and only where the analyst can see: the paragraphs on
 * screen and a margin around them. Everything else is marked stale and styled as it scrolls in. An
 * edit marks only the paragraphs its range touches, so tagging in a 1 MiB article restyles a
 * paragraph or two instead of the text around it, and opening styles one screen instead of the whole.
 */
final class ViewportStyler {

    /** Paragraphs styled ahead above and below the screen, so that a page of scrolling finds them ready. */
    static final int MARGIN = 40;

    private final StyleClassedTextArea area;
    /** The boundaries a region must be widened to before styling it (spans overlapping it, whole). */
    private final Function<TextRange, TextRange> clusterOf;
    /** The styles of a region that is a cluster boundary. */
    private final Function<TextRange, StyleSpans<Collection<String>>> stylesOf;
    /** Start offsets of the paragraphs, and the text length after the last. */
    private int[] starts = {0, 0};
    private final BitSet stale = new BitSet();
    private long paragraphsStyled;
    private long measured;
    private boolean scheduled;
    /**
     * The paragraphs on screen as of the area's last layout pass (-1: not known). Asking the area
     * between pulses lays it out at once, before the pulse lays it out a second time for the styles:
     * an edit styles with these, and only a jump beyond them or a new text asks before the next pulse.
     */
    private int shownFirst = -1;
    private int shownLast = -1;
    private boolean measure = true;
    /**
     * The area's paragraphs on screen changed since they were last recorded: asking the area which ones
     * they are is a walk over its cells, and the window keeps several areas, so it is asked only then.
     */
    private boolean shownChanged = true;

    ViewportStyler(StyleClassedTextArea area, Function<TextRange, TextRange> clusterOf,
                   Function<TextRange, StyleSpans<Collection<String>>> stylesOf) {
        this.area = area;
        this.clusterOf = clusterOf;
        this.stylesOf = stylesOf;
        // styling inside the layout pass that scrolled would restyle cells being laid out: do it right after
        area.getVisibleParagraphs().addListener((ListChangeListener<Object>) c -> {
            shownChanged = true;
            later();
        });
        Runnable recordShown = this::recordShown;
        Runnable styleScheduled = this::styleIfScheduled;
        if (area.getScene() != null) {
            area.getScene().addPreLayoutPulseListener(styleScheduled);
            area.getScene().addPostLayoutPulseListener(recordShown);
        }
        area.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removePreLayoutPulseListener(styleScheduled);
                before.removePostLayoutPulseListener(recordShown);
            }
            if (after != null) {
                after.addPreLayoutPulseListener(styleScheduled);
                after.addPostLayoutPulseListener(recordShown);
            }
        });
    }

    /**
     * After each layout pass, the paragraphs it put on screen: asking the area then costs nothing (it
     * is laid out), whereas asking it when styling, after an edit, lays it out once more before the
     * pulse does. A scroll shows other paragraphs during a layout pass, so this record is current when
     * the styling it schedules runs.
     */
    private void recordShown() {
        if (!shownChanged || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        shownChanged = false;
        readShown();
        // a layout outside the pulse (a hit test, a caret lookup) may have shown paragraphs that the
        // styling it scheduled missed: style them now that the screen is known
        int firstStale = stale.nextSetBit(Math.max(0, shownFirst - MARGIN));
        if (firstStale >= 0 && firstStale <= shownLast + MARGIN) {
            later();
        }
    }

    /** The paragraphs the area shows, asked of it (which lays it out if it is not). */
    private void readShown() {
        shownFirst = area.firstVisibleParToAllParIndex();
        shownLast = area.lastVisibleParToAllParIndex();
        measure = false;
    }

    /**
     * The document that shows {@code text} in one change of the area: its paragraphs, those whose
     * text is blank with {@code blankParagraphStyle}, and the top screen already styled (the rest is
     * styled as it scrolls in). One change instead of the text, then a paragraph style per blank line,
     * then the styles: each change of the area's document is a pass over its paragraphs and cells.
     */
    ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> reset(String text,
                                                                                  Collection<String> blankParagraphStyle) {
        index(text);
        int styledEnd = Math.min(paragraphCount(), 2 * MARGIN + 1);
        TextRange top = new TextRange(0, starts[styledEnd] - 1);
        StyleSpans<Collection<String>> topStyles = top.isEmpty() ? null : stylesOfParagraphs(top);
        stale.clear(0, styledEnd);
        paragraphsStyled += styledEnd;
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> document =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), List.of(), paragraphCount());
        for (int p = 0; p < paragraphCount(); p++) {
            String line = text.substring(starts[p], starts[p + 1] - 1);
            StyleSpans<Collection<String>> styles = p < styledEnd && topStyles != null && !line.isEmpty()
                    ? topStyles.subView(starts[p], starts[p + 1] - 1)
                    : StyleSpans.singleton(List.of(), line.length());
            document.addParagraph(line, styles, line.isBlank() ? blankParagraphStyle : List.of());
        }
        return document.build();
    }

    /** The paragraphs of {@code text}, all stale. */
    private void index(String text) {
        int paragraphs = (int) text.chars().filter(c -> c == '\n').count() + 1;
        starts = new int[paragraphs + 1];
        int p = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[p++] = i + 1;
            }
        }
        starts[paragraphs] = text.length() + 1;
        measure = true;
        stale.clear();
        stale.set(0, paragraphs);
    }

    /**
     * The styles of {@code range} changed: its paragraphs are restyled once the current event is
     * handled (before the next frame) if they are near the screen, else when they come into view.
     * Several changes of one action (a tag, then the new span selected) restyle a paragraph once.
     */
    void invalidate(TextRange range) {
        if (range.isEmpty()) {
            return;
        }
        int first = paragraphOf(range.start());
        int last = paragraphOf(Math.max(range.start(), range.end() - 1));
        stale.set(first, last + 1);
        later();
    }

    /**
     * The area is about to bring {@code offset} into view: if that may show paragraphs beyond the
     * margin styled around the screen known, the next styling asks the area where it is.
     */
    void showing(int offset) {
        int paragraph = paragraphOf(offset);
        if (shownFirst < 0 || paragraph < shownFirst || paragraph > shownLast) {
            measure = true;
        }
    }

    void invalidateAll() {
        stale.set(0, paragraphCount());
        later();
    }

    /** How many paragraphs have been styled since the area was created (for tests and benchmarks). */
    long paragraphsStyled() {
        return paragraphsStyled;
    }

    /** How many times styling asked the area which paragraphs it shows, laying it out to answer (for tests). */
    long measured() {
        return measured;
    }

    boolean isStale(int paragraph) {
        return stale.get(paragraph);
    }

    /**
     * Styles after the current event, or at the start of the next pulse if that comes first: a pulse
     * already queued behind the action (the timer fired while it ran) would otherwise draw the action's
     * frame without its styles and the styles one frame later.
     */
    private void later() {
        if (!scheduled && !stale.isEmpty()) {
            scheduled = true;
            Platform.runLater(this::styleIfScheduled);
        }
    }

    private void styleIfScheduled() {
        if (scheduled) {
            scheduled = false;
            styleVisible();
        }
    }

    private void styleVisible() {
        if (area.getVisibleParagraphs().isEmpty()) {
            styleAround(0, Math.min(paragraphCount() - 1, 2 * MARGIN));
            return;
        }
        if (measure || shownFirst < 0) {
            readShown();
            measured++;
        }
        styleAround(Math.max(0, shownFirst - MARGIN), Math.min(paragraphCount() - 1, shownLast + MARGIN));
    }

    /** Styles the stale paragraphs between {@code from} and {@code to}, inclusive, one run at a time. */
    private void styleAround(int from, int to) {
        int run = stale.nextSetBit(from);
        while (run >= 0 && run <= to) {
            int end = Math.min(stale.nextClearBit(run), to + 1);
            styleRun(run, end);
            stale.clear(run, end);
            paragraphsStyled += end - run;
            run = stale.nextSetBit(end);
        }
    }

    /** Paragraphs [first, end): styled from their cluster so layers match the whole text, applied to them only. */
    private void styleRun(int first, int end) {
        TextRange paragraphs = new TextRange(starts[first], starts[end] - 1);
        if (paragraphs.isEmpty()) {
            return;
        }
        area.setStyleSpans(paragraphs.start(), stylesOfParagraphs(paragraphs));
    }

    /** The styles of {@code paragraphs} (not empty), computed from their cluster so that layers match the whole text. */
    private StyleSpans<Collection<String>> stylesOfParagraphs(TextRange paragraphs) {
        TextRange region = clusterOf.apply(paragraphs);
        StyleSpans<Collection<String>> styles = stylesOf.apply(region);
        return styles.subView(paragraphs.start() - region.start(), paragraphs.end() - region.start());
    }

    private int paragraphCount() {
        return starts.length - 1;
    }

    private int paragraphOf(int offset) {
        int low = 0;
        int high = paragraphCount() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
