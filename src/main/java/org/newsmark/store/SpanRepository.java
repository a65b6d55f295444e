package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.model.Annotator;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Spans of documents. Offsets are validated against the document's text: 0 <= start < end <= length. */
public final class SpanRepository {

    static final String SELECT = """
            SELECT s.id, s.document_id, s.start, s."end", l.name, s.annotator, s.source
            FROM spans s JOIN labels l ON l.id = s.label_id""";

    private final Store store;

    SpanRepository(Store store) {
        this.store = store;
    }

    /** Stores a new span (its id is ignored) and returns it with the id the database gave it. */
    public Span insert(Span span) {
        return store.inTransaction(() -> insertRow(span, false));
    }

    /** Stores a span under its own id again, as undoing its deletion does. */
    public Span restore(Span span) {
        return store.inTransaction(() -> insertRow(span, true));
    }

    /**
     * Stores a span again, as undo and redo do: under its own id when no row holds that id, else under a
     * new one (another document may have taken it meanwhile). Returns the span with the id it got.
     */
    public Span reinsert(Span span) {
        return store.inTransaction(() -> {
            store.writesLayers();
            return insertRow(span, span.id() != 0 && !exists(span.id()));
        });
    }

    private boolean exists(long spanId) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT 1 FROM spans WHERE id = ?")) {
            ps.setLong(1, spanId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Span insertRow(Span given, boolean keepId) throws SQLException {
        store.writesLayers();
        Span span = given.annotator().isBlank() ? given.withAnnotator(Annotator.DEFAULT) : given;
        long labelId = checkedLabelId(span);
        String sql = "INSERT INTO spans(document_id, start, \"end\", label_id, annotator, source, id) VALUES (?,?,?,?,?,?,?)";
        Span stored = keepId ? span : span.withId(store.firstFreeId("spans"));
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setLong(1, span.documentId());
            ps.setInt(2, span.start());
            ps.setInt(3, span.end());
            ps.setLong(4, labelId);
            ps.setString(5, span.annotator());
            ps.setString(6, span.source());
            ps.setLong(7, stored.id());
            ps.executeUpdate();
            return stored;
        }
    }

    /** Changes the label and range of a stored span. */
    public Span update(Span span) {
        return store.inTransaction(() -> {
            store.writesLayers();
            long labelId = checkedLabelId(span);
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    UPDATE spans SET start = ?, "end" = ?, label_id = ?, updated = %s
                    WHERE id = ? AND document_id = ?""".formatted(store.now()))) {
                ps.setInt(1, span.start());
                ps.setInt(2, span.end());
                ps.setLong(3, labelId);
                ps.setLong(4, span.id());
                ps.setLong(5, span.documentId());
                if (ps.executeUpdate() != 1) {
                    throw new InvalidSpanException("span " + span.id() + " does not exist in document " + span.documentId());
                }
            }
            return span;
        });
    }

    /** Deletes a span; its relations go with it (foreign keys cascade). */
    public void delete(long spanId) {
        store.inTransaction(() -> {
            store.writesLayers();
            store.retireIds("relations", "SELECT max(id) FROM relations WHERE from_span = ? OR to_span = ?", spanId);
            store.retireIds("spans", "SELECT ?", spanId);
            try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM spans WHERE id = ?")) {
                ps.setLong(1, spanId);
                if (ps.executeUpdate() != 1) {
                    throw new InvalidSpanException("span " + spanId + " does not exist");
                }
            }
            return null;
        });
    }

    public Optional<Span> find(long spanId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(SELECT + " WHERE s.id = ?")) {
                ps.setLong(1, spanId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(span(rs)) : Optional.<Span>empty();
                }
            }
        });
    }

    /** The spans of a document in document order. */
    public List<Span> forDocument(long documentId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    SELECT + " WHERE s.document_id = ? ORDER BY s.start, s.\"end\" DESC, l.name, s.id")) {
                ps.setLong(1, documentId);
                List<Span> spans = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        spans.add(span(rs));
                    }
                }
                return spans;
            }
        });
    }

    /** The spans of one annotator's layer of a document, in document order. */
    public List<Span> forDocument(long documentId, String annotator) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    SELECT + " WHERE s.document_id = ? AND s.annotator = ? ORDER BY s.start, s.\"end\" DESC, l.name, s.id")) {
                ps.setLong(1, documentId);
                ps.setString(2, annotator);
                List<Span> spans = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        spans.add(span(rs));
                    }
                }
                return spans;
            }
        });
    }

    /** Span counts per label name over the whole database, in label order. */
    public Map<String, Integer> countsByLabel() {
        return store.read(() -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT l.name, count(s.id) FROM labels l LEFT JOIN spans s ON s.label_id = l.id
                         GROUP BY l.id ORDER BY l.position, l.id""")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    public int count() {
        return store.read(() -> {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM spans")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * The id of the span's label, once the span is known to fit its document: one query, as each is a
     * round trip to a server.
     */
    private long checkedLabelId(Span span) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT text_length, (SELECT id FROM labels WHERE name = ?) FROM documents WHERE id = ?")) {
            ps.setString(1, span.label());
            ps.setLong(2, span.documentId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new InvalidSpanException("document " + span.documentId() + " does not exist");
                }
                int length = rs.getInt(1);
                if (!span.range().fitsNonEmptyIn(length)) {
                    throw new InvalidSpanException("span [" + span.start() + ", " + span.end()
                            + ") does not fit document " + span.documentId() + " of length " + length
                            + " (need 0 <= start < end <= length)");
                }
                long labelId = rs.getLong(2);
                if (rs.wasNull()) {
                    throw new InvalidSpanException("unknown label '" + span.label() + "'");
                }
                return labelId;
            }
        }
    }

    static Span span(ResultSet rs) throws SQLException {
        return new Span(rs.getLong(1), rs.getLong(2), new TextRange(rs.getInt(3), rs.getInt(4)),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
