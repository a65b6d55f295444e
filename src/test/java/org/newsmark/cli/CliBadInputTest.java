package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsmark.DatabaseDump;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input of the issue: exit code 2, {@code FILE:LINE: problem}, and the database exactly as before. */
class CliBadInputTest {

    @TempDir
    Path temp;

    private Path db;
    private String before;

    @BeforeEach
    void databaseWithContent() {
        db = temp.resolve("news.db");
        StoredCorpus.create(db);
        before = DatabaseDump.of(db);
    }

    /** name, file to create (relative to temp; a folder when it ends in /), its content, extra options. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("invalid UTF-8", "latin1.jsonl", bytes("{\"text\": \"Caf\u00e9\"}\n", true), List.of(), 1),
                Arguments.of("binary file", "binary.jsonl", new byte[] {'{', 0, 1, 2, (byte) 0xFF}, List.of(), 1),
                Arguments.of("empty file", "empty.jsonl", new byte[0], List.of("--format", "doccano"), 0),
                Arguments.of("broken JSONL line", "broken.jsonl",
                        bytes("{\"text\": \"Fine.\", \"label\": []}\n{\"text\": \"Broken\", \"label\": [\n", false), List.of(), 2),
                Arguments.of("offsets past the end", "past.jsonl",
                        bytes("{\"text\": \"Short.\", \"label\": [[0, 99, \"place\"]]}\n", false), List.of(), 1),
                Arguments.of("start not before end", "reversed.jsonl",
                        bytes("{\"text\": \"Short one.\", \"label\": [[4, 4, \"place\"]]}\n", false), List.of(), 1),
                Arguments.of("relation to a missing span", "relation.jsonl", bytes("{\"text\": \"Lee said no.\", "
                        + "\"entities\": [{\"id\": 1, \"label\": \"speaker\", \"start_offset\": 0, \"end_offset\": 3}], "
                        + "\"relations\": [{\"id\": 1, \"from_id\": 7, \"to_id\": 1, \"type\": \"said_by\"}]}\n", false), List.of(), 1),
                Arguments.of("Label Studio file that is not an array", "tasks.json",
                        bytes("{\"data\": {\"text\": \"x\"}}\n", false), List.of("--format", "labelstudio"), 1),
                Arguments.of("brat span text that does not match", "brat/", bytes("T1\tplace 0 5\tPusan\n", false), List.of(), 1),
                Arguments.of("CoNLL with a wrong column count (shared sample)", null, null, List.of("--format", "conll"), 1),
                Arguments.of("missing file", "nothing-here.jsonl", null, List.of(), 0));
    }

    private static byte[] bytes(String text, boolean latin1) {
        return text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitTwoNamesTheFileAndLineAndChangesNothing(String name, String file, byte[] content, List<String> options,
                                                     int line) throws Exception {
        Path input;
        Path named;
        if (file == null) {
            input = Path.of("src/test/resources/samples/doccano/sequence_labeling-labeling.invalid.conll");
            named = input;
        } else if (file.endsWith("/")) {
            input = Files.createDirectories(temp.resolve(file));
            Files.writeString(input.resolve("doc.txt"), "Seoul is big.");
            named = input.resolve("doc.ann");
            Files.write(named, content);
        } else {
            input = temp.resolve(file);
            named = input;
            if (content != null) {
                Files.write(input, content);
            }
        }
        String[] args = Stream.concat(Stream.concat(Stream.of("import", "--db", db.toString()), options.stream()),
                Stream.of(input.toString())).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString())
                .containsPattern("(?m)^" + Pattern.quote(named.toString()) + ":" + line + ": \\S");
        assertThat(DatabaseDump.of(db)).isEqualTo(before);
    }
}
