package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.DatabaseDump;
import org.newsmark.app.CorpusStats;
import org.newsmark.app.GoldEvaluation;
import org.newsmark.app.SuggestionService;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ImportOptions;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/** {@code suggest} and {@code evaluate} on real databases, in process. */
class CliSuggestTest {

    private static final Path SEED = Path.of("corpus/01-yoon-rutte-nato-call.txt");
    private static final Path GOLD = Path.of("src/test/resources/eval/wikinews-gold.jsonl");

    @TempDir
    Path temp;

    private Path seedDatabase() {
        Path db = temp.resolve("seed.db");
        CliRun imported = CliRun.of("import", "--db", db.toString(), SEED.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        return db;
    }

    @Test
    void withoutApplyItCountsPerLabelAndChangesNothing() {
        Path db = seedDatabase();
        String before = DatabaseDump.of(db);

        CliRun run = CliRun.of("suggest", "--db", db.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("suggested in 1 documents").contains("place").contains("quote")
                .contains("speaker").contains("links");
        assertThat(DatabaseDump.of(db)).isEqualTo(before);
    }

    @Test
    void applyStoresSpansAndLinksThatExportCarries() throws Exception {
        Path db = seedDatabase();

        CliRun run = CliRun.of("suggest", "--db", db.toString(), "--apply");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("stored in 1 documents");
        try (Store store = Store.open(db)) {
            List<Span> spans = store.spans().forDocument(store.documents().ids(Optional.empty()).get(0));
            assertThat(spans).isNotEmpty().allSatisfy(s -> assertThat(s.annotator()).isEqualTo(SuggestionService.ANNOTATOR));
            assertThat(spans).extracting(Span::label).contains("place", "quote", "speaker");
            assertThat(CorpusStats.of(store).relationsByType()).containsKey("said_by");
        }
        Path out = temp.resolve("out.jsonl");
        CliRun export = CliRun.of("export", "--db", db.toString(), "--format", "doccano-rel", "--out", out.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(Files.readString(out)).contains("\"label\":\"place\"").contains("\"type\":\"said_by\"");
    }

    @Test
    void labelsMinScoreAndMissingLabelsAreHonoured() {
        Path db = seedDatabase();
        try (Workspace w = Workspace.open(db)) {
            WorkspaceStore.of(w).labels().delete(WorkspaceStore.of(w).labels().byName("place").orElseThrow().id());
        }

        CliRun run = CliRun.of("suggest", "--db", db.toString(), "--apply", "--labels", "place", "--min-score", "0.5");

        assertThat(run.exit()).as(run.toString()).isZero();
        try (Store store = Store.open(db)) {
            assertThat(store.labels().byName("place")).as("created before storing").isPresent();
            assertThat(CorpusStats.of(store).spansByLabel()).containsEntry("quote", 0).containsEntry("speaker", 0);
            assertThat(CorpusStats.of(store).spansByLabel().get("place")).isPositive();
        }
    }

    @Test
    void badOptionsAreBadInput() {
        Path db = seedDatabase();
        CliRun unknown = CliRun.of("suggest", "--db", db.toString(), "--labels", "weather");
        assertThat(unknown.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknown.err()).contains("weather");
        assertThat(CliRun.of("suggest", "--db", db.toString(), "--min-score", "1.5").exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(CliRun.of("suggest", "--db", temp.resolve("none.db").toString()).err()).contains("none.db:0:");
        assertThat(CliRun.of("suggest", "--help").out()).contains("--apply", "--labels", "--min-score", "--status");
        assertThat(CliRun.of("evaluate", "--help").out()).contains("--gold", "--format", "--json", "--details");
    }

    @Test
    void evaluateScoresAppliedSuggestionsAgainstTheGoldSetAsTextAndJson() throws Exception {
        Path db = temp.resolve("gold.db");
        Path texts = Files.createDirectories(temp.resolve("texts"));
        List<AnnotatedDocument> gold = DatasetFormat.fromCode("doccano").orElseThrow().reader()
                .read(List.of(GOLD), ImportOptions.defaults()).documents();
        for (int i = 0; i < gold.size(); i++) {
            Files.writeString(texts.resolve("article-" + i + ".txt"), gold.get(i).document().text(), StandardCharsets.UTF_8);
        }
        assertThat(CliRun.of("import", "--db", db.toString(), texts.toString()).exit()).isZero();
        assertThat(CliRun.of("suggest", "--db", db.toString(), "--apply").exit()).isZero();

        CliRun table = CliRun.of("evaluate", "--db", db.toString(), "--gold", GOLD.toString());
        CliRun json = CliRun.of("evaluate", "--db", db.toString(), "--gold", GOLD.toString(), "--format", "doccano", "--json");

        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).contains("label", "F1~", "figure", "place", "quote(direct)", "said_by:",
                gold.size() + " of " + gold.size() + " gold documents found");
        assertThat(json.exit()).as(json.toString()).isZero();
        GoldEvaluation.Result expected;
        try (Store store = Store.open(db)) {
            expected = GoldEvaluation.evaluate(store, GOLD, Optional.empty());
        }
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("matchedDocuments").asInt()).isEqualTo(gold.size());
        JsonNode place = root.get("labels").get("place");
        assertThat(place.get("exact").get("f1").asDouble())
                .isEqualTo(expected.report().label("place").orElseThrow().exact().f1());
        assertThat(place.get("overlap").get("precision").asDouble())
                .isEqualTo(expected.report().label("place").orElseThrow().overlap().precision());
        assertThat(root.get("saidBy").get("accuracy").asDouble()).isEqualTo(expected.report().linkAccuracy())
                .isGreaterThan(0.4);
        assertThat(table.out()).contains(String.format("%.2f", expected.report().linkAccuracy()));
    }

    @Test
    void evaluateDetailsListsEachMissAndFalseSpanWithDocumentAndCodePointOffsets() throws Exception {
        String text = "😀 Rutte met Yoon in Seoul and Tokyo.";
        Path stored = temp.resolve("stored.jsonl");
        Path gold = temp.resolve("gold.jsonl");
        // code points: Rutte 2-7, Yoon 12-16, Seoul 20-25, Tokyo 30-35
        Files.writeString(stored, "{\"text\": \"" + text + "\", \"label\": [[20, 25, \"place\"], [12, 16, \"place\"]]}\n");
        Files.writeString(gold, "{\"text\": \"" + text + "\", \"label\": [[20, 25, \"place\"], [30, 35, \"place\"]]}\n");
        Path db = temp.resolve("details.db");
        assertThat(CliRun.of("import", "--db", db.toString(), "--format", "doccano", stored.toString()).exit()).isZero();
        String name = DatasetFormat.fromCode("doccano").orElseThrow().reader()
                .read(List.of(gold), ImportOptions.defaults()).documents().get(0).document().name();

        CliRun table = CliRun.of("evaluate", "--db", db.toString(), "--gold", gold.toString(), "--details");
        CliRun json = CliRun.of("evaluate", "--db", db.toString(), "--gold", gold.toString(), "--json", "--details");
        CliRun plain = CliRun.of("evaluate", "--db", db.toString(), "--gold", gold.toString(), "--json");

        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).contains("place missed:\n  " + name + "  30-35  [Tokyo]\n")
                .contains("place false:\n  " + name + "  12-16  [Yoon]\n").doesNotContain("[Seoul]");
        JsonNode differences = new ObjectMapper().readTree(json.out()).get("differences");
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0).get("kind").asText()).isEqualTo("false");
        assertThat(differences.get(0).get("start").asInt()).isEqualTo(12);
        assertThat(differences.get(1).get("text").asText()).isEqualTo("Tokyo");
        assertThat(differences.get(1).get("document").asText()).isEqualTo(name);
        assertThat(new ObjectMapper().readTree(plain.out()).has("differences")).isFalse();
    }

    @Test
    void aBrokenGoldFileNamesItsLine() throws Exception {
        Path db = seedDatabase();
        Path broken = temp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"text\": \"Fine.\", \"label\": []}\n{\"text\": \"Broken\", \"label\": [\n");

        CliRun run = CliRun.of("evaluate", "--db", db.toString(), "--gold", broken.toString(), "--format", "doccano");
        CliRun missing = CliRun.of("evaluate", "--db", db.toString(), "--gold", temp.resolve("nope.jsonl").toString());

        assertThat(run.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).startsWith(broken + ":2:");
        assertThat(missing.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).contains("nope.jsonl:0:");
    }
}
