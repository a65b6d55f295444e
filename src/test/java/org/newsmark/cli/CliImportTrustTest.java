package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.DatabaseDump;
import org.newsmark.model.Document;
import org.newsmark.store.Store;

/**
 * Imports that used to store something other than the file said, or fail without {@code FILE:LINE}:
 * each now fails with exit 2, a one-line {@code FILE:LINE: problem} and the database as it was, or
 * (for the limits and the detection) imports what the file holds.
 */
class CliImportTrustTest {

    /** Two quotes said by two speakers; the second speaker repeats the first one's id. */
    private static final String DUPLICATE_ENTITY = "{\"text\": \"Lee said yes. Kim said no.\", \"entities\": ["
            + "{\"id\": 1, \"label\": \"speaker\", \"start_offset\": 0, \"end_offset\": 3},"
            + "{\"id\": 2, \"label\": \"quote\", \"start_offset\": 9, \"end_offset\": 12},"
            + "{\"id\": 1, \"label\": \"speaker\", \"start_offset\": 14, \"end_offset\": 17},"
            + "{\"id\": 3, \"label\": \"quote\", \"start_offset\": 23, \"end_offset\": 25}], \"relations\": ["
            + "{\"id\": 1, \"from_id\": 2, \"to_id\": 1, \"type\": \"said_by\"},"
            + "{\"id\": 2, \"from_id\": 3, \"to_id\": 1, \"type\": \"said_by\"}]}\n";

    /** "Merkel" after an emoji: code point offsets [2, 8), UTF-16 offsets [3, 9). */
    private static final String EMOJI_TEXT = "\uD83D\uDE00 Merkel said yes.";

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

    private static String labelStudio(String region1, String region2) {
        return "[\n{\"data\": {\"text\": \"" + EMOJI_TEXT + "\"},\n \"annotations\": [{\"result\": [" + region1
                + (region2.isEmpty() ? "" : ", " + region2) + "]}]}\n]\n";
    }

    private static String region(String id, int start, int end, String text, String label) {
        return "{\"id\": \"" + id + "\", \"type\": \"labels\", \"from_name\": \"label\", \"to_name\": \"text\","
                + " \"value\": {\"start\": " + start + ", \"end\": " + end + ", \"text\": \"" + text + "\","
                + " \"labels\": [\"" + label + "\"]}}";
    }

    private static String prodigy(int start, int end, String text) {
        return "{\"text\": \"" + EMOJI_TEXT + "\", \"spans\": [{\"start\": " + start + ", \"end\": " + end
                + ", \"label\": \"speaker\", \"text\": \"" + text + "\"}]}\n";
    }

