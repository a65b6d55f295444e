package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.DatabaseDump;
import org.newsmark.UnprivilegedJvm;

/**
 * Where {@code export --out} may write: never over the database, its side files or a folder holding
 * them; a bad destination is exit 2 with a plain sentence naming it, and leaves everything as it was.
 */
class CliExportTargetTest {

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    private Path db;
    private String content;
    private byte[] bytes;

    @BeforeEach
    void database() throws IOException {
        db = dir.resolve("e4.db");
        StoredCorpus.create(db);
        content = DatabaseDump.of(db);
        bytes = Files.readAllBytes(db);
    }

    static Stream<Arguments> databasePaths() {
        Function<Path, String> relative = db -> Path.of("").toAbsolutePath().relativize(db).toString();
        return Stream.of(
                Arguments.of("the database", "doccano", (Function<Path, String>) Path::toString),
                Arguments.of("the database by a relative path", "doccano", relative),
                Arguments.of("the database through ..", "conll",
                        (Function<Path, String>) db -> db.resolveSibling("sub").resolve("..").resolve("e4.db").toString()),
                Arguments.of("its -wal", "prodigy", (Function<Path, String>) db -> db + "-wal"),
                Arguments.of("its -shm", "csv", (Function<Path, String>) db -> db + "-shm"),
                Arguments.of("the folder holding it, as a file", "doccano", (Function<Path, String>) db -> db.getParent().toString()),
                Arguments.of("the folder holding it, for brat", "brat", (Function<Path, String>) db -> db.getParent().toString()),
                Arguments.of("a folder above it, for brat", "brat",
                        (Function<Path, String>) db -> db.getParent().getParent().toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databasePaths")
    void anExportOverTheDatabaseIsRefusedAndTheDatabaseKept(String name, String format, Function<Path, String> out)
            throws IOException {
        String target = out.apply(db);
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", format, "--out", target, "--replace");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).startsWith(target + ":0: ").contains("database").contains("refusing")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
        assertThat(DatabaseDump.of(db)).isEqualTo(content);
        CliRun stats = CliRun.of("stats", "--db", db.toString());
        assertThat(stats.out()).containsPattern("documents\\s+3");
    }

    @Test
    void aLinkToTheDatabaseIsRefusedToo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("export.jsonl"), db);

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "doccano", "--out", link.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("is the database");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void aFolderAsTheFileOfASingleFileFormatIsExitTwo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("exports"));

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "doccano", "--out", folder.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(folder + ":0: is a folder; doccano writes one file: give a file name\n");
        assertThat(listing(folder)).isEmpty();
    }

    @Test
    void anExistingFileAsTheBratFolderIsExitTwoAndKept() throws IOException {
        Path file = Files.writeString(dir.resolve("brat-out"), "keep me");

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "brat", "--out", file.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":0: is a file; brat writes a folder").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aFileWhereAFolderShouldBeIsExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path out = file.resolve("export.jsonl");

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "doccano", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out + ":0: " + file + " is a file, not a folder\n");
    }

    @Test
    void anUnwritableFolderIsExitTwoWithAPlainSentence() throws IOException, InterruptedException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path out = locked.resolve("export.jsonl");
            String[] args = {"export", "--db", db.toString(), "--format", "doccano", "--out", out.toString()};
            if (UnprivilegedJvm.runningAsRoot()) {
                // root writes anywhere: the refusal is proved in a JVM of its own as the user nobody
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                UnprivilegedJvm.Result run = UnprivilegedJvm.run(org.newsmark.Launcher.class, scratch, args);
                assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
                assertThat(run.output()).contains(out + ":0: cannot write in the folder " + locked + " (permission denied)");
            } else {
                CliRun run = CliRun.of(args);
                assertThat(run.exit()).as(run.toString()).isEqualTo(2);
                assertThat(run.err()).isEqualTo(out + ":0: cannot write in the folder " + locked + " (permission denied)\n");
            }
            assertThat(out).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDatabaseInAMissingFolderIsExitTwo() {
        Path missing = dir.resolve("no-such-folder").resolve("news.db");
        Path input = Path.of("src/test/resources/samples/brat-news");

        CliRun run = CliRun.of("import", "--db", missing.toString(), input.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(missing + ":0: the folder " + missing.getParent() + " does not exist\n");
        assertThat(missing.getParent()).doesNotExist();
        CliRun stats = CliRun.of("stats", "--db", missing.toString());
        assertThat(stats.exit()).isEqualTo(2);
        assertThat(stats.err()).isEqualTo(missing + ":0: no such database\n");
    }

    @Test
    void aNewExportReplacesThePreviousFileAndLeavesNothingBeside() throws IOException {
        Path out = dir.resolve("exports").resolve("news.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an older export\n");

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "doccano", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(3);
        assertThat(listing(out.getParent())).containsOnlyKeys("news.jsonl", "DATASET.md"); // the export and its dataset card
    }

    @Test
    void aNonEmptyBratFolderIsRefusedNamingItsFirstFileAndKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(out.resolve("old-article.ann"), "T1\tplace 0 5\tSeoul\n");
        Files.writeString(out.resolve("old-article.txt"), "Seoul");
        Map<String, String> before = listing(out);

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "brat", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith(out.resolve("old-article.ann") + ":0: the brat folder " + out + " is not empty")
                .contains("--replace");
        assertThat(listing(out)).isEqualTo(before);
        assertThat(listing(dir)).allSatisfy((name, text) -> assertThat(name).doesNotEndWith(".tmp"));
    }

    @Test
    void replaceSwapsAnEarlierBratExportWholeSoNoStaleFileRemains() throws IOException {
        Path out = dir.resolve("brat");
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "brat", "--out", out.toString()).exit()).isZero();
        Map<String, String> fresh = listing(out);
        Files.writeString(out.resolve("deleted-since.txt"), "an article no longer in the database");
        Files.writeString(out.resolve("deleted-since.ann"), "");

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "brat", "--out", out.toString(), "--replace");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(listing(out)).isEqualTo(fresh);
        assertThat(listing(dir).keySet()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void replaceRefusesAFolderHoldingMoreThanABratExport() throws IOException {
        Path out = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(out.resolve("a.txt"), "text");
        Files.writeString(out.resolve("notes.md"), "my notes");
        Map<String, String> before = listing(out);

        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "brat", "--out", out.toString(), "--replace");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith(out.resolve("notes.md") + ":0: is not part of a brat export");
        assertThat(listing(out)).isEqualTo(before);
    }

    @Test
    void fileSystemFailuresAreNamedInPlainWords() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x"));
        Files.writeString(folder.resolve("f"), "");
        List<FileSystemException> failures = new ArrayList<>();
        for (IoAction action : List.<IoAction>of(() -> Files.createDirectory(folder), () -> Files.delete(folder),
                () -> Files.newDirectoryStream(folder.resolve("f")).close(), () -> Files.delete(dir.resolve("none")))) {
            try {
                action.run();
            } catch (FileSystemException e) {
                failures.add(e);
            }
        }
        assertThat(failures).hasSize(4);
        for (FileSystemException failure : failures) {
            assertThat(Cli.exitCode(failure)).as(failure.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(Cli.message(failure)).as(failure.toString()).matches("\\S+:0: [a-z][a-z ]+")
                    .doesNotContain("Exception");
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.isRegularFile(p)
                        ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : "<folder>");
            }
        }
        return files;
    }
}
