package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.Launcher;

/**
 * An export killed halfway (SIGKILL, or SIGTERM) by a real child process: the previous export under
 * the final name is left byte for byte, and nothing that looks like it is left beside it.
 */
class ExportKillTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    static Path shared;

    private static Path large;

    @TempDir
    Path dir;

    private Path small;

    @BeforeAll
    static void largeDatabase() {
        large = shared.resolve("large.db");
        LargeDatabase.add(large, DOCUMENTS, 4_000);
    }

    @BeforeEach
    void smallDatabase() {
        small = dir.resolve("news.db");
        StoredCorpus.create(small);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aKilledSingleFileExportLeavesThePreviousOneWhole() throws Exception {
        Path out = dir.resolve("exports").resolve("news.conll");
        assertThat(CliRun.of("export", "--db", small.toString(), "--format", "conll", "--out", out.toString()).exit()).isZero();
        byte[] previous = Files.readAllBytes(out);

        killMidway(out, List.of("--format", "conll"), ExportKillTest::holdsBytes, true);

        assertThat(Files.readAllBytes(out)).isEqualTo(previous);
        assertNothingLooksLike(out);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aTerminatedExportLeavesThePreviousOneAndCleansUp() throws Exception {
        Path out = dir.resolve("news.jsonl");
        assertThat(CliRun.of("export", "--db", small.toString(), "--format", "doccano", "--out", out.toString()).exit()).isZero();
        byte[] previous = Files.readAllBytes(out);

        killMidway(out, List.of("--format", "doccano"), ExportKillTest::holdsBytes, false);

        assertThat(Files.readAllBytes(out)).isEqualTo(previous);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("SIGTERM runs the JVM's exit, which deletes the temporary file")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aKilledBratExportLeavesThePreviousFolderWhole() throws Exception {
        Path out = dir.resolve("brat");
        assertThat(CliRun.of("export", "--db", small.toString(), "--format", "brat", "--out", out.toString()).exit()).isZero();
        Map<String, String> previous = folder(out);
        assertThat(previous).containsKeys("first.txt", "first.ann", "annotation.conf");

        killMidway(out, List.of("--format", "brat", "--replace"), ExportKillTest::holdsFiles, true);

        assertThat(folder(out)).isEqualTo(previous);
        assertNothingLooksLike(out);
    }

    /**
     * Starts {@code newsmark export} of the large database in a child JVM, waits until its temporary output beside {@code out}
     * holds part of the export, and kills it (SIGKILL when {@code forcibly}, else SIGTERM).
     */
    private void killMidway(Path out, List<String> options, Predicate<Path> started, boolean forcibly) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "export", "--db", large.toString(), "--out", out.toString()));
        command.addAll(options);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            Path staging = null;
            while (child.isAlive() && staging == null) {
                staging = temporaryBeside(out).filter(started).findFirst().orElse(null);
                LockSupport.parkNanos(1_000_000); // polls the folder; the child is never waited for by time
            }
            assertThat(child.isAlive()).as("the export finished before it could be killed: %s",
                    Files.readString(dir.resolve("child.log"))).isTrue();
            if (forcibly) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        } finally {
            child.destroyForcibly();
        }
    }

    private Stream<Path> temporaryBeside(Path out) throws IOException {
        Path folder = out.getParent();
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        String prefix = "." + out.getFileName() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList().stream();
        }
    }

    private static boolean holdsBytes(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false; // just removed
        }
    }

    private static boolean holdsFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count() > 10;
        } catch (IOException e) {
            return false; // not created yet, or just removed
        }
    }

    /** Only the target carries its name; what a kill leaves is hidden and ends in .tmp, which no reader takes. */
    private static void assertNothingLooksLike(Path out) throws IOException {
        String name = out.getFileName().toString();
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(name) && n.contains(name)))
                    .allMatch(n -> n.startsWith("." + name + ".") && n.endsWith(".tmp"));
        }
    }

    private static Map<String, String> folder(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
