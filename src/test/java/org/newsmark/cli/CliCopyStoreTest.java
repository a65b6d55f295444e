package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copy-store} between SQLite files: a new file appears whole, a file that holds a corpus is not touched. */
class CliCopyStoreTest {

    @TempDir
    Path temp;

    @Test
    void aNewFileGetsTheCorpusAndTheCountsAndNothingElseIsLeftBeside() throws Exception {
        Path source = temp.resolve("source.db");
        StoredCorpus.create(source);
        Path folder = Files.createDirectories(temp.resolve("copies"));
        Path copy = folder.resolve("copy.db");

        CliRun run = CliRun.of("copy-store", "--from", source.toString(), "--to", copy.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("copied 3 documents, 9 spans, 3 relations, 4 labels").endsWith("to " + copy + "\n");
        assertThat(run.err()).as("no progress line when no console watches").isEmpty();
        assertThat(StoredCorpus.content(copy, true)).isEqualTo(StoredCorpus.content(source, true));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("copy.db");
        }
    }

    @Test
    void aFileThatHoldsACorpusIsRefusedUntouched() throws Exception {
        Path source = temp.resolve("source.db");
        StoredCorpus.create(source);
        Path other = temp.resolve("other.db");
        StoredCorpus.create(other);
        byte[] before = Files.readAllBytes(other);

        CliRun run = CliRun.of("copy-store", "--from", source.toString(), "--to", other.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(other + " already holds 3 documents and 4 labels").doesNotContain("Exception");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }
}
