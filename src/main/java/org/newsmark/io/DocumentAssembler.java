package org.newsmark.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Builds one imported document: checks offsets against the text, converts them to UTF-16, gives
 * spans local ids 1, 2, 3, ..., merges exact duplicates and checks that relations join known spans.
 * Every reader uses it, so every format applies the same rules.
 */
final class DocumentAssembler {

    /** What {@code \\s+} matches; a type without any whitespace is taken as it is. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record Key(int start, int end, String label) {
    }

    private record RelationKey(long from, long to, String type) {
    }

    private final Path file;
    private final String text;
    private final TextOffsets offsets;
    private final String annotator;
    private final ImportCollector collector;
    private final List<Span> spans = new ArrayList<>();
    private final Map<Key, Long> idsByKey = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<RelationKey> relationKeys = new HashSet<>();
    private DocumentTally tally = DocumentTally.NONE;

    DocumentAssembler(Path file, String text, OffsetUnit unit, String annotator, ImportCollector collector) {
        this.file = file;
        this.text = text;
        this.offsets = unit.over(text);
        this.annotator = annotator;
        this.collector = collector;
    }

    String text() {
        return text;
    }

    TextOffsets offsets() {
        return offsets;
    }

    /** Adds a span given in the file's unit; returns its local id (an existing id for a duplicate). */
    long addSpan(int line, long start, long end, String label) throws DatasetException {
        if (start >= end) {
            throw new DatasetException(file, line, "span [" + start + ", " + end + ") of label '" + label
                    + "' is empty or reversed (start must be < end)");
        }
        int from;
        int to;
        try {
            from = offsets.toInternal(start);
            to = offsets.toInternal(end);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, line, "span [" + start + ", " + end + ") of label '" + label + "': "
                    + e.getMessage());
        }
        return addUtf16Span(line, from, to, label);
    }

    /**
     * Adds a span like {@link #addSpan(int, long, long, String)}, first checking that the text the file
     * gives for it, when it gives one, is the text at its offsets.
     */
    long addSpan(int line, long start, long end, String label, Optional<String> said) throws DatasetException {
        long id = addSpan(line, start, end, label);
        if (said.isPresent()) {
            Span span = spans.get((int) id - 1);
            String found = span.textIn(text);
            if (!found.equals(said.get())) {
                throw new DatasetException(file, line, "span [" + start + ", " + end + ") of label '" + label
                        + "' gives its text as " + ErrorText.quote(said.get(), QUOTED) + " but the text at those offsets"
                        + " (counted in " + unitName(offsets.unit()) + ") is " + ErrorText.quote(found, QUOTED)
                        + otherUnitHint(start, end, said.get()));
            }
        }
        return id;
    }

    /** Longest piece of text quoted in a message. */
    private static final int QUOTED = 80;

    /** A hint to use the other {@code --offsets} unit when the span's text is found at the offsets counted that way. */
    private String otherUnitHint(long start, long end, String said) {
        OffsetUnit other = offsets.unit() == OffsetUnit.UTF16 ? OffsetUnit.CODEPOINT : OffsetUnit.UTF16;
        TextOffsets otherOffsets = other.over(text);
        try {
            if (text.substring(otherOffsets.toInternal(start), otherOffsets.toInternal(end)).equals(said)) {
                return "; they count " + unitName(other) + ": import with --offsets " + other.code();
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // not valid in the other unit either: no hint
        }
        return "";
    }

    private static String unitName(OffsetUnit unit) {
        return unit == OffsetUnit.UTF16 ? "UTF-16 code units" : "code points";
    }

    /** Adds a span given in UTF-16 indices of the text (readers that build the text themselves). */
    long addUtf16Span(int line, int start, int end, String label) throws DatasetException {
        if (label == null || label.isBlank()) {
            throw new DatasetException(file, line, "span [" + start + ", " + end + ") has no label");
        }
        if (!Label.isValidName(label)) {
            throw new DatasetException(file, line, "label " + ErrorText.quote(label, QUOTED)
                    + " contains whitespace, which label names cannot (rename the label in the file)");
        }
        Key key = new Key(start, end, label);
        Long existing = idsByKey.get(key);
        if (existing != null) {
            skip("duplicate span");
            return existing;
        }
        long id = spans.size() + 1L;
        spans.add(new Span(id, 0, new TextRange(start, end), label, annotator));
        idsByKey.put(key, id);
        return id;
    }

    boolean hasSpan(long id) {
        return id >= 1 && id <= spans.size();
    }

    void addRelation(int line, long fromId, long toId, String type) throws DatasetException {
        if (!hasSpan(fromId) || !hasSpan(toId)) {
            throw new DatasetException(file, line, "relation '" + type + "' refers to a missing span");
        }
        if (type == null || type.isBlank()) {
            throw new DatasetException(file, line, "relation has no type");
        }
        String clean = type.chars().noneMatch(Character::isWhitespace) ? type
                : WHITESPACE.matcher(type.strip()).replaceAll("_");
        if (!clean.equals(type)) {
            collector.warn(ErrorText.location(file.getFileName(), line) + ": relation type '" + type + "' imported as '" + clean
                    + "' (types cannot contain spaces)");
        }
        if (!relationKeys.add(new RelationKey(fromId, toId, clean))) {
            skip("duplicate relation");
            return;
        }
        relations.add(Relation.of(relations.size() + 1L, fromId, toId, clean));
    }

    /** Counts something of this document that is not imported. */
    void skip(String kind) {
        collector.skip(kind);
        tally = tally.plusSkipped(kind, 1);
    }

    /** Counts something of this document imported in a form worth telling. */
    void note(String kind) {
        tally = tally.plusNote(kind, 1);
    }

    /** The document; the collector keeps its tally until the document is added. */
    AnnotatedDocument build(String name, Map<String, Object> metadata) {
        Document document = new Document(0, name, Document.titleOf(text), text, DocumentStatus.NEW, metadata);
        AnnotatedDocument built = new AnnotatedDocument(document, spans, relations);
        collector.built(built, tally);
        return built;
    }
}
