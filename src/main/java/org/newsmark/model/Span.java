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
 * @param source     how it was made: {@value #MANUAL} when tagged by hand (or imported), otherwise
 *                   {@code suggest:<recommender>} for an accepted suggestion. A component of its own
 *                   rather than a convention inside {@code annotator}: who and how stay separately
 *                   queryable, and the five-argument constructor below keeps every existing caller as is.
 */
public record Span(long id, long documentId, TextRange range, String label, String annotator, String source) {

    /** The source of a span tagged by hand or imported. */
    public static final String MANUAL = "";

    /** Prefix of the source of a span that was accepted from a suggestion. */
    public static final String SUGGESTED_PREFIX = "suggest:";

    /** Document order: by start, longer spans first, then label and id for a stable order. */
    public static final Comparator<Span> BY_POSITION = Comparator.comparing(Span::range)
            .thenComparing(Span::label)
            .thenComparingLong(Span::id);

    public Span {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(source, "source");
    }

    /** A manual span (source {@value #MANUAL}). */
    public Span(long id, long documentId, TextRange range, String label, String annotator) {
        this(id, documentId, range, label, annotator, MANUAL);
    }

    /** The source of a span accepted from a suggestion of {@code recommender}, e.g. {@code suggest:figures}. */
    public static String suggestedBy(String recommender) {
        return SUGGESTED_PREFIX + recommender;
    }

    public boolean isSuggested() {
        return source.startsWith(SUGGESTED_PREFIX);
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
        return new Span(newId, documentId, range, label, annotator, source);
    }

    public Span withDocumentId(long newDocumentId) {
        return new Span(id, newDocumentId, range, label, annotator, source);
    }

    public Span withLabel(String newLabel) {
        return new Span(id, documentId, range, newLabel, annotator, source);
    }

    /** The same span in another annotator's layer. */
    public Span withAnnotator(String newAnnotator) {
        return new Span(id, documentId, range, label, newAnnotator, source);
    }

    public Span withRange(TextRange newRange) {
        return new Span(id, documentId, newRange, label, annotator, source);
    }
}
