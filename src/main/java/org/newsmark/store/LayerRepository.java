package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Annotators and their layers (an annotator's spans, relations and status of a document), and which
 * documents are assigned to whom.
 */
public final class LayerRepository {

    /** An annotator's layer of a document as an assignment listing shows it. */
    public record AssignedLayer(String annotator, long documentId, String documentName, DocumentStatus status,
                                int spans) {
    }

    private final Store store;

    LayerRepository(Store store) {
        this.store = store;
    }

    /** Every annotator with a span, a status or an assignment anywhere, by name. */
    public List<String> annotators() {
        return store.read(() -> {
            List<String> names = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT annotator FROM spans UNION SELECT annotator FROM layer_status
                         UNION SELECT annotator FROM assignments ORDER BY 1""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /** The annotators with annotations on a document: a span there, or a status they set. */
    public Set<String> annotatorsOf(long documentId) {
        return annotatorsOf(List.of(documentId)).getOrDefault(documentId, Set.of());
    }

    /** {@link #annotatorsOf(long)} for many documents at once (at most {@link AnnotatedDocuments#MAX_PAGE}). */
    public Map<Long, Set<String>> annotatorsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = " IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        return store.read(() -> {
            Map<Long, Set<String>> layers = new HashMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT DISTINCT document_id, annotator FROM spans WHERE document_id" + in
                            + " UNION SELECT document_id, annotator FROM layer_status WHERE document_id" + in)) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(i + 1, ids.get(i));
                    ps.setLong(ids.size() + i + 1, ids.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        layers.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                    }
                }
            }
            return layers;
        });
    }

    /** A document's spans by annotator (names in order), each layer in document order. */
    public Map<String, List<Span>> spans(long documentId) {
        return store.read(() -> {
            Map<String, List<Span>> layers = new TreeMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(SpanRepository.SELECT
                    + " WHERE s.document_id = ? ORDER BY s.annotator, s.start, s.\"end\" DESC, l.name, s.id")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Span span = SpanRepository.span(rs);
                        layers.computeIfAbsent(span.annotator(), k -> new ArrayList<>()).add(span);
                    }
                }
            }
            return layers;
        });
    }

    /** A document's relations by annotator (names in order). */
    public Map<String, List<Relation>> relations(long documentId) {
        return store.read(() -> {
            Map<String, List<Relation>> layers = new TreeMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, document_id, from_span, to_span, type, annotator FROM relations"
                            + " WHERE document_id = ? ORDER BY annotator, id")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        layers.computeIfAbsent(rs.getString(6), k -> new ArrayList<>()).add(RelationRepository.relation(rs));
                    }
                }
            }
            return layers;
        });
    }

    /**
     * The version of {@code annotator}'s layer of a document: bumped by every change made through
     * {@link #claim} or {@link #bump} (sessions, replacements); number 0 while nobody has changed it so.
     */
    public Version version(long documentId, String annotator) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT version, changed_by, changed FROM layer_versions WHERE document_id = ? AND annotator = ?")) {
                ps.setLong(1, documentId);
                ps.setString(2, annotator);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Version(rs.getLong(1), rs.getString(2), rs.getString(3)) : new Version(0, "", "");
                }
            }
        });
    }

    /**
     * Records that {@code by} changes {@code annotator}'s layer of a document, only if the layer is still
     * at {@code expected} (what {@link #version} gave when the analyst saw it); returns the new version.
     * Call it in the transaction that makes the change.
     *
     * @throws ConcurrentEditException someone changed the layer since; the caller's transaction rolls back
     */
    public Version claim(long documentId, String annotator, String by, long expected) {
        return store.inTransaction(() -> {
            if (bumpRow(documentId, annotator, by, java.util.Optional.of(expected)) == 0) {
                String name = store.documents().find(documentId).map(org.newsmark.model.Document::name)
                        .orElseThrow(() -> new IllegalArgumentException("document " + documentId + " does not exist"));
                throw new ConcurrentEditException("the " + annotator + " layer of document '" + name + "'",
                        version(documentId, annotator));
            }
            return version(documentId, annotator);
        });
    }

    /** Bumps the layer's version without checking it: a change that replaces the layer whatever it held. */
    public Version bump(long documentId, String annotator, String by) {
        return store.inTransaction(() -> {
            bumpRow(documentId, annotator, by, java.util.Optional.empty());
            return version(documentId, annotator);
        });
    }

    private int bumpRow(long documentId, String annotator, String by, java.util.Optional<Long> expected)
            throws java.sql.SQLException {
        // the row first, so that two first changes at once meet on its key (PostgreSQL waits for the other)
        try (PreparedStatement ps = store.connection().prepareStatement(
                "INSERT INTO layer_versions(document_id, annotator) VALUES (?,?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, documentId);
            ps.setString(2, annotator);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = store.connection().prepareStatement("UPDATE layer_versions SET version = version + 1,"
                + " changed_by = ?, changed = " + store.now() + " WHERE document_id = ? AND annotator = ?"
                + (expected.isPresent() ? " AND version = ?" : ""))) {
            ps.setString(1, by);
            ps.setLong(2, documentId);
            ps.setString(3, annotator);
            if (expected.isPresent()) {
                ps.setLong(4, expected.get());
            }
            return ps.executeUpdate();
        }
    }

    /** Deletes an annotator's spans (their relations go with them) and status of a document. */
    public void deleteLayer(long documentId, String annotator) {
        store.inTransaction(() -> {
            store.writesLayers();
            for (String table : List.of("spans", "layer_status")) {
                try (PreparedStatement ps = store.connection().prepareStatement(
                        "DELETE FROM " + table + " WHERE document_id = ? AND annotator = ?")) {
                    ps.setLong(1, documentId);
                    ps.setString(2, annotator);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Replaces every assignment with these: document id to the annotators it is assigned to. */
    public void replaceAssignments(Map<Long, List<String>> assignments) {
        store.inTransaction(() -> {
            try (Statement st = store.connection().createStatement()) {
                st.executeUpdate("DELETE FROM assignments");
            }
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO assignments(document_id, annotator) VALUES (?,?)")) {
                for (Map.Entry<Long, List<String>> e : assignments.entrySet()) {
                    for (String annotator : e.getValue()) {
                        ps.setLong(1, e.getKey());
                        ps.setString(2, annotator);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Whether any document is assigned to anyone. */
    public boolean hasAssignments() {
        return store.read(() -> {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM assignments)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** The documents assigned to an annotator, in id order. */
    public List<Long> assignedTo(String annotator) {
        return store.read(() -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT document_id FROM assignments WHERE annotator = ? ORDER BY document_id")) {
                ps.setString(1, annotator);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Every assignment with the annotator's status and span count of that document, by annotator then document. */
    public List<AssignedLayer> assignments() {
        return store.read(() -> {
            List<AssignedLayer> out = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT a.annotator, a.document_id, d.name, coalesce(ls.status, 'new'),
                                (SELECT count(*) FROM spans s WHERE s.document_id = a.document_id AND s.annotator = a.annotator)
                         FROM assignments a JOIN documents d ON d.id = a.document_id
                         LEFT JOIN layer_status ls ON ls.document_id = a.document_id AND ls.annotator = a.annotator
                         ORDER BY a.annotator, a.document_id""")) {
                while (rs.next()) {
                    out.add(new AssignedLayer(rs.getString(1), rs.getLong(2), rs.getString(3),
                            DocumentRepository.status(rs.getString(4)), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** Ids of the documents with these text hashes, by hash (the first stored document where several share one). */
    public Map<String, Long> documentsByTextHash(Set<String> hashes) {
        return store.read(() -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1")) {
                for (String hash : hashes) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            ids.put(hash, rs.getLong(1));
                        }
                    }
                }
            }
            return ids;
        });
    }

    /** Sets an annotator's status of their layer of a document without touching the document's own status (a merge). */
    public void putStatus(long documentId, String annotator, DocumentStatus status) {
        store.inTransaction(() -> {
            store.writesLayers();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO layer_status(document_id, annotator, status) VALUES (?,?,?)"
                            + " ON CONFLICT (document_id, annotator) DO UPDATE SET status = excluded.status,"
                            + " updated = " + store.now())) {
                ps.setLong(1, documentId);
                ps.setString(2, annotator);
                ps.setString(3, status.code());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every annotator's status of their layers of a document. */
    public Map<String, DocumentStatus> statuses(long documentId) {
        return store.read(() -> {
            Map<String, DocumentStatus> out = new TreeMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT annotator, status FROM layer_status WHERE document_id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), DocumentRepository.status(rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }
}