    /** name, file (relative to temp), its content, extra options, line of the error, what the error says. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("duplicate doccano entity id", "dup.jsonl", "{\"text\": \"Fine.\", \"label\": []}\n"
                        + DUPLICATE_ENTITY, List.of(), 2, "duplicate entity id 1"),
                Arguments.of("duplicate Label Studio region id", "dup.json",
                        labelStudio(region("r1", 2, 8, "Merkel", "speaker"), region("r1", 14, 17, "yes", "quote")),
                        List.of(), 2, "duplicate region id \"r1\""),
                Arguments.of("Label Studio text with UTF-16 offsets read as code points", "utf16.json",
                        labelStudio(region("r1", 3, 9, "Merkel", "speaker"), ""), List.of(), 2,
                        "gives its text as 'Merkel' but the text at those offsets (counted in code points) is 'erkel '; "
                                + "they count UTF-16 code units: import with --offsets utf16"),
                Arguments.of("Label Studio text with code points read as UTF-16", "cp.json",
                        labelStudio(region("r1", 2, 8, "Merkel", "speaker"), ""), List.of("--offsets", "utf16"), 2,
                        "they count code points: import with --offsets codepoint"),
                Arguments.of("Prodigy text with UTF-16 offsets read as code points", "utf16.jsonl",
                        prodigy(3, 9, "Merkel"), List.of(), 1, "import with --offsets utf16"),
                Arguments.of("Prodigy text that is nowhere near its offsets", "wrong.jsonl",
                        prodigy(2, 8, "Merkle"), List.of(), 1,
                        "gives its text as 'Merkle' but the text at those offsets (counted in code points) is 'Merkel'"),
                Arguments.of("unpaired surrogate in doccano text", "surrogate.jsonl",
                        "{\"text\": \"Lee said \\ud800 no.\", \"label\": [[0, 3, \"speaker\"]]}\n", List.of(), 1,
                        "text contains an unpaired surrogate U+D800 at character 9"),
                Arguments.of("unpaired surrogate in a Label Studio name", "surrogate.json",
                        "[{\"data\": {\"text\": \"Fine.\", \"name\": \"a\\udc00b\"}}]", List.of(), 1,
                        "data.name contains an unpaired surrogate U+DC00 at character 1"),
                Arguments.of("label with a space", "space.jsonl", "{\"text\": \"Fine.\", \"label\": []}\n\n"
                        + "{\"text\": \"Lee said no.\", \"label\": [[0, 3, \"my speaker\"]]}\n", List.of(), 3,
                        "label 'my speaker' contains whitespace"),
                Arguments.of("JSON nested beyond the limit", "deep.jsonl", "{\"text\": \"Fine.\", \"meta\": "
                        + "[".repeat(3000) + "]".repeat(3000) + "}\n", List.of(), 1, "JSON beyond the reader's limits"),
                Arguments.of("--map of a label no span has, with --strict", "strict.jsonl",
                        "{\"text\": \"Lee said no.\", \"label\": [[0, 3, \"speaker\"]]}\n",
                        List.of("--map", "PER=speaker,speaker=figure", "--strict"), 0,
                        "--map PER=speaker: no span has the label PER (--strict: nothing imported)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithItsFileAndLineAndNothingStored(String name, String file, String content, List<String> options,
                                                   int line, String problem) throws Exception {
        Path input = temp.resolve(file);
        Files.writeString(input, content);
        CliRun run = import_(options, input);
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        if (line > 0) {
            assertThat(run.err()).as(run.toString()).startsWith(input + ":" + line + ": ").contains(problem);
        } else {
            assertThat(run.err()).as(run.toString()).startsWith(problem);
        }
        assertThat(run.err().lines()).as(run.toString()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception", "StreamReadConstraints", "com.fasterxml");
        assertThat(DatabaseDump.of(db)).isEqualTo(before);
    }

    private CliRun import_(List<String> options, Path... inputs) {
        return CliRun.of(Stream.of(Stream.of("import", "--db", db.toString()), options.stream(),
                Stream.of(inputs).map(Path::toString)).flatMap(s -> s).toArray(String[]::new));
    }

    @Test
    void uniqueEntityIdsAttachEachQuoteToItsOwnSpeaker() throws Exception {
        Path input = temp.resolve("unique.jsonl");
        Files.writeString(input, DUPLICATE_ENTITY.replace("{\"id\": 1, \"label\": \"speaker\", \"start_offset\": 14",
                "{\"id\": 4, \"label\": \"speaker\", \"start_offset\": 14").replace("\"from_id\": 3, \"to_id\": 1",
                "\"from_id\": 3, \"to_id\": 4"));
        CliRun run = import_(List.of(), input);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(StoredCorpus.content(db, true)).anySatisfy(d -> assertThat(d)
                .contains("[9,12) quote 'yes' -said_by-> [0,3) speaker 'Lee'")
                .contains("[23,25) quote 'no' -said_by-> [14,17) speaker 'Kim'"));
    }

    @Test
    void spanTextsThatMatchTheirOffsetsAreStored() throws Exception {
        Path ls = temp.resolve("utf16.json");
        Files.writeString(ls, labelStudio(region("r1", 3, 9, "Merkel", "speaker"), region("r2", 15, 18, "yes", "quote")));
        CliRun run = import_(List.of("--offsets", "utf16"), ls);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(StoredCorpus.content(db, false)).contains(EMOJI_TEXT + "\n  [15,18) quote 'yes'\n  [3,9) speaker 'Merkel'\n");
    }

    @Test
    void oneLabelStudioRegionMayComeAsSeveralResultsWithTheSameOffsets() throws Exception {
        Path ls = temp.resolve("two-controls.json");
        Files.writeString(ls, labelStudio(region("r1", 2, 8, "Merkel", "speaker"), region("r1", 2, 8, "Merkel", "figure")));
        CliRun run = import_(List.of(), ls);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(StoredCorpus.content(db, false))
                .contains(EMOJI_TEXT + "\n  [3,9) figure 'Merkel'\n  [3,9) speaker 'Merkel'\n");
    }

    @Test
    void aMapWhoseLabelNeverOccursIsAWarningOnStandardError() throws Exception {
        Path input = temp.resolve("map.jsonl");
        Files.writeString(input, "{\"text\": \"Lee said no.\", \"label\": [[0, 3, \"PERSON\"]]}\n");
        CliRun run = import_(List.of("--map", "PER=speaker,PERSON=speaker,LOC=place"), input);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err().lines()).containsExactly("warning: --map LOC=place: no span has the label LOC",
                "warning: --map PER=speaker: no span has the label PER");
        assertThat(StoredCorpus.content(db, false)).contains("Lee said no.\n  [0,3) speaker 'Lee'\n");
    }

    @Test
    void aRawNewlineInAFileNameStaysOnTheErrorLine() throws Exception {
        Path input = temp.resolve("two\nlines\tname.jsonl");
        Files.writeString(input, "{\"text\": oops}\n");
        CliRun run = import_(List.of(), input);
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.toString()).hasSize(1).first().asString()
                .startsWith(temp + "/two\\nlines\\tname.jsonl:1: invalid JSON");
        Path missing = temp.resolve("gone\r\n.jsonl");
        CliRun gone = import_(List.of(), missing);
        assertThat(gone.exit()).as(gone.toString()).isEqualTo(2);
        assertThat(gone.err()).isEqualTo(temp + "/gone\\r\\n.jsonl:0: no such file or folder" + System.lineSeparator());
        assertThat(DatabaseDump.of(db)).isEqualTo(before);
    }

    @Test
    void aFolderOfJsonLinesFilesIsDetectedByTheirContent() throws Exception {
        Path doccano = Files.createDirectories(temp.resolve("doccano"));
        Files.writeString(doccano.resolve("a.jsonl"), "{\"text\": \"Lee said no.\", \"label\": [[0, 3, \"speaker\"]]}\n");
        Files.writeString(doccano.resolve("b.jsonl"), "{\"text\": \"Kim said yes.\", \"label\": [[0, 3, \"speaker\"]]}\n");
        CliRun run = import_(List.of(), doccano);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 2 documents, 2 spans, 0 relations (doccano)");

        Path prodigy = Files.createDirectories(temp.resolve("prodigy"));
        Files.writeString(prodigy.resolve("p.jsonl"), prodigy(2, 8, "Merkel"));
        run = import_(List.of(), prodigy);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 1 documents, 1 spans, 0 relations (prodigy)");
    }

    @Test
    void aFolderWhoseFilesDisagreeIsRefusedNamingTwoOfThem() throws Exception {
        Path mixed = Files.createDirectories(temp.resolve("mixed"));
        Files.writeString(mixed.resolve("a.jsonl"), "{\"text\": \"Lee said no.\", \"label\": [[0, 3, \"speaker\"]]}\n");
        Files.writeString(mixed.resolve("b.jsonl"), prodigy(2, 8, "Merkel"));
        CliRun run = import_(List.of(), mixed);
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith(mixed.resolve("b.jsonl") + ":0: looks like prodigy but "
                + mixed.resolve("a.jsonl") + " in the same folder looks like doccano");
        assertThat(DatabaseDump.of(db)).isEqualTo(before);
        CliRun named = import_(List.of("--format", "doccano"), mixed.resolve("a.jsonl"));
        assertThat(named.exit()).as(named.toString()).isZero();
    }

    /** Jackson refuses strings over 20,000,000 characters unless told otherwise; an article can be longer. */
    @Test
    void aLineHoldingMoreThanTwentyMillionCharactersImports() throws Exception {
        Path big = temp.resolve("big.jsonl");
        int filler = 20_000_100;
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{\"text\": \"Lee said ");
            char[] chunk = "flood ".repeat(1000).toCharArray();
            for (int written = 0; written < filler; written += chunk.length) {
                w.write(chunk, 0, Math.min(chunk.length, filler - written));
            }
            w.write(" \uD83D\uDE00 in Seoul.\", \"label\": [[0, 3, \"speaker\"], [" + (9 + filler + 6) + ", "
                    + (9 + filler + 11) + ", \"place\"]]}\n");
        }
        Path fresh = temp.resolve("fresh.db");
        CliRun run = CliRun.of("import", "--db", fresh.toString(), big.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 1 documents, 2 spans");
        try (Store store = Store.open(fresh)) {
            long id = store.documents().ids(java.util.Optional.empty()).get(0);
            Document document = store.documents().find(id).orElseThrow();
            assertThat(document.text()).hasSize(9 + filler + 13).endsWith(" \uD83D\uDE00 in Seoul.");
            assertThat(store.spans().forDocument(id)).extracting(s -> s.textIn(document.text()))
                    .containsExactlyInAnyOrder("Lee", "Seoul");
        }
    }
}
