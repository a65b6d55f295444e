package org.newsmark.ui.article;

import java.util.List;
import java.util.Optional;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.QuotePassages;
import org.newsmark.app.TextBoundaries;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Keyboard-only moves: next or previous span, sentence and untagged quotation, resizing the
 * selected span by words, and stepping through documents.
 */
public final class NavigationViewModel {

    public static final String QUOTE = "quote";

    private final WorkbenchViewModel workbench;
    private TextBoundaries boundaries;
    private DocumentSession boundariesOf;

    public NavigationViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
    }

    /** The span after (or before) the caret position, wrapping around. */
    public Optional<Span> nextSpan(int caret, boolean forward) {
        List<Span> spans = workbench.spans();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> selected = workbench.selectedSpan();
        int index = selected.map(spans::indexOf).orElse(-1);
        if (index < 0) {
            index = forward ? -1 : spans.size();
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).start() >= caret) {
                    index = forward ? i - 1 : i;
                    break;
                }
            }
        }
        int next = Math.floorMod(index + (forward ? 1 : -1), spans.size());
        return Optional.of(spans.get(next));
    }

    /** The next passage in quotation marks that no quote span covers yet. */
    public Optional<TextRange> nextUntaggedQuotation(int caret) {
        return workbench.session().flatMap(s -> QuotePassages.nextUntagged(s.text(), s.spans(), QUOTE, caret));
    }

    public Optional<TextRange> sentence(int caret, boolean forward) {
        return boundaries().map(b -> forward ? b.nextSentence(caret) : b.previousSentence(caret));
    }

    public Optional<TextRange> sentenceAt(int caret) {
        return boundaries().map(b -> b.sentenceAt(caret));
    }

    /** A selection widened to whole words. */
    public TextRange snap(TextRange selection) {
        return boundaries().map(b -> b.snapToWords(selection)).orElse(selection);
    }

    /**
     * Moves one edge of the selected span by a word: the end by default, the start with
     * {@code startEdge}; {@code grow} moves outward.
     */
    public void resizeSelected(boolean startEdge, boolean grow) {
        Optional<Span> selected = workbench.selectedSpan();
        Optional<TextBoundaries> b = boundaries();
        if (selected.isEmpty() || b.isEmpty()) {
            workbench.say("Select a span to resize it");
            return;
        }
        TextRange range = selected.get().range();
        TextRange resized;
        if (startEdge) {
            int start = grow ? b.get().previousWordStart(range.start()) : b.get().nextWordStart(range.start());
            resized = new TextRange(Math.min(start, range.end() - 1), range.end());
        } else {
            int end = grow ? b.get().nextWordEnd(range.end()) : b.get().previousWordEnd(range.end());
            resized = new TextRange(range.start(), Math.max(end, range.start() + 1));
        }
        workbench.resizeSelected(resized);
    }

    /** Opens the next (or previous) document of the list: next to the one asked for last, even if it is still on its way. */
    public void stepDocument(int delta) {
        List<DocumentSummary> visible = workbench.visibleDocuments();
        if (visible.isEmpty()) {
            return;
        }
        int target = currentIndex(visible) + delta;
        if (target < 0 || target >= visible.size()) {
            workbench.say(delta > 0 ? "This is the last document in the list" : "This is the first document in the list");
            return;
        }
        workbench.open(visible.get(target).id());
    }

    /** Marks the open document done and opens the next one that is not done. */
    public void doneAndNext() {
        if (workbench.actionable().isEmpty()) {
            return;
        }
        workbench.setStatus(DocumentStatus.DONE);
        List<DocumentSummary> visible = workbench.visibleDocuments();
        int index = currentIndex(visible);
        for (int step = 1; step <= visible.size(); step++) {
            DocumentSummary candidate = visible.get(Math.floorMod(index + step, visible.size()));
            if (candidate.status() != DocumentStatus.DONE) {
                workbench.open(candidate.id());
                return;
            }
        }
        workbench.say("Marked done. Every document in the list is done.");
    }

    private int currentIndex(List<DocumentSummary> visible) {
        long id = workbench.requestedDocument();
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Optional<TextBoundaries> boundaries() {
        Optional<DocumentSession> session = workbench.session();
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (boundariesOf != session.get()) {
            boundaries = new TextBoundaries(session.get().text());
            boundariesOf = session.get();
        }
        return Optional.of(boundaries);
    }
}
