package org.newsmark.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.newsmark.model.Document;
import org.newsmark.model.Label;
import org.newsmark.model.Span;

/** Small helpers shared by the store tests: sample data and raw JDBC access that bypasses the store. */
final class Fixtures {

    static final String PERSON = "PERSON";
    static final String QUOTE = "QUOTE";
    static final String ORG = "ORG";

    /** A text with CRLF line ends, a tab, a non-breaking space and an emoji (a surrogate pair). */
    static final String TRICKY_TEXT = "Rutte calls Yoon\r\n\r\n\"We stand together,\"\tsaid\u00A0Rutte \uD83D\uDE00.\r\nEnd\n";

    private Fixtures() {
    }

    static Store openWithLabels(Path file) {
        Store store = Store.open(file);
        addLabels(store);
        return store;
    }

    static Store openWithLabels(TestDatabase db) {
        Store store = db.open();
        addLabels(store);
        return store;
    }

    /** A number from SQL run through the store's own connection, on either engine. */
    static long queryLong(Store store, String sql) {
        return store.read(() -> {
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static void addLabels(Store store) {
        store.labels().insert(Label.of(PERSON, "#ff0000", "p", 0));
        store.labels().insert(Label.of(QUOTE, "#00ff00", "q", 1));
        store.labels().insert(Label.of(ORG, "#0000ff", "", 2));
    }

    static Document insertDocument(Store store, String name, String text) {
        return store.documents().insert(Document.of(name, text));
    }

    static Span span(long documentId, int start, int end, String label) {
        return Span.of(0, start, end, label).withDocumentId(documentId);
    }

    /**
     * Inserts a span with plain SQL, as a database of schema version 1 or 2 holds it; the repositories
     * speak only the latest schema. Returns the span as the latest schema reads it back.
     */
    static Span insertOldSpan(Store store, long documentId, int start, int end, String label) {
        return store.inTransaction(() -> {
            try (var ps = store.connection().prepareStatement("""
                    INSERT INTO spans(document_id, start, "end", label_id, annotator)
                    SELECT ?, ?, ?, id, '' FROM labels WHERE name = ?""", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, documentId);
                ps.setInt(2, start);
                ps.setInt(3, end);
                ps.setString(4, label);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return span(documentId, start, end, label).withId(keys.getLong(1));
                }
            }
        });
    }

    /** A plain JDBC connection with none of the store's settings (no foreign keys, no WAL switch). */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static long queryLong(Path file, String sql) throws SQLException {
        try (Connection c = raw(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Path file, String... sqls) throws SQLException {
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            for (String sql : sqls) {
                st.execute(sql);
            }
        }
    }

    /** Fails with the first differing offset rather than two dumps of the whole file. */
    static void assertBytesUnchanged(Path file, byte[] before) {
        byte[] after = bytes(file);
        int at = java.util.Arrays.mismatch(before, after);
        org.assertj.core.api.Assertions.assertThat(at)
                .as("%s changed at byte %d (%d bytes before, %d after)", file, at, before.length, after.length)
                .isEqualTo(-1);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
