package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Counts over every layer for the team's statistics: who tagged what, where and when. */
public final class TeamActivity {

    /** A document and how many spans (all layers) it has. */
    public record DocumentCount(long documentId, String name, int spans) {
    }

    /** One grouped count: two keys (e.g. label and annotator) and how many. */
    public record Count(String first, String second, int count) {
    }

    private final Store store;

    private TeamActivity(Store store) {
        this.store = store;
    }

    public static TeamActivity of(Store store) {
        return new TeamActivity(store);
    }

    /** Spans by label name and annotator. */
    public List<Count> spansByLabelAndAnnotator() {
        return counts("""
                SELECT l.name, s.annotator, count(*) FROM spans s JOIN labels l ON l.id = s.label_id
                GROUP BY 1, 2 ORDER BY 1, 2""");
    }

    /** The documents with the most spans, most first. */
    public List<DocumentCount> busiestDocuments(int limit) {
        return store.read(() -> {
            List<DocumentCount> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT d.id, d.name, count(*) FROM spans s JOIN documents d ON d.id = s.document_id
                    GROUP BY d.id ORDER BY 3 DESC, d.name LIMIT ?""")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DocumentCount(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }

    /** Layers marked done, by annotator and the day (UTC, yyyy-mm-dd) their status last changed. */
    public List<Count> doneByAnnotatorAndDay() {
        return counts("""
                SELECT annotator, substr(updated, 1, 10), count(*) FROM layer_status WHERE status = 'done'
                GROUP BY 1, 2 ORDER BY 1, 2""");
    }

    /** Spans by annotator and the hour of the day (UTC, "00" to "23") they were made. */
    public List<Count> spansByAnnotatorAndHour() {
        return counts("""
                SELECT annotator, substr(created, 12, 2), count(*) FROM spans WHERE length(created) >= 13
                GROUP BY 1, 2 ORDER BY 1, 2""");
    }

    /** Pairs of overlapping spans of one layer, by their labels (each pair once, labels in either order). */
    public List<Count> overlappingLabels() {
        return counts("""
                SELECT la.name, lb.name, count(*) FROM spans a
                JOIN spans b ON b.document_id = a.document_id AND b.annotator = a.annotator AND b.id > a.id
                 AND b.start < a.end AND a.start < b.end
                JOIN labels la ON la.id = a.label_id JOIN labels lb ON lb.id = b.label_id
                GROUP BY 1, 2 ORDER BY 1, 2""");
    }

    private List<Count> counts(String sql) {
        return store.read(() -> {
            List<Count> out = new ArrayList<>();
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }
}
