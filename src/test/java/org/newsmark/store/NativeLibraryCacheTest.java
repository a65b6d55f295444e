package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.OSInfo;

class NativeLibraryCacheTest {

    @TempDir
    Path cache;

    private static byte[] libraryInTheJar() throws Exception {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsUnpackedOnceWholeAndFoundAgain() throws Exception {
        Path library = NativeLibraryCache.prepare(cache).orElseThrow();

        assertThat(library).startsWith(cache);
        assertThat(Files.readAllBytes(library)).isEqualTo(libraryInTheJar());
        try (var left = Files.list(library.getParent())) {
            assertThat(left).as("nothing but the library in its folder").containsExactly(library);
        }
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(library, written);
        assertThat(NativeLibraryCache.prepare(cache)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).as("the copy found is not written again").isEqualTo(written);
    }

    @Test
    void aCutCopyIsReplacedByAWholeOne() throws Exception {
        Path library = NativeLibraryCache.prepare(cache).orElseThrow();
        byte[] whole = Files.readAllBytes(library);
        Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 3));

        assertThat(NativeLibraryCache.prepare(cache)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(whole);
    }

    @Test
    void aCopyOfTheRightSizeButOtherBytesIsReplaced() throws Exception {
        Path library = NativeLibraryCache.prepare(cache).orElseThrow();
        byte[] whole = Files.readAllBytes(library);
        Files.write(library, new byte[whole.length]); // what a power cut can leave: the size, no content

        assertThat(NativeLibraryCache.prepare(cache)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(whole);
    }

    @Test
    void partialCopiesLeftLongAgoAreRemovedAndRecentOnesKept() throws Exception {
        Path library = NativeLibraryCache.prepare(cache).orElseThrow();
        String name = library.getFileName().toString();
        Path old = Files.writeString(library.getParent().resolve(name + "123.part"), "cut");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.HOURS.toMillis(2)));
        Path recent = Files.writeString(library.getParent().resolve(name + "456.part"), "being written");
        Files.write(library, new byte[1]);

        assertThat(NativeLibraryCache.prepare(cache)).contains(library);
        assertThat(old).doesNotExist();
        assertThat(recent).as("another process may be writing it").exists();
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDriverToItself() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");

        assertThat(NativeLibraryCache.prepare(notAFolder)).isEqualTo(Optional.empty());
    }

    /** A new JVM told to use the cache opens a database with the library from it, without unpacking one into its temporary folder. */
    @Test
    void aNewProcessLoadsTheLibraryFromTheCache() throws Exception {
        Path tmp = Files.createDirectories(cache.resolve("tmp"));
        Path db = cache.resolve("one.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp,
                OpenWithCache.class.getName(), cache.resolve("cache").toString(), db.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("loaded from " + cache.resolve("cache"));
        try (var unpacked = Files.list(tmp)) {
            assertThat(unpacked.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("sqlitejdbc"));
        }
        assertThat(db).exists();
    }

    /** The process of {@link #aNewProcessLoadsTheLibraryFromTheCache}: args are the cache folder and a database file. */
    static final class OpenWithCache {
        public static void main(String[] args) throws Exception {
            NativeLibraryCache.use(Path.of(args[0]));
            try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + args[1])) {
                connection.createStatement().execute("create table t(x)");
            }
            System.out.println("loaded from " + System.getProperty(NativeLibraryCache.PATH_PROPERTY));
        }
    }
}
