package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Relation;

/** Relations between two spans of the same document. */
public final class RelationRepository {

    static final String SELECT = "SELECT id, document_id, from_span, to_span, type FROM relations";

    private final Store store;

    RelationRepository(Store store) {
        this.store = store;
    }

    /** Stores a new relation (its id is ignored); both spans must belong to the relation's document. */
    public Relation insert(Relation relation) {
        return store.inTransaction(() -> insertRow(relation, false));
    }

    /** Stores a relation under its own id again, as undo does. */
    public Relation restore(Relation relation) {
        return store.inTransaction(() -> insertRow(relation, true));
    }

    /** Stores a relation again under its own id when no row holds it, else under a new one; returns what it stored. */
    public Relation reinsert(Relation relation) {
        return store.inTransaction(() -> {
            store.writesLayers();
            return insertRow(relation, relation.id() != 0 && !exists(relation.id()));
        });
    }

    private boolean exists(long relationId) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT 1 FROM relations WHERE id = ?")) {
            ps.setLong(1, relationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Relation insertRow(Relation relation, boolean keepId) throws SQLException {
        store.writesLayers();
        Map<Long, String> layers = spanLayers(relation);
        String annotator = requireSpanOf(layers, relation.fromSpanId(), relation.documentId());
        if (!requireSpanOf(layers, relation.toSpanId(), relation.documentId()).equals(annotator)) {
            throw new IllegalArgumentException("a relation joins spans of one annotator's layer: span "
                    + relation.fromSpanId() + " and span " + relation.toSpanId() + " are in different layers");
        }
        if (relation.fromSpanId() == relation.toSpanId()) {
            throw new IllegalArgumentException("a relation needs two different spans");
        }
        String sql = "INSERT INTO relations(document_id, from_span, to_span, type, annotator, created, id) VALUES (?,?,?,?,?,"
                + store.now() + ",?)";
        Relation stored = keepId ? relation : relation.withId(store.firstFreeId("relations"));
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setLong(1, relation.documentId());
            ps.setLong(2, relation.fromSpanId());
            ps.setLong(3, relation.toSpanId());
            ps.setString(4, relation.type());
            ps.setString(5, annotator);
            ps.setLong(6, stored.id());
            ps.executeUpdate();
            return stored;
        }
    }

    public void delete(long relationId) {
        store.inTransaction(() -> {
            store.writesLayers();
            store.retireIds("relations", "SELECT ?", relationId);
            try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM relations WHERE id = ?")) {
                ps.setLong(1, relationId);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalArgumentException("relation " + relationId + " does not exist");
                }
            }
            return null;
        });
    }

    public List<Relation> forDocument(long documentId) {
        return store.read(() -> query(SELECT + " WHERE document_id = ? ORDER BY id", documentId));
    }

    /** The relations of one annotator's layer of a document. */
    public List<Relation> forDocument(long documentId, String annotator) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    SELECT + " WHERE document_id = ? AND annotator = ? ORDER BY id")) {
                ps.setLong(1, documentId);
                ps.setString(2, annotator);
                return list(ps);
            }
        });
    }

    /** Relations that start or end at a span. */
    public List<Relation> touching(long spanId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    SELECT + " WHERE from_span = ? OR to_span = ? ORDER BY id")) {
                ps.setLong(1, spanId);
                ps.setLong(2, spanId);
                return list(ps);
            }
        });
    }

    public int count() {
        return store.read(() -> {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM relations")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private List<Relation> query(String sql, long id) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setLong(1, id);
            return list(ps);
        }
    }

    private static List<Relation> list(PreparedStatement ps) throws SQLException {
        List<Relation> relations = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                relations.add(relation(rs));
            }
        }
        return relations;
    }

    static Relation relation(ResultSet rs) throws SQLException {
        return new Relation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
    }

    /** Relation counts per type over the whole database, most frequent first. */
    public Map<String, Integer> countsByType() {
        return store.read(() -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT type, count(*) FROM relations GROUP BY type ORDER BY count(*) DESC, type")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /**
     * The annotators of the relation's two spans that are in its document, by span id: one query, and
     * the spans stay there until the transaction ends.
     */
    private Map<Long, String> spanLayers(Relation relation) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT id, annotator FROM spans WHERE id IN (?, ?) AND document_id = ?" + store.keepRows())) {
            ps.setLong(1, relation.fromSpanId());
            ps.setLong(2, relation.toSpanId());
            ps.setLong(3, relation.documentId());
            Map<Long, String> layers = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    layers.put(rs.getLong(1), rs.getString(2));
                }
            }
            return layers;
        }
    }

    private static String requireSpanOf(Map<Long, String> layers, long spanId, long documentId) {
        String annotator = layers.get(spanId);
        if (annotator == null) {
            throw new IllegalArgumentException("span " + spanId + " is not in document " + documentId);
        }
        return annotator;
    }
}
