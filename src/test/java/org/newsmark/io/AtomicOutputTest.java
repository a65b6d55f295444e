package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way exports reach the disk: beside the target, renamed into place when complete, else gone. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void anAbandonedFileLeavesTheTargetAndNothingElse() throws IOException {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "previous\n");
        try (AtomicOutput output = AtomicOutput.file(target)) {
            assertThat(output.path().getParent()).isEqualTo(dir);
            assertThat(output.path().getFileName().toString()).startsWith(".out.jsonl.").endsWith(".tmp");
            Files.writeString(output.path(), "half of the new one");
        }
        assertThat(Files.readString(target)).isEqualTo("previous\n");
        assertThat(names(dir)).containsExactly("out.jsonl");
    }

    @Test
    void aCommittedFileReplacesTheTarget() throws IOException {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "previous\n");
        try (AtomicOutput output = AtomicOutput.file(target)) {
            Files.writeString(output.path(), "new\n");
            output.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(names(dir)).containsExactly("out.jsonl");
    }

    @Test
    void aFolderReplacesAnEmptyOneAndANonEmptyOneOnlyWhenAsked() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (AtomicOutput output = AtomicOutput.folder(empty, false)) {
            Files.writeString(output.path().resolve("a.txt"), "a");
            output.commit();
        }
        assertThat(names(empty)).containsExactly("a.txt");

        assertThatThrownBy(() -> AtomicOutput.folder(empty, false)).isInstanceOf(DirectoryNotEmptyException.class);
        try (AtomicOutput output = AtomicOutput.folder(empty, true)) {
            Files.writeString(output.path().resolve("b.txt"), "b");
            assertThat(names(empty)).as("untouched until committed").containsExactly("a.txt");
            output.commit();
        }
        assertThat(names(empty)).containsExactly("b.txt");
        assertThat(names(dir)).containsExactly("empty");
    }

    @Test
    void aBratExportThatFailsHalfwayLeavesNoFolder() throws IOException {
        Path out = dir.resolve("brat");
        DatasetWriter writer = DatasetFormat.BRAT.openWriter(out, ExportOptions.defaults());
        writer.write(TestCorpus.documents().get(0), TestCorpus.SCHEME);
        writer.close();
        assertThat(out).doesNotExist();
        assertThat(names(dir)).isEmpty();
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
