package org.newsmark.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.store.Store;

/**
 * Where the SQL the SQLite store speaks today does not carry over to PostgreSQL, proved on both
 * engines: what the store's statements must change before the two engines can share them.
 */
@ExtendWith(PostgresDatabase.class)
class PgDifferencesTest {

    @BeforeAll
    static void migrate(PgConnectionSpec db) {
        PgSchema.migrate(db);
    }

    @Test
    void endIsAReservedWordThatMustBeQuotedAndQuotingWorksOnBothEngines(PgConnectionSpec db, @TempDir Path dir) throws SQLException {
        try (Connection pg = PostgresServer.connect(db); Statement st = pg.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELECT start, end FROM spans")).hasMessageContaining("syntax error");
            st.executeQuery("SELECT start, \"end\" FROM spans").close();
        }
        try (Connection sqlite = sqlite(dir); Statement st = sqlite.createStatement()) {
            st.executeQuery("SELECT start, \"end\" FROM spans").close();
        }
    }

    @Test
    void insertOrIgnoreIsSqliteOnlyButOnConflictDoNothingWorksOnBoth(PgConnectionSpec db, @TempDir Path dir) throws SQLException {
        String portable = "INSERT INTO relation_types(name, position) VALUES ('said_by', 5) ON CONFLICT DO NOTHING";
        try (Connection pg = PostgresServer.connect(db); Statement st = pg.createStatement()) {
            assertThatThrownBy(() -> st.execute("INSERT OR IGNORE INTO relation_types(name, position) VALUES ('x', 1)"))
                    .hasMessageContaining("syntax error");
            assertThat(st.executeUpdate(portable)).isZero();
        }
        try (Connection sqlite = sqlite(dir); Statement st = sqlite.createStatement()) {
            assertThat(st.executeUpdate(portable)).isZero();
        }
    }

    @Test
    void anExplicitIdLeavesTheSequenceBehindSoTheNextInsertCollides(PgConnectionSpec db) throws SQLException {
        try (Connection pg = PostgresServer.connect(db); Statement st = pg.createStatement()) {
            st.execute("INSERT INTO labels(id, name, color, position) VALUES (1, 'restored', '#000000', 0)");
            assertThatThrownBy(() -> st.execute("INSERT INTO labels(name, color, position) VALUES ('new', '#000000', 1)"))
                    .hasMessageContaining("duplicate key");
            st.execute("SELECT setval(pg_get_serial_sequence('labels', 'id'), (SELECT max(id) FROM labels))");
            st.execute("INSERT INTO labels(name, color, position) VALUES ('new', '#000000', 1)");
        }
    }

    @Test
    void aNulCharacterInATextIsRefusedByPostgresAndKeptBySqlite(PgConnectionSpec db, @TempDir Path dir) throws SQLException {
        String text = "before\u0000after";
        try (Connection pg = PostgresServer.connect(db)) {
            assertThatThrownBy(() -> PgSchemaTest.insertDocument(pg, "nul", text)).hasMessageContaining("0x00");
        }
        try (Connection sqlite = sqlite(dir); PreparedStatement ps = sqlite.prepareStatement(
                "INSERT INTO documents(name, title, text, text_length, sha256) VALUES ('nul', 'nul', ?, ?, 'h')")) {
            ps.setString(1, text);
            ps.setInt(2, text.length());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static Connection sqlite(Path dir) throws SQLException {
        Path file = dir.resolve("reference.newsmark");
        Store.open(file).close();
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
