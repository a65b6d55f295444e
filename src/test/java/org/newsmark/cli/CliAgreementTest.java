package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.AgreementStudy;
import org.newsmark.app.team.LabelAgreement;
import org.newsmark.app.team.LabelSummary;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.app.team.PairAgreement;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/**
 * {@code agreement}, the dataset card of {@code export} and the team's figures of {@code stats --json},
 * on a database where alice's and bob's layers were merged (and a gold layer, left out of agreement).
 * The expected figures come from {@link AgreementStudy} run on the same spans, built here without the store.
 */
class CliAgreementTest {

    /** A span of a layer; {@code saidBy} is the index (in its layer) of the speaker a quote is said_by, or -1. */
    record Tag(String text, int occurrence, String label, int saidBy) {
        static Tag of(String text, String label) {
            return new Tag(text, 0, label, -1);
        }

        int start(String doc) {
            int at = -1;
            for (int i = 0; i <= occurrence; i++) {
                at = doc.indexOf(text, at + 1);
            }
            return at;
        }
    }

    static final String VOTE = "Lee said \"the vote was close\" in Paris. Kim said no to Lyon.";
    static final String RAIN = "Rain fell on Paris and Lyon today, said Kim.";
    static final String ALONE = "Only one analyst read Berlin news.";

    /** text to annotator to layer; ALONE only alice annotated. */
    static final Map<String, Map<String, List<Tag>>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put(VOTE, Map.of(
                "alice", List.of(Tag.of("Lee", "speaker"), new Tag("the vote was close", 0, "quote", 0),
                        Tag.of("Paris", "place"), Tag.of("Kim", "speaker"), Tag.of("Lyon", "place")),
                "bob", List.of(Tag.of("Lee", "speaker"), new Tag("\"the vote was close\"", 0, "quote", 0),
                        Tag.of("Paris", "place"), Tag.of("Kim said", "speaker"))));
        LAYERS.put(RAIN, Map.of(
                "alice", List.of(Tag.of("Paris", "place"), Tag.of("Lyon", "place"), Tag.of("Kim", "speaker")),
                "bob", List.of(Tag.of("Paris", "place"), Tag.of("Lyon today", "place"), Tag.of("Kim", "speaker"))));
        LAYERS.put(ALONE, Map.of("alice", List.of(Tag.of("Berlin", "place"))));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    Path team;

    @BeforeEach
    void aliceAndBobAnnotateTheSameArticlesAndAreMerged() throws IOException {
        team = temp.resolve("team.db");
        Path bobDb = temp.resolve("bob.db");
        ok("import", "--db", team.toString(), "--annotator", "alice", write("alice.jsonl", layerFile("alice")).toString());
        ok("import", "--db", bobDb.toString(), "--annotator", "bob", write("bob.jsonl", layerFile("bob")).toString());
        ok("merge", "--db", team.toString(), bobDb.toString());
        // curation's layer: never compared unless named
        ok("merge", "--db", team.toString(), "--annotator", "gold", write("gold.jsonl",
                line(VOTE, List.of(Tag.of("Lee", "speaker")))).toString());
    }

