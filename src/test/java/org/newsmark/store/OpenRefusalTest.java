package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.UnprivilegedJvm;

/**
 * Files the store must not open, and must not touch: newer schemas, other programs' SQLite
 * databases, files that are not SQLite at all, read-only files and missing folders.
 */
class OpenRefusalTest {

    @TempDir
    Path dir;

    @TempDir
    Path probeScratch;

    @Test
    void aFileFromANewerNewsmarkIsRefusedUnchanged() throws SQLException {
        Path file = dir.resolve("future.newsmark");
        // written with plain JDBC, so in the default rollback journal mode, as a newer version might
        Fixtures.execute(file,
                "CREATE TABLE documents (id INTEGER PRIMARY KEY, text TEXT)",
                "INSERT INTO documents(text) VALUES ('from the future')",
                "PRAGMA user_version = " + (Store.latestSchemaVersion() + 1));
        byte[] before = Fixtures.bytes(file);

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("newer")
                .satisfies(e -> assertThat(((StoreException) e).file()).isEqualTo(file.toAbsolutePath()));

        Fixtures.assertBytesUnchanged(file, before);
        assertThat(Fixtures.queryLong(file, "PRAGMA user_version")).isEqualTo(Store.latestSchemaVersion() + 1);
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @Test
    void aNewerNewsmarkFileInWalModeIsRefusedWithItsDataUnchanged() throws SQLException {
        Path file = dir.resolve("future-wal.newsmark");
        try (Store store = Fixtures.openWithLabels(file)) {
            Fixtures.insertDocument(store, "a", "text");
        }
        Fixtures.execute(file, "PRAGMA user_version = 99");
        byte[] before = Fixtures.bytes(file);

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer")
                .hasMessageContaining("99");

        Fixtures.assertBytesUnchanged(file, before);
        assertThat(Fixtures.queryLong(file, "SELECT count(*) FROM documents")).isEqualTo(1);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedUnchanged() throws SQLException {
        Path file = dir.resolve("recipes.db");
        Fixtures.execute(file,
                "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO recipes(name) VALUES ('stamppot')");
        byte[] before = Fixtures.bytes(file);

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a Newsmark");

        Fixtures.assertBytesUnchanged(file, before);
        assertThat(Fixtures.queryLong(file, "PRAGMA user_version")).isZero();
        assertThat(Fixtures.queryLong(file, "SELECT count(*) FROM sqlite_master WHERE type = 'table'")).isEqualTo(1);
        assertThat(onlyFileIn(dir)).isEqualTo(file);
    }

    @Test
    void aFileOfRandomBytesIsRefusedAsNotSqlite() throws IOException {
        Path file = dir.resolve("noise.newsmark");
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);

        assertNotSqliteAndUnchanged(file, noise);
    }

    @Test
    void aTextFileIsRefusedAsNotSqlite() throws IOException {
        Path file = dir.resolve("notes.newsmark");
        byte[] text = "Rutte calls Yoon\nThis is an article, not a database.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        assertNotSqliteAndUnchanged(file, text);
    }

    @Test
    void aTinyFileShorterThanTheSqliteHeaderIsRefused() throws IOException {
        Path file = dir.resolve("tiny.newsmark");
        byte[] text = "hi".getBytes(StandardCharsets.US_ASCII);
        Files.write(file, text);

        assertNotSqliteAndUnchanged(file, text);
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws IOException {
        Path file = dir.resolve("empty.newsmark");
        Files.createFile(file);
        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
        }
    }

    @Test
    void aMissingFolderIsNamedAndNotCreated() {
        Path folder = dir.resolve("no-such-folder");
        Path file = folder.resolve("db.newsmark");

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the folder " + folder)
                .hasMessageContaining("does not exist");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFolderIsNotADatabase() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("looks-like-a-db.newsmark"));

        assertThatThrownBy(() -> Store.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aPathInsideARegularFileIsNamedAndNothingIsCreated() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path file = notAFolder.resolve("db.newsmark");

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("which is a file, not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
    }

    /**
     * Root ignores permission bits, and CI runs the tests as root: there the refusal is proved in a JVM
     * of its own running as the unprivileged user nobody, so the check runs for every user.
     */
    @Test
    void aReadOnlyFileIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("locked.newsmark");
        try (Store store = Fixtures.openWithLabels(file)) {
            Fixtures.insertDocument(store, "a", "text");
        }
        byte[] before = Fixtures.bytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertRefused(file, "is read-only");
            Fixtures.assertBytesUnchanged(file, before);
            assertThat(dir.resolve("locked.newsmark-wal")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aNewFileInAReadOnlyFolderIsRefusedWithAClearMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("db.newsmark");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(file, "read-only");
            assertThat(file).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Store.open(file) refuses with a message naming the file: in this JVM, or as nobody when running as root. */
    private void assertRefused(Path file, String reason) throws Exception {
        if (!UnprivilegedJvm.runningAsRoot()) {
            assertThatThrownBy(() -> Store.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(reason);
            return;
        }
        // the unprivileged user must be able to reach the file, but not to write it
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        UnprivilegedJvm.Result result = UnprivilegedJvm.run(OpenProbe.class, probeScratch,
                file.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(OpenProbe.REFUSED);
        assertThat(result.output()).contains(file.toString()).contains(reason);
    }

    private static void assertNotSqliteAndUnchanged(Path file, byte[] before) {
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an SQLite database");
        Fixtures.assertBytesUnchanged(file, before);
        assertThat(onlyFileIn(file.getParent())).isEqualTo(file);
    }

    private static Path onlyFileIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one file in " + folder + ": " + a + ", " + b);
            }).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
