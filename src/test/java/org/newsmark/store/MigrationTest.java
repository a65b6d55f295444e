package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.TRICKY_TEXT;
import static org.newsmark.store.Fixtures.span;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** A database written by an older schema is brought to the latest one on open, data intact. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void newFileIsCreatedAtTheLatestVersionInWalMode() throws SQLException {
        Path file = dir.resolve("new.newsmark");
        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion()).isEqualTo(7);
            assertThat(store.labels().relationTypes()).containsExactly(Relation.SAID_BY);
            assertThat(store.file()).isEqualTo(file.toAbsolutePath().normalize());
        }
        try (Connection c = Fixtures.raw(file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void reopeningAnUpToDateFileChangesNothing() {
        Path file = dir.resolve("same.newsmark");
        Document doc;
        try (Store store = Fixtures.openWithLabels(file)) {
            doc = Fixtures.insertDocument(store, "a", "some text");
        }
        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
            assertThat(store.documents().find(doc.id())).contains(doc);
            assertThat(store.labels().relationTypes()).containsExactly(Relation.SAID_BY);
        }
    }

    @Test
    void versionOneFileIsMigratedWithItsDataIntact() throws SQLException {
        Path file = dir.resolve("old.newsmark");
        Document doc;
        List<Label> labels;
        List<Span> spans;
        try (Store v1 = Store.open(file, 1)) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            Fixtures.addLabels(v1);
            doc = v1.documents().insert(new Document(0, "rutte", "Rutte calls Yoon", TRICKY_TEXT,
                    DocumentStatus.IN_PROGRESS, Map.of("source", "wire", "page", 3)));
            spans = List.of(Fixtures.insertOldSpan(v1, doc.id(), 0, 5, PERSON),
                    Fixtures.insertOldSpan(v1, doc.id(), 12, 16, PERSON),
                    Fixtures.insertOldSpan(v1, doc.id(), 20, 40, QUOTE));
            labels = v1.labels().all();
            assertThat(Fixtures.queryLong(file,
                    "SELECT count(*) FROM sqlite_master WHERE name = 'relation_types'")).isZero();
        }

        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
            assertThat(store.documents().find(doc.id())).contains(doc);
            assertThat(store.labels().all()).isEqualTo(labels);
            // schema 4 made every earlier span the annotator 'default''s
            assertThat(store.spans().forDocument(doc.id()))
                    .isEqualTo(spans.stream().map(s -> s.withAnnotator(org.newsmark.model.Annotator.DEFAULT)).toList())
                    .hasSize(3);
            assertThat(store.labels().relationTypes()).containsExactly(Relation.SAID_BY);
            assertThat(store.labels().scheme().relationTypes()).contains("said_by");

            // the migrated file takes relations between the old spans
            Relation r = store.relations().insert(
                    new Relation(0, doc.id(), spans.get(2).id(), spans.get(0).id(), Relation.SAID_BY));
            assertThat(store.relations().forDocument(doc.id())).containsExactly(r);
        }
        assertThat(Fixtures.queryLong(file, "PRAGMA user_version")).isEqualTo(Store.latestSchemaVersion());
    }

    @Test
    void afterMigrationTheDatabaseItselfRejectsSpansPastTheEndOfTheText() throws SQLException {
        Path file = dir.resolve("old.newsmark");
        long docId;
        long spanId;
        long labelId;
        try (Store v1 = Store.open(file, 1)) {
            Fixtures.addLabels(v1);
            docId = Fixtures.insertDocument(v1, "short", "0123456789").id();
            spanId = Fixtures.insertOldSpan(v1, docId, 0, 4, PERSON).id();
            labelId = v1.labels().byName(PERSON).orElseThrow().id();
        }
        // at version 1 only the repository checked the end; raw SQL could store a bad span
        try (Connection c = Fixtures.raw(file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO spans(document_id, start, end, label_id) VALUES (" + docId + ", 0, 11, " + labelId + ")");
            st.executeUpdate("DELETE FROM spans WHERE end = 11");
        }
        Store.open(file).close();

        try (Connection c = Fixtures.raw(file); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO spans(document_id, start, end, label_id) VALUES ("
                    + docId + ", 0, 11, " + labelId + ")"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("span end past the end of the text");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE spans SET end = 99 WHERE id = " + spanId))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("span end past the end of the text");
            // the boundary itself is fine
            st.executeUpdate("UPDATE spans SET end = 10 WHERE id = " + spanId);
        }
        assertThat(Fixtures.queryLong(file, "SELECT count(*) FROM spans")).isEqualTo(1);
        assertThat(Fixtures.queryLong(file, "SELECT end FROM spans WHERE id = " + spanId)).isEqualTo(10);
    }
}