    @Test
    void jsonAgreementIsTheStudysFiguresOnTheSameSpans() throws IOException {
        AgreementReport expected = expected();

        CliRun run = ok("agreement", "--db", team.toString(), "--json");

        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("documents").asInt()).isEqualTo(2).isEqualTo(expected.documents().size());
        assertThat(root.get("pairs")).hasSize(1);
        JsonNode pair = root.get("pairs").get(0);
        assertThat(pair.get("a").asText()).isEqualTo("alice");
        assertThat(pair.get("b").asText()).isEqualTo("bob");
        PairAgreement p = expected.pairs().get(0);
        assertThat(names(pair.get("labels"))).containsExactlyElementsOf(p.labels().keySet())
                .containsExactly("place", "quote", "speaker");
        p.labels().forEach((label, l) -> {
            JsonNode figures = pair.get("labels").get(label);
            same(figures.get("f1_exact"), l.f1Exact());
            same(figures.get("f1_overlap"), l.f1Overlap());
            same(figures.get("kappa"), l.kappa());
        });
        assertThat(p.labels().get("quote").f1Exact()).as("the quotes differ by their quotation marks").isZero();
        same(pair.get("said_by"), p.saidBy());
        assertThat(p.saidBy()).as("both said the quote is Lee's, though its boundaries differ: not a shared quote")
                .isNaN();
        expected.alphaU().forEach((label, a) -> same(root.get("alpha_u").get(label), a));
        expected.fleissKappa().forEach((label, k) -> same(root.get("fleiss_kappa").get(label), k));
    }

    @Test
    void saidByCountsQuotesBothTaggedAlikeAndLabelsCanBeChosen() throws IOException {
        ok("merge", "--db", team.toString(), "--annotator", "carol", write("carol.jsonl", line(VOTE, List.of(
                Tag.of("Lee", "speaker"), new Tag("the vote was close", 0, "quote", 2), Tag.of("Kim", "speaker")))).toString());
        AgreementReport expected = AgreementStudy.of(layered(List.of("alice", "carol")), List.of("alice", "carol"),
                List.of("quote", "speaker"));

        CliRun run = ok("agreement", "--db", team.toString(), "--annotators", "alice,carol", "--labels", "quote,speaker", "--json");

        JsonNode pair = JSON.readTree(run.out()).get("pairs").get(0);
        assertThat(names(pair.get("labels"))).containsExactly("quote", "speaker");
        assertThat(expected.pairs().get(0).saidBy()).as("carol says Kim said it, alice Lee").isZero();
        same(pair.get("said_by"), expected.pairs().get(0).saidBy());
        same(pair.get("labels").get("speaker").get("kappa"), expected.pairs().get(0).labels().get("speaker").kappa());
        assertThat(JSON.readTree(run.out()).get("documents").asInt()).isEqualTo(1);
    }

    @Test
    void theTableShowsEveryPairAndLabelAndGoldCanBeNamed() {
        AgreementReport expected = expected();

        CliRun table = ok("agreement", "--db", team.toString());
        CliRun withGold = ok("agreement", "--db", team.toString(), "--annotators", "alice,bob,gold");

        LabelAgreement place = expected.pairs().get(0).labels().get("place");
        assertThat(table.out()).contains("2 documents compared; annotators: alice, bob")
                .containsPattern("alice / bob\\s+place\\s+" + number(place.f1Exact()) + "\\s+" + number(place.f1Overlap())
                        + "\\s+" + number(place.kappa()) + "\\s+" + place.spansA() + "\\s+" + place.spansB())
                .containsPattern("place\\s+" + number(expected.fleissKappa().get("place")) + "\\s+"
                        + number(expected.alphaU().get("place")))
                .doesNotContain("gold");
        assertThat(withGold.out()).contains("alice / gold", "bob / gold", "2 documents compared; annotators: alice, bob, gold");
    }

    @Test
    void unknownAnnotatorsTooFewAnnotatorsAndUnknownLabelsAreBadInput() throws IOException {
        CliRun unknown = CliRun.of("agreement", "--db", team.toString(), "--annotators", "alice,zed");
        CliRun one = CliRun.of("agreement", "--db", team.toString(), "--annotators", "alice");
        CliRun label = CliRun.of("agreement", "--db", team.toString(), "--labels", "plaice");
        Path solo = temp.resolve("solo.db");
        ok("import", "--db", solo.toString(), "--annotator", "alice", temp.resolve("alice.jsonl").toString());
        CliRun alone = CliRun.of("agreement", "--db", solo.toString());

        for (CliRun run : List.of(unknown, one, label, alone)) {
            assertThat(run.exit()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
        assertThat(unknown.err()).contains(team + ":0:", "zed", "annotators: alice, bob, gold");
        assertThat(one.err()).contains("at least two annotators");
        assertThat(label.err()).contains("plaice");
        assertThat(alone.err()).contains(solo + ":0:", "at least two annotators", "only alice");
    }

    @Test
    void anExportGetsItsDatasetCardBesideItWrittenWhole() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Path out = folder.resolve("alice.jsonl");
        AgreementReport expected = expected();

        ok("export", "--db", team.toString(), "--format", "doccano", "--layer", "alice", "--out", out.toString());

        String card = Files.readString(folder.resolve("DATASET.md"));
        Map<String, Integer> aliceLabels = labelCounts("alice");
        assertThat(card).startsWith("# Dataset alice.jsonl\n\n3 documents, " + sum(aliceLabels) + " spans.");
        assertThat(card).contains("| alice | 3 | " + sum(aliceLabels) + " |", "| bob | 2 | " + sum(labelCounts("bob")) + " |",
                "| gold | 1 | 1 |");
        aliceLabels.forEach((label, n) -> assertThat(card).contains("| " + label + " | " + n + " |"));
        for (LabelSummary l : expected.summary()) {
            assertThat(card).contains("| " + l.label() + " | " + number(l.f1Exact()) + " | " + number(l.f1Overlap())
                    + " | " + number(l.kappa()) + " | " + number(l.alphaU()) + " |");
        }
        assertThat(card).contains("- format: doccano\n", "- offsets: Unicode code points", "- layer: the layer alice of every document");
        assertThat(listing(folder)).containsExactlyInAnyOrder("alice.jsonl", "DATASET.md");

        Path quiet = Files.createDirectories(temp.resolve("quiet")).resolve("gold.jsonl");
        ok("export", "--db", team.toString(), "--format", "doccano", "--no-card", "--out", quiet.toString());
        assertThat(listing(quiet.getParent())).containsExactly("gold.jsonl");
    }

    @Test
    void aBratExportHoldsItsCardAndCanBeReplacedWithIt() throws IOException {
        Path brat = temp.resolve("brat");

        ok("export", "--db", team.toString(), "--format", "brat", "--out", brat.toString());
        String first = Files.readString(brat.resolve("DATASET.md"));
        ok("export", "--db", team.toString(), "--format", "brat", "--annotator", "bob", "--replace", "--out", brat.toString());

        assertThat(first).contains("- format: brat", "per document gold where it has one");
        assertThat(Files.readString(brat.resolve("DATASET.md"))).contains("else bob's");
        assertThat(listing(temp)).noneMatch(n -> n.endsWith(".tmp"));
        assertThat(listing(brat)).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void statsJsonAddsTheTeamsFiguresAndKeepsTheCorpusOnes() throws IOException {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        long rainId;
        try (Store store = Store.open(team)) {
            store.documents().setStatus(store.documents().findByText(VOTE).orElseThrow(), DocumentStatus.DONE, "alice");
            rainId = store.documents().findByText(RAIN).orElseThrow();
        }
        LocalDate after = LocalDate.now(ZoneOffset.UTC);

        JsonNode root = JSON.readTree(ok("stats", "--db", team.toString(), "--json").out());

        int all = sum(labelCounts("alice")) + sum(labelCounts("bob")) + 1;
        assertThat(root.get("spans").asInt()).isEqualTo(all);
        assertThat(root.get("documents").asInt()).isEqualTo(3);
        assertThat(names(root)).startsWith("documents", "spans", "relations", "documentsByStatus", "spansByLabel",
                "relationsByType");
        assertThat(JSON.convertValue(root.get("spansByAnnotator").get("alice"), Map.class)).isEqualTo(labelCounts("alice"));
        assertThat(JSON.convertValue(root.get("spansByAnnotator").get("bob"), Map.class)).isEqualTo(labelCounts("bob"));
        JsonNode rain = stream(root.get("spansByDocument")).filter(d -> d.get("id").asLong() == rainId)
                .findFirst().orElseThrow();
        assertThat(names(rain.get("annotators"))).containsExactly("alice", "bob");
        assertThat(rain.get("annotators").get("bob").get("place").asInt()).isEqualTo(2);

        JsonNode done = root.get("doneByDay").get("alice");
        assertThat(names(done)).hasSize(1).first().isIn(before.toString(), after.toString());
        assertThat(done.elements().next().asInt()).isEqualTo(1);

        JsonNode alice = root.get("speed").get("alice");
        assertThat(alice.get("spans").asInt()).isEqualTo(sum(labelCounts("alice")));
        assertThat(alice.get("active_hours").asInt()).isBetween(1, 2);
        assertThat(alice.get("spans_per_hour").asDouble())
                .isCloseTo(alice.get("spans").asDouble() / alice.get("active_hours").asInt(), within(1e-9));

        assertThat(root.get("labelCooccurrence").get("counts").asText()).contains("one annotator's layer");
        Map<String, Integer> pairs = new TreeMap<>();
        root.get("labelCooccurrence").get("pairs").forEach(p ->
                pairs.put(p.get("a").asText() + "+" + p.get("b").asText(), p.get("documents").asInt()));
        assertThat(pairs).isEqualTo(expectedPairs());

        AgreementReport expected = expected();
        JsonNode agreement = root.get("agreementByLabel");
        assertThat(JSON.convertValue(agreement.get("annotators"), List.class)).isEqualTo(List.of("alice", "bob"));
        for (LabelSummary l : expected.summary()) {
            same(agreement.get("labels").get(l.label()).get("f1_exact"), l.f1Exact());
            same(agreement.get("labels").get(l.label()).get("alpha_u"), l.alphaU());
            same(agreement.get("labels").get(l.label()).get("fleiss_kappa"), l.fleissKappa());
        }
    }

    /** alice and bob over the documents both annotated, every label they used. */
    private static AgreementReport expected() {
        return AgreementStudy.of(layered(List.of("alice", "bob")), List.of("alice", "bob"), List.of());
    }

    /** The fixture's documents that every one of these annotators annotated, built without the store. */
    private static List<LayeredDocument> layered(List<String> annotators) {
        List<LayeredDocument> docs = new ArrayList<>();
        Map<String, Map<String, List<Tag>>> layers = new LinkedHashMap<>(LAYERS);
        layers.put(VOTE, new LinkedHashMap<>(LAYERS.get(VOTE)));
        layers.get(VOTE).put("carol", List.of(Tag.of("Lee", "speaker"), new Tag("the vote was close", 0, "quote", 2),
                Tag.of("Kim", "speaker")));
        layers.forEach((text, byAnnotator) -> {
            if (!byAnnotator.keySet().containsAll(annotators)) {
                return;
            }
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            Map<String, List<Relation>> relations = new LinkedHashMap<>();
            for (String annotator : annotators) {
                List<Tag> tags = byAnnotator.get(annotator);
                List<Span> list = new ArrayList<>();
                List<Relation> links = new ArrayList<>();
                for (int i = 0; i < tags.size(); i++) {
                    Tag t = tags.get(i);
                    list.add(Span.of(i + 1, t.start(text), t.start(text) + t.text().length(), t.label()));
                    if (t.saidBy() >= 0) {
                        links.add(Relation.of(i + 1, i + 1, t.saidBy() + 1, Relation.SAID_BY));
                    }
                }
                spans.put(annotator, list);
                relations.put(annotator, links);
            }
            docs.add(new LayeredDocument(Document.of("d", text), spans, relations));
        });
        return docs;
    }

    private static Map<String, Integer> labelCounts(String annotator) {
        Map<String, Integer> counts = new TreeMap<>();
        LAYERS.values().forEach(layers -> layers.getOrDefault(annotator, List.of())
                .forEach(t -> counts.merge(t.label(), 1, Integer::sum)));
        return counts;
    }

    /** Label pairs of the fixture (alice, bob and gold's one speaker) by the documents where one layer holds both. */
    private static Map<String, Integer> expectedPairs() {
        Map<String, Set<String>> documents = new TreeMap<>();
        LAYERS.forEach((text, layers) -> {
            Map<String, List<Tag>> all = new LinkedHashMap<>(layers);
            if (text.equals(VOTE)) {
                all.put("gold", List.of(Tag.of("Lee", "speaker")));
            }
            all.values().forEach(tags -> {
                Set<String> labels = new TreeSet<>();
                tags.forEach(t -> labels.add(t.label()));
                for (String a : labels) {
                    for (String b : labels) {
                        if (a.compareTo(b) <= 0) {
                            documents.computeIfAbsent(a + "+" + b, k -> new TreeSet<>()).add(text);
                        }
                    }
                }
            });
        });
        Map<String, Integer> out = new TreeMap<>();
        documents.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    private static String layerFile(String annotator) {
        StringBuilder sb = new StringBuilder();
        LAYERS.forEach((text, layers) -> sb.append(line(text, layers.getOrDefault(annotator, List.of()))).append('\n'));
        return sb.toString();
    }

    /** A doccano line with entities and relations (ASCII texts: code points and UTF-16 agree). */
    private static String line(String text, List<Tag> tags) {
        var root = JSON.createObjectNode();
        root.put("text", text);
        var entities = root.putArray("entities");
        var relations = root.putArray("relations");
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            entities.addObject().put("id", i + 1).put("label", t.label()).put("start_offset", t.start(text))
                    .put("end_offset", t.start(text) + t.text().length());
            if (t.saidBy() >= 0) {
                relations.addObject().put("id", i + 1).put("from_id", i + 1).put("to_id", t.saidBy() + 1).put("type", "said_by");
            }
        }
        return root.toString();
    }

    private static void same(JsonNode node, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(node.isNull()).as("%s for NaN", node).isTrue();
        } else {
            assertThat(node.asDouble()).isCloseTo(expected, within(1e-12));
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }
}
