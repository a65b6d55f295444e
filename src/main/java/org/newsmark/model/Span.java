package org.newsmark.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A labelled range of a document's text.
 *
 * @param id         database id; importers use their own local ids before storing
 * @param documentId the document it belongs to (0 while not stored)
 * @param range      UTF-16 offsets, half-open
 * @param label      the label's name
 * @param annotator  who made it ("analyst", an importer's name, "suggest", ...)
 */
public record Span(long id, long documentId, TextRange range, String label, String annotator) {

    /** Document order: by start, longer spans first, then label and id for a stable order. */
    public static final Comparator<Span> BY_POSITION = Comparator.comparing(Span::range)
            .thenComparing(Span::label)
            .thenComparingLong(Span::id);

    public Span {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(annotator, "annotator");
    }

    public static Span of(long id, int start, int end, String label) {
        return new Span(id, 0, new TextRange(start, end), label, "");
    }

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }

    public String textIn(String documentText) {
        return range.of(documentText);
    }

    public Span withId(long newId) {
        return new Span(newId, documentId, range, label, annotator);
    }

    public Span withDocumentId(long newDocumentId) {
        return new Span(id, newDocumentId, range, label, annotator);
    }

    public Span withLabel(String newLabel) {
        return new Span(id, documentId, range, newLabel, annotator);
    }

    public Span withRange(TextRange newRange) {
        return new Span(id, documentId, newRange, label, annotator);
    }
}
