package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} and {@code export} only read: they run while another program holds the write lock,
 * on a read-only file, and never change the database file.
 */
class CliReadOnlyTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void database() {
        db = dir.resolve("news.db");
        StoredCorpus.create(db);
    }

    @Test
    void statsAndExportRunWhileAnotherConnectionHoldsTheWriteLock() throws Exception {
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE documents SET name = 'renamed, not committed'");
            st.execute("DELETE FROM spans");

            CliRun stats = CliRun.of("stats", "--db", db.toString(), "--json");
            Path out = dir.resolve("out.jsonl");
            CliRun export = CliRun.of("export", "--db", db.toString(), "--format", "doccano", "--out", out.toString());

            assertThat(stats.exit()).as(stats.toString()).isZero();
            assertThat(stats.out()).contains("\"documents\"").contains("\"speaker\" : 3");
            assertThat(export.exit()).as(export.toString()).isZero();
            assertThat(Files.readString(out)).contains("\"first\"").doesNotContain("renamed");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aReadOnlyFileIsReadAndNeitherItsBytesNorItsTimeChange() throws Exception {
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(db);
        FileTime modified = Files.getLastModifiedTime(db);
        assertThat(dir.resolve("news.db-wal")).doesNotExist();

        CliRun stats = CliRun.of("stats", "--db", db.toString());
        CliRun export = CliRun.of("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("out.csv").toString());

        assertThat(stats.exit()).as(stats.toString()).isZero();
        assertThat(stats.out()).containsPattern("documents\\s+3");
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(modified);
        // SQLite may leave its empty write-ahead log beside a WAL database it read; never anything in it
        Path wal = dir.resolve("news.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("%s is absent or empty", wal).isTrue();
    }

    @Test
    void anEmptyFileIsRefusedAndStaysEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("e4.db"));

        CliRun stats = CliRun.of("stats", "--db", empty.toString());
        CliRun export = CliRun.of("export", "--db", empty.toString(), "--format", "doccano",
                "--out", dir.resolve("x.jsonl").toString());

        assertThat(stats.exit()).as(stats.toString()).isNotZero();
        assertThat(stats.err()).contains(empty.toString()).contains("holds no Newsmark database")
                .doesNotContain("Exception");
        assertThat(export.exit()).as(export.toString()).isNotZero();
        assertThat(Files.size(empty)).isZero();
        assertThat(dir.resolve("x.jsonl")).doesNotExist();
    }
}
