package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsmark.model.TextRange;

/**
 * What the suggestion feature keeps: the suggestions an analyst rejected in each document, and what
 * the corpus teaches (strings tagged per label, how often a proposal of each was rejected).
 */
public final class SuggestionRepository {

    /** A suggestion the analyst rejected in a document; {@code text} is what it covered. */
    public record Rejection(long documentId, String label, TextRange range, String text) {
        public Rejection {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A string with a label, how often it is tagged in the corpus and how often its proposal was rejected. */
    public record LabelledText(String label, String text, int tagged, int rejected) {
    }

    private record Key(String label, String text) {
    }

    private final Store store;

    SuggestionRepository(Store store) {
        this.store = store;
    }

    /** Remembers a rejection; rejecting the same label and range of a document again changes nothing. */
    public void reject(Rejection rejection) {
        store.inTransaction(() -> {
            store.writesLayers();
            int length = store.documents().textLength(rejection.documentId());
            if (!rejection.range().fitsNonEmptyIn(length)) {
                throw new InvalidSpanException("rejected range " + rejection.range() + " does not fit document "
                        + rejection.documentId() + " of length " + length);
            }
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    INSERT INTO rejected_suggestions(document_id, label, start, "end", text)
                    VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING""")) {
                ps.setLong(1, rejection.documentId());
                ps.setString(2, rejection.label());
                ps.setInt(3, rejection.range().start());
                ps.setInt(4, rejection.range().end());
                ps.setString(5, rejection.text());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The rejections of one document, in document order. */
    public List<Rejection> rejections(long documentId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT label, start, "end", text FROM rejected_suggestions WHERE document_id = ?
                    ORDER BY start, "end" DESC, label""")) {
                ps.setLong(1, documentId);
                List<Rejection> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Rejection(documentId, rs.getString(1), new TextRange(rs.getInt(2), rs.getInt(3)),
                                rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * What the corpus teaches, derived from the spans and the rejections: every (label, string) tagged
     * in a span not made by {@code ignoredAnnotator} (e.g. unreviewed bulk suggestions), or rejected.
     * Strings are cut from the texts here because offsets are UTF-16 indices, which SQL cannot slice.
     */
    public List<LabelledText> corpusMemory(String ignoredAnnotator) {
        return store.read(() -> {
            Map<Key, int[]> counts = new LinkedHashMap<>();
            countTagged(ignoredAnnotator, counts);
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT label, text, count(*) FROM rejected_suggestions GROUP BY label, text ORDER BY label, text");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new int[2])[1] += rs.getInt(3);
                }
            }
            List<LabelledText> out = new ArrayList<>();
            counts.forEach((k, c) -> out.add(new LabelledText(k.label(), k.text(), c[0], c[1])));
            return out;
        });
    }

    private void countTagged(String ignoredAnnotator, Map<Key, int[]> counts) throws SQLException {
        Map<Long, String> texts = new HashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement("""
                SELECT s.document_id, l.name, s.start, s."end" FROM spans s JOIN labels l ON l.id = s.label_id
                WHERE s.annotator <> ? ORDER BY s.document_id, s.start""")) {
            ps.setString(1, ignoredAnnotator);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long documentId = rs.getLong(1);
                    if (!texts.containsKey(documentId)) {
                        texts.clear();
                        texts.put(documentId, textOf(documentId));
                    }
                    String text = texts.get(documentId);
                    int end = Math.min(rs.getInt(4), text.length());
                    String tagged = text.substring(Math.min(rs.getInt(3), end), end).strip();
                    if (!tagged.isEmpty()) {
                        counts.computeIfAbsent(new Key(rs.getString(2), tagged), k -> new int[2])[0]++;
                    }
                }
            }
        }
    }

    private String textOf(long documentId) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT text FROM documents WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}
