package org.newsmark.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.store.Store;

/** The Flyway migrations build on a real PostgreSQL server the same schema the SQLite store has. */
@ExtendWith(PostgresDatabase.class)
class PgSchemaTest {

    private static final List<String> HISTORY = List.of("flyway_schema_history");

    @BeforeAll
    static void migrate(PgConnectionSpec db) {
        assertThat(PgSchema.currentVersion(db)).isZero();
        assertThat(PgSchema.migrate(db)).isEqualTo(Store.latestSchemaVersion());
    }

    @Test
    void everyTableAndColumnOfTheSqliteStoreExists(PgConnectionSpec db, @TempDir Path dir) throws SQLException {
        Map<String, List<String>> sqlite = sqliteColumns(dir.resolve("reference.newsmark"));
        Map<String, List<String>> postgres = postgresColumns(db);
        HISTORY.forEach(postgres::remove);
        assertThat(sqlite).containsKeys("documents", "labels", "spans", "relations", "relation_types", "rejected_suggestions");
        assertThat(postgres).isEqualTo(sqlite);
    }

    @Test
    void migratingAgainChangesNothing(PgConnectionSpec db) throws SQLException {
        assertThat(PgSchema.migrate(db)).isEqualTo(Store.latestSchemaVersion());
        assertThat(PgSchema.currentVersion(db)).isEqualTo(Store.latestSchemaVersion());
        assertThat(PgSchema.latestVersion(db)).isEqualTo(Store.latestSchemaVersion());
        try (Connection c = PostgresServer.connect(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM relation_types")) {
            List<String> types = new ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            assertThat(types).containsExactly("said_by");
        }
    }

    @Test
    void theDatabaseItselfRefusesASpanPastTheEndOfTheText(PgConnectionSpec db) throws SQLException {
        try (Connection c = PostgresServer.connect(db)) {
            long doc = insertDocument(c, "short", "12345");
            long label = insertLabel(c, "offsets-label");
            assertThatThrownBy(() -> insertSpan(c, doc, 2, 6, label)).hasMessageContaining("span end past the end of the text");
            long span = insertSpan(c, doc, 2, 5, label);
            try (PreparedStatement ps = c.prepareStatement("UPDATE spans SET \"end\" = ? WHERE id = ?")) {
                ps.setInt(1, 9);
                ps.setLong(2, span);
                assertThatThrownBy(ps::executeUpdate).hasMessageContaining("span end past the end of the text");
            }
            assertThatThrownBy(() -> insertSpan(c, doc, 3, 3, label)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("check constraint");
        }
    }

    @Test
    void timeStampsAreWrittenInTheFormSqliteWrites(PgConnectionSpec db, @TempDir Path dir) throws SQLException {
        String isoMillisUtc = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
        String select = "SELECT created || ' ' || updated FROM documents WHERE name = 'stamped'";
        try (Connection pg = PostgresServer.connect(db); Statement st = pg.createStatement()) {
            insertDocument(pg, "stamped", "text");
            try (ResultSet rs = st.executeQuery(select)) {
                rs.next();
                assertThat(rs.getString(1)).matches(isoMillisUtc + " " + isoMillisUtc);
            }
        }
        Path file = dir.resolve("stamps.newsmark");
        Store.open(file).close();
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = sqlite.createStatement()) {
            insertDocument(sqlite, "stamped", "text");
            try (ResultSet rs = st.executeQuery(select)) {
                rs.next();
                assertThat(rs.getString(1)).matches(isoMillisUtc + " " + isoMillisUtc);
            }
        }
    }

    @Test
    void deletingADocumentTakesItsSpansAndRelationsWithIt(PgConnectionSpec db) throws SQLException {
        try (Connection c = PostgresServer.connect(db); Statement st = c.createStatement()) {
            long doc = insertDocument(c, "cascade", "Rutte said: yes.");
            long label = insertLabel(c, "cascade-label");
            long speaker = insertSpan(c, doc, 0, 5, label);
            long quote = insertSpan(c, doc, 12, 15, label);
            st.execute("INSERT INTO relations(document_id, from_span, to_span, type) VALUES (" + doc + ", " + quote + ", " + speaker + ", 'said_by')");
            st.execute("DELETE FROM documents WHERE id = " + doc);
            assertThat(count(c, "SELECT count(*) FROM spans WHERE document_id = " + doc)).isZero();
            assertThat(count(c, "SELECT count(*) FROM relations WHERE document_id = " + doc)).isZero();
        }
    }

    @Test
    void aDatabaseHoldingOtherTablesIsRefusedAndLeftAlone() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        PgConnectionSpec foreign = server.freshDatabase("foreign");
        try {
            try (Connection c = PostgresServer.connect(foreign); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
            }
            assertThatThrownBy(() -> PgSchema.migrate(foreign)).isInstanceOf(PgConfigException.class)
                    .hasMessageStartingWith(foreign + ": ").hasMessageContaining("non-empty schema");
            assertThat(postgresColumns(foreign)).containsOnlyKeys("invoices");
        } finally {
            server.drop(foreign);
        }
    }

    static long insertDocument(Connection c, String name, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO documents(name, title, text, text_length, sha256) VALUES (?,?,?,?,?)", new String[] {"id"})) {
            ps.setString(1, name);
            ps.setString(2, name);
            ps.setString(3, text);
            ps.setInt(4, text.length());
            ps.setString(5, "hash-of-" + name);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static long insertLabel(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO labels(name, color, position) VALUES (?, '#000000', 0)", new String[] {"id"})) {
            ps.setString(1, name);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static long insertSpan(Connection c, long doc, int start, int end, long label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO spans(document_id, start, \"end\", label_id) VALUES (?,?,?,?)", new String[] {"id"})) {
            ps.setLong(1, doc);
            ps.setInt(2, start);
            ps.setInt(3, end);
            ps.setLong(4, label);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Table name to its column names in order, as the SQLite store makes them. */
    private static Map<String, List<String>> sqliteColumns(Path file) throws SQLException {
        Store.open(file).close();
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
                     + " WHERE m.type = 'table' ORDER BY m.name, p.cid")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    private static Map<String, List<String>> postgresColumns(PgConnectionSpec db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = PostgresServer.connect(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }
}
