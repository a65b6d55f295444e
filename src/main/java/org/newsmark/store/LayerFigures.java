package org.newsmark.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts over every annotator's layers, for the statistics of a team: who tagged what where, when
 * documents were finished, how fast spans were made and which labels occur together. Read-only.
 */
public final class LayerFigures {

    /** How many spans of a label an annotator's layer of a document holds. */
    public record LabelCount(long documentId, String documentName, String annotator, String label, int spans) {
    }

    /** How many of an annotator's layers were last set to done on a day ({@code YYYY-MM-DD}, UTC). */
    public record DayCount(String annotator, String day, int documents) {
    }

    /** An annotator's spans and the distinct clock hours (UTC) in which they were created. */
    public record Activity(String annotator, int spans, int hours) {
    }

    /** In how many documents one annotator's layer holds spans of both labels ({@code a <= b}; a = b: of the label). */
    public record LabelPair(String a, String b, int documents) {
    }

    private final Store store;

    public LayerFigures(Store store) {
        this.store = store;
    }

    /** Every annotator with a span or a status somewhere (not those with an assignment only), by name. */
    public List<String> annotatorsWithLayers() {
        return query("SELECT annotator FROM spans UNION SELECT annotator FROM layer_status ORDER BY 1",
                rs -> rs.getString(1));
    }

    /** Span counts by document, annotator and label, in document id, annotator and label order. */
    public List<LabelCount> labelCounts() {
        return query("""
                SELECT d.id, d.name, s.annotator, l.name, count(*)
                FROM spans s JOIN labels l ON l.id = s.label_id JOIN documents d ON d.id = s.document_id
                GROUP BY d.id, s.annotator, l.id
                ORDER BY d.id, s.annotator, l.position, l.id""",
                rs -> new LabelCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
    }

    /** Layers whose status is done, by annotator and the day of their last status change. */
    public List<DayCount> doneByDay() {
        return query("""
                SELECT annotator, substr(updated, 1, 10), count(*) FROM layer_status
                WHERE status = 'done' AND updated <> '' GROUP BY 1, 2 ORDER BY 1, 2""",
                rs -> new DayCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    /** Per annotator, the spans that still exist and the clock hours their creation times fall in. */
    public List<Activity> activity() {
        return query("""
                SELECT annotator, count(*), count(DISTINCT substr(created, 1, 13)) FROM spans
                WHERE created <> '' GROUP BY annotator ORDER BY annotator""",
                rs -> new Activity(rs.getString(1), rs.getInt(2), rs.getInt(3)));
    }

    /** Pairs of labels (and each label with itself) by the documents where one annotator's layer holds both. */
    public List<LabelPair> labelPairs() {
        return query("""
                WITH present AS (SELECT DISTINCT s.document_id, s.annotator, l.name AS label
                                 FROM spans s JOIN labels l ON l.id = s.label_id)
                SELECT a.label, b.label, count(DISTINCT a.document_id) FROM present a JOIN present b
                  ON a.document_id = b.document_id AND a.annotator = b.annotator AND a.label <= b.label
                GROUP BY a.label, b.label ORDER BY 1, 2""",
                rs -> new LabelPair(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    private interface Row<T> {
        T of(ResultSet rs) throws java.sql.SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) {
        return store.read(() -> {
            List<T> out = new ArrayList<>();
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(row.of(rs));
                }
            }
            return out;
        });
    }
}
