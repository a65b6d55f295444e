package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Export from the store and import into an empty one: the same documents, spans, labels and relations. */
class CliRoundTripTest {

    @TempDir
    Path temp;

    private Path source;

    @BeforeEach
    void createSource() {
        source = temp.resolve("source.db");
        StoredCorpus.create(source);
    }

    private Path out(String format) {
        return format.equals("brat") ? temp.resolve("brat-out") : temp.resolve("out-" + format);
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--db";
        all[2] = source.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"doccano", "doccano-rel", "prodigy", "brat", "labelstudio"})
    void losslessFormatsComeBackUnchanged(String format) {
        CliRun exported = export("--format", format, "--out", out(format).toString());
        assertThat(exported.exit()).as(exported.toString()).isZero();
        Path copy = temp.resolve("copy.db");
        CliRun imported = CliRun.of("import", "--db", copy.toString(), "--format", format.equals("doccano-rel") ? "doccano" : format,
                out(format).toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        boolean relations = !format.equals("doccano");
        assertThat(StoredCorpus.content(copy, relations)).isEqualTo(StoredCorpus.content(source, relations));
        if (!relations) {
            assertThat(exported.out()).contains("3 relations dropped");
        }
    }

    @Test
    void everyFormatExportsAndTheReadableOnesComeBackIn() {
        for (String format : List.of("doccano", "doccano-rel", "prodigy", "brat", "conll", "labelstudio", "csv")) {
            CliRun run = export("--format", format, "--out", out(format).toString());
            assertThat(run.exit()).as(format + ": " + run).isZero();
            assertThat(out(format)).exists();
        }
        CliRun conll = CliRun.of("import", "--db", temp.resolve("conll.db").toString(), "--format", "conll",
                out("conll").toString());
        assertThat(conll.exit()).as(conll.toString()).isZero();
    }

    @Test
    void utf16OffsetsGoOutAndComeBack() throws Exception {
        Path file = temp.resolve("utf16.jsonl");
        assertThat(export("--format", "doccano-rel", "--offsets", "utf16", "--out", file.toString()).exit()).isZero();
        String kimLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        int kim = StoredCorpus.FIRST.indexOf("Kim"); // no emoji before Kim, so both units agree here
        int no = StoredCorpus.FIRST.indexOf("\"no\"") + 1; // after 👍: UTF-16 counts it twice
        assertThat(kimLine).contains("\"start_offset\":" + kim).contains("\"start_offset\":" + no);
        Path copy = temp.resolve("copy.db");
        assertThat(CliRun.of("import", "--db", copy.toString(), "--offsets", "utf16", file.toString()).exit()).isZero();
        assertThat(StoredCorpus.content(copy, true)).isEqualTo(StoredCorpus.content(source, true));
        Path wrong = temp.resolve("wrong.db");
        CliRun misread = CliRun.of("import", "--db", wrong.toString(), file.toString());
        assertThat(misread.exit() != 0 || !StoredCorpus.content(wrong, true).equals(StoredCorpus.content(source, true)))
                .as("code-point reading of a UTF-16 file must not give the same spans").isTrue();
    }

    @Test
    void statusDoneExportsOnlyFinishedDocuments() throws Exception {
        CliRun run = export("--format", "doccano", "--status", "done", "--out", "-");
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).singleElement().asString().contains("Park");
        assertThat(run.err()).contains("1 documents, 3 spans");
    }

    @Test
    void labelSubsetsSplitNestedSpansOverTwoFilesWithoutLoss() throws Exception {
        CliRun quotes = export("--format", "csv", "--labels", "quote", "--out", "-");
        assertThat(quotes.exit()).as(quotes.toString()).isZero();
        assertThat(quotes.out().lines().skip(1).toList()).hasSize(3).allMatch(l -> l.contains("quote"));
        CliRun others = export("--format", "conll", "--labels", "speaker,figure,place", "--out", temp.resolve("o.conll").toString());
        assertThat(others.exit()).isZero();
        // 3 quotes in one file, the 6 other spans in the other: all 9 written, the figure nested in a quote too
        assertThat(others.out()).contains("6 spans").contains("3 spans dropped: label not in the exported subset")
                .doesNotContain("nested").doesNotContain("overlaps");
        assertThat(Files.readString(temp.resolve("o.conll"))).contains("B-figure").doesNotContain("quote");
    }

    @Test
    void nestedInnerKeepsTheFigureInsideTheQuote() throws Exception {
        Path outer = temp.resolve("outer.conll");
        Path inner = temp.resolve("inner.conll");
        CliRun o = export("--format", "conll", "--out", outer.toString());
        CliRun i = export("--format", "conll", "--nested", "inner", "--out", inner.toString());
        assertThat(o.exit()).isZero();
        assertThat(i.exit()).isZero();
        assertThat(Files.readString(outer)).doesNotContain("B-figure");
        assertThat(o.out()).contains("1 spans dropped");
        assertThat(Files.readString(inner)).contains("B-figure");
        assertThat(i.out()).contains("1 spans dropped");
        assertThat(export("--format", "conll", "--nested", "middle", "--out", inner.toString()).exit()).isEqualTo(2);
    }

    @Test
    void unknownLabelsAndStdoutForAFolderFormatAreBadInput() {
        CliRun labels = export("--format", "csv", "--labels", "qoute", "--out", "-");
        assertThat(labels.exit()).isEqualTo(2);
        assertThat(labels.err()).contains("qoute");
        CliRun brat = export("--format", "brat", "--out", "-");
        assertThat(brat.exit()).isEqualTo(2);
        assertThat(brat.err()).contains("folder");
    }

    @Test
    void aDocumentNamedLikeAPathStaysInsideTheBratFolder() throws Exception {
        Path jsonl = temp.resolve("evil.jsonl");
        Files.writeString(jsonl, "{\"name\": \"../../x\", \"text\": \"Lee spoke.\", \"label\": [[0, 3, \"speaker\"]]}\n");
        Path db = temp.resolve("evil.db");
        assertThat(CliRun.of("import", "--db", db.toString(), jsonl.toString()).exit()).isZero();
        Path folder = temp.resolve("deep/er/brat");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "brat", "--out", folder.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        try (var files = Files.walk(temp)) {
            assertThat(files.filter(p -> p.toString().endsWith(".ann")))
                    .isNotEmpty().allMatch(p -> p.startsWith(folder));
        }
    }
}
