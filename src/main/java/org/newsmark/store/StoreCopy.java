package org.newsmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a whole corpus from one store into an empty one, whichever the engines: every row of every
 * table, under the same ids and with the same time stamps, in one transaction of the target (a
 * failure leaves it as it was). The source is only read, from one snapshot (a writable SQLite source,
 * whose transactions take the write lock at once, is better opened read-only for the copy).
 */
public final class StoreCopy {

    /** The tables of the latest schema, parents first, with every column (so nothing is left behind). */
    static final Map<String, List<String>> TABLES = tables();

    /** Tables whose rows have an {@code id} (sequences to catch up after the copy). */
    private static final List<String> WITH_IDS = List.of("labels", "documents", "spans", "relations", "rejected_suggestions");

    private static final int BATCH = 500;

    /** How many rows of each table were copied, by table. */
    public record Counts(Map<String, Integer> rows) {
        public int of(String table) {
            return rows.getOrDefault(table, 0);
        }
    }

    /**
     * Told after every batch how far the copy has come: {@code rows} of {@code table}'s {@code tableRows}
     * copied, {@code done} of {@code total} rows of all tables; returns false to stop the copy, which
     * then rolls back and throws {@link java.util.concurrent.CancellationException}.
     */
    @FunctionalInterface
    public interface Watcher {
        Watcher NONE = (table, rows, tableRows, done, total) -> true;

        boolean copied(String table, long rows, long tableRows, long done, long total);
    }

    private StoreCopy() {
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("labels", List.of("id", "name", "color", "hotkey", "position", "version", "changed_by", "changed"));
        t.put("relation_types", List.of("name", "position"));
        t.put("documents", List.of("id", "name", "title", "text", "text_length", "sha256", "status", "metadata", "created", "updated",
                "version", "changed_by"));
        t.put("spans", List.of("id", "document_id", "start", "\"end\"", "label_id", "annotator", "created", "updated", "source"));
        t.put("relations", List.of("id", "document_id", "from_span", "to_span", "type", "annotator", "created"));
        t.put("rejected_suggestions", List.of("id", "document_id", "label", "start", "\"end\"", "text", "created"));
        t.put("layer_status", List.of("document_id", "annotator", "status", "updated"));
        t.put("assignments", List.of("document_id", "annotator", "created"));
        t.put("id_reservations", List.of("table_name", "high"));
        t.put("layer_versions", List.of("document_id", "annotator", "version", "changed_by", "changed"));
        return Collections.unmodifiableMap(t);
    }

    /**
     * Copies {@code from} into {@code to}.
     *
     * @throws IllegalArgumentException {@code to} already holds documents or labels
     */
    public static Counts copy(Store from, Store to) {
        return copy(from, to, Watcher.NONE);
    }

    /**
     * {@link #copy(Store, Store)}, telling {@code watcher} of the rows copied (counted beforehand).
     *
     * @throws java.util.concurrent.CancellationException the watcher stopped the copy; {@code to} is as it was
     */
    public static Counts copy(Store from, Store to, Watcher watcher) {
        return to.inTransaction(() -> {
            int documents = to.documents().count();
            int labels = to.labels().all().size();
            if (documents > 0 || labels > 0) {
                throw new IllegalArgumentException(to.location() + " already holds " + documents + " documents and "
                        + labels + " labels; a copy fills only a new, empty database");
            }
            try (Statement st = to.connection().createStatement()) {
                st.executeUpdate("DELETE FROM relation_types"); // a new store's default, replaced by the source's
            }
            Map<String, Integer> counts = from.readSnapshot(() -> {
                Map<String, Long> sizes = sizes(from);
                long total = sizes.values().stream().mapToLong(Long::longValue).sum();
                long[] done = {0};
                Map<String, Integer> copied = new LinkedHashMap<>();
                for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
                    String name = table.getKey();
                    long tableRows = sizes.get(name);
                    long[] tableDone = {0};
                    RowsCopied told = rows -> {
                        tableDone[0] += rows;
                        done[0] += rows;
                        if (!watcher.copied(name, tableDone[0], Math.max(tableRows, tableDone[0]), done[0], Math.max(total, done[0]))) {
                            throw new java.util.concurrent.CancellationException("copy cancelled");
                        }
                    };
                    copied.put(name, copyTable(from, to, name, table.getValue(), told));
                }
                return copied;
            });
            for (String table : WITH_IDS) {
                to.idsTaken(table);
            }
            return new Counts(Collections.unmodifiableMap(counts));
        });
    }

    /** Rows just sent to the target (a batch). */
    private interface RowsCopied {
        void add(int rows);
    }

    /** Rows of each table in the source, for the progress total (the copy itself counts what it copied). */
    private static Map<String, Long> sizes(Store from) {
        return from.read(() -> {
            Map<String, Long> sizes = new LinkedHashMap<>();
            try (Statement st = from.connection().createStatement()) {
                for (String table : TABLES.keySet()) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        sizes.put(table, rs.getLong(1));
                    }
                }
            }
            return sizes;
        });
    }

    private static int copyTable(Store from, Store to, String table, List<String> columns, RowsCopied told) {
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table + "(" + list + ") VALUES ("
                + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        return from.read(() -> {
            int rows = 0;
            try (Statement st = from.connection().createStatement();
                 PreparedStatement ps = to.connection().prepareStatement(insert)) {
                st.setFetchSize(BATCH);
                try (ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY " + columns.get(0)
                        + (columns.size() > 1 ? ", " + columns.get(1) : ""))) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            ps.setObject(i, rs.getObject(i));
                        }
                        ps.addBatch();
                        if (++rows % BATCH == 0) {
                            ps.executeBatch();
                            told.add(BATCH);
                        }
                    }
                }
                if (rows % BATCH != 0) {
                    ps.executeBatch();
                }
                told.add(rows % BATCH);
            } catch (SQLException e) {
                throw to.translate(e);
            }
            return rows;
        });
    }
}
