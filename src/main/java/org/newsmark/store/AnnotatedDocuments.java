package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Loads documents with their spans and relations a page at a time: three queries per page, whatever
 * its size, so an export streams the database without holding it in memory or the lock for long.
 */
public final class AnnotatedDocuments {

    /** The largest page {@link #load} accepts (SQLite's default limit on parameters is far above). */
    public static final int MAX_PAGE = 500;

    private final Store store;

    AnnotatedDocuments(Store store) {
        this.store = store;
    }

    /** The documents with these ids, in the order given; ids that do not exist are left out. */
    public List<AnnotatedDocument> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_PAGE) {
            throw new IllegalArgumentException("at most " + MAX_PAGE + " documents per page, not " + ids.size());
        }
        String in = " IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        return store.read(() -> {
            Map<Long, Document> documents = new HashMap<>();
            try (PreparedStatement ps = prepare("SELECT " + DocumentRepository.COLUMNS + " FROM documents WHERE id" + in, ids);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Document d = DocumentRepository.document(rs);
                    documents.put(d.id(), d);
                }
            }
            Map<Long, List<Span>> spans = new HashMap<>();
            try (PreparedStatement ps = prepare(SpanRepository.SELECT + " WHERE s.document_id" + in
                    + " ORDER BY s.document_id, s.start, s.\"end\" DESC, l.name, s.id", ids);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Span s = SpanRepository.span(rs);
                    spans.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s);
                }
            }
            Map<Long, List<Relation>> relations = new HashMap<>();
            try (PreparedStatement ps = prepare(RelationRepository.SELECT + " WHERE document_id" + in
                    + " ORDER BY document_id, id", ids);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Relation r = RelationRepository.relation(rs);
                    relations.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(r);
                }
            }
            Map<Long, AnnotatedDocument> byId = new LinkedHashMap<>();
            for (long id : ids) {
                Document d = documents.get(id);
                if (d != null) {
                    byId.put(id, new AnnotatedDocument(d, spans.getOrDefault(id, List.of()),
                            relations.getOrDefault(id, List.of())));
                }
            }
            return List.copyOf(byId.values());
        });
    }

    private PreparedStatement prepare(String sql, List<Long> ids) throws SQLException {
        PreparedStatement ps = store.connection().prepareStatement(sql);
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
        return ps;
    }
}
