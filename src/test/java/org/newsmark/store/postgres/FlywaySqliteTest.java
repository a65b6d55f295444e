package org.newsmark.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.store.Store;

/**
 * What the integrator needs to know before moving the SQLite store onto Flyway too: flyway-core 13
 * handles SQLite itself (no extra module), and an existing Newsmark file at schema version N can be
 * taken over with a baseline at N, so that only the steps after it run.
 */
class FlywaySqliteTest {

    @TempDir
    Path dir;

    @Test
    void flywayCoreMigratesAnSqliteFileWithoutAnyDatabaseModule() throws IOException, SQLException {
        Path migrations = Files.createDirectories(dir.resolve("db/sqlite"));
        Files.writeString(migrations.resolve("V1__notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
        Path file = dir.resolve("fresh.db");
        MigrateResult result = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("filesystem:" + migrations).load().migrate();
        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(result.targetSchemaVersion).isEqualTo("1");
        assertThat(tables(file)).contains("notes", "flyway_schema_history");
    }

    @Test
    void anExistingNewsmarkFileIsTakenOverAtItsVersionAndOnlyLaterStepsRun() throws IOException, SQLException {
        Path file = dir.resolve("existing.newsmark");
        Store.open(file).close();
        int current = Store.latestSchemaVersion();
        Path migrations = Files.createDirectories(dir.resolve("db/sqlite-next"));
        // a stand-in for the steps that exist: were they run, CREATE TABLE documents would fail
        Files.writeString(migrations.resolve("V1__documents.sql"), "CREATE TABLE documents (id INTEGER PRIMARY KEY);");
        Files.writeString(migrations.resolve("V" + (current + 1) + "__next.sql"), "CREATE TABLE next_step (id INTEGER PRIMARY KEY);");

        MigrateResult result = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("filesystem:" + migrations)
                .baselineOnMigrate(true).baselineVersion(Integer.toString(current))
                .load().migrate();

        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(result.targetSchemaVersion).isEqualTo(Integer.toString(current + 1));
        assertThat(tables(file)).contains("documents", "spans", "next_step", "flyway_schema_history");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).as("Flyway keeps its own history and leaves user_version alone").isEqualTo(current);
        }
    }

    private static java.util.List<String> tables(Path file) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
