package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Stores many annotated documents inside the caller's transaction ({@link Store#inTransaction}) with
 * three prepared statements reused for every row. The transaction writes alone ({@link WriteLock#ALL}):
 * document ids are given here, span and relation ids taken a block at a time ({@link Store#takeIds}).
 * Each document's spans go in as one batch, then its relations, whose local span ids are mapped to
 * the new ones. The labels must exist before the inserter is opened.
 */
public final class BulkInserter implements AutoCloseable {

    /** Span and relation ids are taken this many at a time: a few round trips for a large import. */
    private static final int ID_BLOCK = 1024;

    private final Store store;
    private Map<String, Long> labelIds;
    private final PreparedStatement documentInsert;
    private final PreparedStatement spanInsert;
    private final PreparedStatement relationInsert;
    private long nextDocumentId;
    private long nextSpanId;
    private int spanIdsLeft;
    private long nextRelationId;
    private int relationIdsLeft;

    BulkInserter(Store store) throws SQLException {
        if (!store.inOpenTransaction()) {
            throw new IllegalStateException("a bulk insert must run inside Store.inTransaction");
        }
        this.store = store;
        store.writesAll();
        this.labelIds = labelIds();
        this.nextDocumentId = maxId("documents") + 1;
        this.documentInsert = store.connection().prepareStatement("INSERT INTO documents"
                + "(id, name, title, text, text_length, sha256, status, metadata) VALUES (?,?,?,?,?,?,?,?)");
        this.spanInsert = store.connection().prepareStatement(
                "INSERT INTO spans(id, document_id, start, \"end\", label_id, annotator) VALUES (?,?,?,?,?,?)");
        this.relationInsert = store.connection().prepareStatement(
                "INSERT INTO relations(id, document_id, from_span, to_span, type, annotator, created)"
                + " VALUES (?,?,?,?,?,?," + store.now() + ")");
    }

    /**
     * Stores one document with its spans (annotated by {@code annotator} when not empty, else by their
     * own annotator) and relations; returns the document's new id.
     *
     * @throws InvalidSpanException a span that does not fit the text or has an unknown label
     */
    public long insert(AnnotatedDocument annotated, String annotator) {
        return insert(annotated, annotator, annotated.document().sha256());
    }

    /** {@link #insert(AnnotatedDocument, String)} with the text's hash already worked out by the caller. */
    public long insert(AnnotatedDocument annotated, String annotator, String sha256) {
        return store.read(() -> {
            Document document = annotated.document();
            long documentId = nextDocumentId++;
            documentInsert.setLong(1, documentId);
            documentInsert.setString(2, document.name());
            documentInsert.setString(3, document.title());
            documentInsert.setString(4, document.text());
            documentInsert.setInt(5, document.text().length());
            documentInsert.setString(6, sha256);
            documentInsert.setString(7, document.status().code());
            documentInsert.setString(8, MetadataJson.write(document.metadata()));
            documentInsert.executeUpdate();
            insertLayer(documentId, annotated, annotator);
            return documentId;
        });
    }

    /**
     * Adds spans and relations to a stored document whose text is {@code annotated}'s (a merge adds
     * another annotator's layer this way); the spans are annotated by {@code annotator} when not
     * empty, else by their own annotator.
     */
    public void insertLayer(long documentId, AnnotatedDocument annotated, String annotator) {
        store.read(() -> {
            Map<Long, String> layers = new HashMap<>();
            Map<Long, Long> spanIds = insertSpans(annotated, documentId, annotator, layers);
            insertRelations(annotated, documentId, spanIds, layers);
            return null;
        });
    }

    private Map<Long, Long> insertSpans(AnnotatedDocument annotated, long documentId, String annotator,
                                        Map<Long, String> layers) throws SQLException {
        int length = annotated.document().text().length();
        Map<Long, Long> spanIds = new HashMap<>();
        for (Span span : annotated.spans()) {
            if (!span.range().fitsNonEmptyIn(length)) {
                throw new InvalidSpanException("span [" + span.start() + ", " + span.end() + ") does not fit document '"
                        + annotated.document().name() + "' of length " + length);
            }
            Long labelId = labelIds.get(span.label());
            if (labelId == null) {
                labelIds = labelIds(); // created since the inserter was opened (a streaming import)
                labelId = labelIds.get(span.label());
            }
            if (labelId == null) {
                throw new InvalidSpanException("unknown label '" + span.label() + "'");
            }
            long id = spanId();
            if (spanIds.put(span.id(), id) != null) {
                throw new InvalidSpanException("span id " + span.id() + " occurs twice in document '"
                        + annotated.document().name() + "'");
            }
            spanInsert.setLong(1, id);
            spanInsert.setLong(2, documentId);
            spanInsert.setInt(3, span.start());
            spanInsert.setInt(4, span.end());
            spanInsert.setLong(5, labelId);
            String layer = Annotator.orDefault(annotator.isEmpty() ? span.annotator() : annotator);
            layers.put(id, layer);
            spanInsert.setString(6, layer);
            spanInsert.addBatch();
        }
        if (!spanIds.isEmpty()) {
            spanInsert.executeBatch();
        }
        return spanIds;
    }

    private void insertRelations(AnnotatedDocument annotated, long documentId, Map<Long, Long> spanIds,
                                 Map<Long, String> layers) throws SQLException {
        for (Relation relation : annotated.relations()) {
            Long from = spanIds.get(relation.fromSpanId());
            Long to = spanIds.get(relation.toSpanId());
            if (from == null || to == null || from.equals(to)) {
                throw new IllegalArgumentException("relation '" + relation.type() + "' of document '"
                        + annotated.document().name() + "' needs two different spans of that document");
            }
            relationInsert.setLong(1, relationId());
            relationInsert.setLong(2, documentId);
            relationInsert.setLong(3, from);
            relationInsert.setLong(4, to);
            relationInsert.setString(5, relation.type());
            relationInsert.setString(6, layers.get(from));
            relationInsert.addBatch();
        }
        if (!annotated.relations().isEmpty()) {
            relationInsert.executeBatch();
        }
    }

    /** The next of the span ids taken a block at a time ({@link #ID_BLOCK}). */
    private long spanId() throws SQLException {
        if (spanIdsLeft == 0) {
            // never below ids given out already: on SQLite a block starts past the stored rows only,
            // and this document's spans are not stored until its batch runs
            nextSpanId = Math.max(store.takeIds("spans", ID_BLOCK), nextSpanId);
            spanIdsLeft = ID_BLOCK;
        }
        spanIdsLeft--;
        return nextSpanId++;
    }

    private long relationId() throws SQLException {
        if (relationIdsLeft == 0) {
            nextRelationId = Math.max(store.takeIds("relations", ID_BLOCK), nextRelationId);
            relationIdsLeft = ID_BLOCK;
        }
        relationIdsLeft--;
        return nextRelationId++;
    }

    private Map<String, Long> labelIds() throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM labels")) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }

    private long maxId(String table) throws SQLException {
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() {
        store.read(() -> {
            documentInsert.close();
            spanInsert.close();
            relationInsert.close();
            return null;
        });
    }
}
