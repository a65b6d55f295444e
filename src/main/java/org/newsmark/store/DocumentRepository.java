package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;

/** Documents: their text, status and metadata. The text of a stored document never changes. */
public final class DocumentRepository {

    static final String COLUMNS = "id, name, title, text, status, metadata";

    private final Store store;

    DocumentRepository(Store store) {
        this.store = store;
    }

    /** Stores a new document and returns it with its id. */
    public Document insert(Document document) {
        return store.inTransaction(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    // the id as SQLite gives it (max + 1), on PostgreSQL too: bulk imports give ids the same way
                    "INSERT INTO documents(id, name, title, text, text_length, sha256, status, metadata)"
                            + " VALUES ((SELECT coalesce(max(id), 0) + 1 FROM documents),?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, document.name());
                ps.setString(2, document.title());
                ps.setString(3, document.text());
                ps.setInt(4, document.text().length());
                ps.setString(5, document.sha256());
                ps.setString(6, document.status().code());
                ps.setString(7, MetadataJson.write(document.metadata()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return document.withId(keys.getLong(1));
                }
            }
        });
    }

    public Optional<Document> find(long id) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT " + COLUMNS + " FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(document(rs)) : Optional.<Document>empty();
                }
            }
        });
    }

    /** Every document for the list view, in id order, with its span count; texts are not loaded. */
    public List<DocumentSummary> summaries() {
        return store.read(() -> {
            List<DocumentSummary> result = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT d.id, d.name, d.title, d.status,
                                (SELECT count(*) FROM spans s WHERE s.document_id = d.id)
                         FROM documents d ORDER BY d.id""")) {
                while (rs.next()) {
                    result.add(new DocumentSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                            status(rs.getString(4)), rs.getInt(5)));
                }
            }
            return result;
        });
    }

    /** {@link #summaries()} counting only the spans of one annotator's layer. */
    public List<DocumentSummary> summaries(String annotator) {
        return store.read(() -> {
            List<DocumentSummary> result = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT d.id, d.name, d.title, d.status,
                           (SELECT count(*) FROM spans s WHERE s.document_id = d.id AND s.annotator = ?)
                    FROM documents d ORDER BY d.id""")) {
                ps.setString(1, annotator);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new DocumentSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                                status(rs.getString(4)), rs.getInt(5)));
                    }
                }
            }
            return result;
        });
    }

    /** Ids of the documents, optionally only those with a status, in id order. */
    public List<Long> ids(Optional<DocumentStatus> status) {
        return store.read(() -> {
            String sql = "SELECT id FROM documents" + (status.isPresent() ? " WHERE status = ?" : "") + " ORDER BY id";
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                if (status.isPresent()) {
                    ps.setString(1, status.get().code());
                }
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** The id of a stored document whose text is exactly {@code text}, if any. */
    public Optional<Long> findByText(String text) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, Document.sha256Of(text));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** The SHA-256 of every stored text: how an import recognises articles it already holds. */
    public Set<String> textHashes() {
        return store.read(() -> {
            Set<String> hashes = new HashSet<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT sha256 FROM documents")) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
            return hashes;
        });
    }

    /** How many documents have each status, every status present (0 when none). */
    public Map<DocumentStatus, Integer> countsByStatus() {
        return store.read(() -> {
            Map<DocumentStatus, Integer> counts = new EnumMap<>(DocumentStatus.class);
            for (DocumentStatus s : DocumentStatus.values()) {
                counts.put(s, 0);
            }
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT status, count(*) FROM documents GROUP BY status")) {
                while (rs.next()) {
                    counts.put(status(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    public int count() {
        return store.read(() -> {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public void setStatus(long id, DocumentStatus status) {
        store.inTransaction(() -> {
            store.writesLayers();
            updateStatus(id, status, "", Optional.empty());
            return null;
        });
    }

    /**
     * Sets the document's status and records it as {@code annotator}'s status of their layer of it,
     * with the time. The document's own status is the last one anyone set.
     */
    public void setStatus(long id, DocumentStatus status, String annotator) {
        store.inTransaction(() -> {
            store.writesLayers();
            updateStatus(id, status, annotator, Optional.empty());
            putLayerStatus(id, status, annotator);
            return null;
        });
    }

    /**
     * {@link #setStatus(long, DocumentStatus, String)} only if the status is still at {@code expected}
     * (what {@link #statusVersion} gave when the analyst saw it); returns the new version.
     *
     * @throws ConcurrentEditException another analyst changed the status since; nothing was stored
     */
    public Version setStatus(long id, DocumentStatus status, String annotator, long expected) {
        return setStatus(id, status, annotator, annotator, expected);
    }

    /**
     * {@link #setStatus(long, DocumentStatus, String, long)} of {@code annotator}'s layer, changed by
     * {@code by} (a curator setting the gold layer's status).
     */
    public Version setStatus(long id, DocumentStatus status, String annotator, String by, long expected) {
        return store.inTransaction(() -> {
            store.writesLayers();
            updateStatus(id, status, by, Optional.of(expected));
            putLayerStatus(id, status, annotator);
            return statusVersion(id);
        });
    }

    /** The version of a document's status: who set it last, and when. */
    public Version statusVersion(long id) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT version, changed_by, updated FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("document " + id + " does not exist");
                    }
                    return new Version(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
        });
    }

    private void updateStatus(long id, DocumentStatus status, String by, Optional<Long> expected) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("UPDATE documents SET status = ?, updated = "
                + store.now() + ", version = version + 1, changed_by = ? WHERE id = ?"
                + (expected.isPresent() ? " AND version = ?" : ""))) {
            ps.setString(1, status.code());
            ps.setString(2, by);
            ps.setLong(3, id);
            if (expected.isPresent()) {
                ps.setLong(4, expected.get());
            }
            int rows = ps.executeUpdate();
            if (rows == 0 && expected.isPresent() && exists(id)) {
                String name = find(id).map(Document::name).orElse(Long.toString(id));
                throw new ConcurrentEditException("the status of document '" + name + "'", statusVersion(id));
            }
            requireOneRow(rows, id);
        }
    }

    private boolean exists(long id) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void putLayerStatus(long id, DocumentStatus status, String annotator) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("""
                INSERT INTO layer_status(document_id, annotator, status) VALUES (?,?,?)
                ON CONFLICT (document_id, annotator) DO UPDATE SET status = excluded.status,
                  updated = """ + store.now())) {
            ps.setLong(1, id);
            ps.setString(2, annotator);
            ps.setString(3, status.code());
            ps.executeUpdate();
        }
    }

    /** {@code annotator}'s status of their layer of a document: {@code new} until they set one. */
    public DocumentStatus layerStatus(long id, String annotator) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT status FROM layer_status WHERE document_id = ? AND annotator = ?")) {
                ps.setLong(1, id);
                ps.setString(2, annotator);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? status(rs.getString(1)) : DocumentStatus.NEW;
                }
            }
        });
    }

    /** Deletes a document with its spans and relations. */
    public void delete(long id) {
        store.inTransaction(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                requireOneRow(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    /** The UTF-16 length of a stored document's text. */
    int textLength(long id) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT text_length FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new InvalidSpanException("document " + id + " does not exist");
                }
                return rs.getInt(1);
            }
        }
    }

    private static void requireOneRow(int rows, long id) {
        if (rows != 1) {
            throw new IllegalArgumentException("document " + id + " does not exist");
        }
    }

    static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                status(rs.getString(5)), MetadataJson.read(rs.getString(6)));
    }

    static DocumentStatus status(String code) {
        return DocumentStatus.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown status " + code));
    }
}
