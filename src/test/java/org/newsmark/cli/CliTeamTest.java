package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.DatabaseDump;
import org.newsmark.model.Annotator;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/** Team work on the command line: layers by --annotator, merge, assign, and --layer on export, on real files. */
class CliTeamTest {

    static final String LEE = "Lee said the vote was close. Kim said no.";
    static final String RAIN = "Rain fell on Paris today.";
    static final String ELSEWHERE = "Nothing in the team database has this text.";

    @TempDir
    Path temp;

    Path team;
    Path other;

    @BeforeEach
    void twoAnalystsImportTheSameArticles() throws IOException {
        team = temp.resolve("team.db");
        other = temp.resolve("other.db");
        Path alice = write("alice.jsonl", doccano(LEE, "[0,3,\"speaker\"]"), doccano(RAIN, "[13,18,\"place\"]"));
        Path bob = write("bob.jsonl", doccano(LEE, "[0,3,\"speaker\"],[29,32,\"speaker\"]"), doccano(ELSEWHERE, "[0,7,\"quote\"]"));
        ok("import", "--db", team.toString(), "--annotator", "alice", alice.toString());
        ok("import", "--db", other.toString(), "--annotator", "bob", bob.toString());
    }

    @Test
    void mergingAnotherDatabaseAddsItsLayerBesideOursAndReportsTheDocumentThatMatchesNothing() {
        CliRun run = ok("merge", "--db", team.toString(), other.toString());

        assertThat(run.out()).contains("layer bob: 1 documents, 2 spans, 0 relations added")
                .contains("document 'bob-2' matches no document of this database by its text; not added");
        try (Store store = Store.open(team)) {
            assertThat(store.documents().count()).isEqualTo(2);
            long lee = store.documents().findByText(LEE).orElseThrow();
            assertThat(layers(store, lee)).isEqualTo(Map.of("alice", List.of("[0,3) speaker"),
                    "bob", List.of("[0,3) speaker", "[29,32) speaker")));
            assertThat(store.spans().forDocument(lee, "alice")).extracting(Span::annotator).containsOnly("alice");
            long rain = store.documents().findByText(RAIN).orElseThrow();
            assertThat(layers(store, rain)).containsOnlyKeys("alice");
        }
    }

    @Test
    void mergingAnExportAddsItAsTheLayerOfTheAnnotatorNamed() throws IOException {
        Path export = temp.resolve("bob-export.jsonl");
        ok("export", "--db", other.toString(), "--format", "doccano-rel", "--layer", "bob", "--out", export.toString());

        CliRun nameless = CliRun.of("merge", "--db", team.toString(), export.toString());
        assertThat(nameless.exit()).as(nameless.toString()).isEqualTo(2);
        assertThat(nameless.err()).contains(export + ":0:").contains("--annotator");

        CliRun run = ok("merge", "--db", team.toString(), "--annotator", "carol", export.toString());
        assertThat(run.out()).contains("layer carol: 1 documents, 2 spans").contains("not added");
        try (Store store = Store.open(team)) {
            long lee = store.documents().findByText(LEE).orElseThrow();
            assertThat(layers(store, lee)).containsOnlyKeys("alice", "carol");
            assertThat(layers(store, lee).get("carol")).containsExactly("[0,3) speaker", "[29,32) speaker");
        }
    }

    @Test
    void aLayerNameTheMatchedDocumentAlreadyHasFailsTheWholeMergeAndChangesNothing() throws IOException {
        Path third = temp.resolve("third.db");
        ok("import", "--db", third.toString(), "--annotator", "dan", write("dan.jsonl", doccano(RAIN, "[0,4,\"quote\"]")).toString());
        ok("merge", "--db", team.toString(), other.toString());
        String dump = DatabaseDump.of(team);
        byte[] bytes = Files.readAllBytes(team);
        long layerRows = rows(team);

        // dan's layer is new, bob's is not: nothing of either may be written
        CliRun run = CliRun.of("merge", "--db", team.toString(), third.toString(), other.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(other + ":0: annotator 'bob' already has annotations on document")
                .doesNotContain("Exception");
        assertThat(DatabaseDump.of(team)).isEqualTo(dump);
        assertThat(rows(team)).isEqualTo(layerRows);
        assertThat(Files.readAllBytes(team)).isEqualTo(bytes);

        CliRun renamed = CliRun.of("merge", "--db", team.toString(), "--annotator", "bob2", other.toString());
        assertThat(renamed.exit()).as(renamed.toString()).isZero();
        assertThat(renamed.out()).contains("layer bob2: 1 documents");
    }

    @Test
    void renamingTheLayersOfADatabaseWithSeveralAnnotatorsIsRefused() {
        ok("merge", "--db", other.toString(), "--annotator", "alice", team.toString());
        Path combined = other;

        CliRun run = CliRun.of("merge", "--db", temp.resolve("team.db").toString(), "--annotator", "x", combined.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("this one has 2: alice, bob");
    }

    @Test
    void exportWritesTheLayerAskedForElseGoldElseTheAnnotatorsOwn() throws IOException {
        ok("merge", "--db", team.toString(), other.toString());
        Path bobOut = temp.resolve("bob.jsonl.out");
        Path aliceOut = temp.resolve("alice.jsonl.out");
        Path osUserOut = temp.resolve("os.jsonl.out");

        ok("export", "--db", team.toString(), "--format", "doccano", "--layer", "bob", "--out", bobOut.toString());
        ok("export", "--db", team.toString(), "--format", "doccano", "--annotator", "alice", "--out", aliceOut.toString());
        CliRun undecided = ok("export", "--db", team.toString(), "--format", "doccano", "--annotator", "zed",
                "--out", osUserOut.toString());

        assertThat(lineOf(bobOut, "Lee")).contains("[29,32,\"speaker\"]").contains("[0,3,\"speaker\"]");
        assertThat(lineOf(bobOut, "Rain")).contains("\"label\":[]");
        assertThat(lineOf(aliceOut, "Lee")).contains("[0,3,\"speaker\"]").doesNotContain("[29,32");
        assertThat(lineOf(aliceOut, "Rain")).contains("[13,18,\"place\"]");
        // zed has no layer: Lee has two (neither gold, zed's nor default), Rain only alice's
        assertThat(lineOf(osUserOut, "Lee")).contains("\"label\":[]");
        assertThat(lineOf(osUserOut, "Rain")).contains("[13,18,\"place\"]");
        assertThat(undecided.out() + undecided.err()).contains("1 documents have layers of several annotators");

        ok("merge", "--db", team.toString(), "--annotator", "gold",
                write("gold.jsonl", doccano(LEE, "[29,32,\"speaker\"]")).toString());
        ok("export", "--db", team.toString(), "--format", "doccano", "--annotator", "alice", "--out", aliceOut.toString());
        assertThat(lineOf(aliceOut, "Lee")).contains("[29,32,\"speaker\"]").doesNotContain("[0,3,");
    }

    @Test
    void suggestApplyWritesIntoTheLayerOfTheAnnotatorNamed() {
        ok("suggest", "--db", team.toString(), "--apply", "--labels", "place", "--annotator", "carol");

        try (Store store = Store.open(team)) {
            long rain = store.documents().findByText(RAIN).orElseThrow();
            assertThat(store.spans().forDocument(rain, "carol")).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.source()).startsWith(Span.SUGGESTED_PREFIX))
                    .extracting(s -> s.textIn(RAIN)).contains("Paris");
            assertThat(layers(store, rain).get("alice")).containsExactly("[13,18) place");
        }
    }

    @Test
    void assignIsBalancedDeterministicAndListedWithEachLayersStatus() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            many.append(doccano("Article number " + i + " is here.", "")).append('\n');
        }
        ok("import", "--db", team.toString(), write("ten.jsonl", many.toString()).toString());

        CliRun first = ok("assign", "--db", team.toString(), "--annotators", "a,b,c", "--per-doc", "2", "--overlap", "50%");
        Map<Long, List<String>> plan = assignments(team);
        CliRun again = ok("assign", "--db", team.toString(), "--annotators", "a,b,c", "--per-doc", "2", "--overlap", "50%");

        assertThat(assignments(team)).isEqualTo(plan);
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(plan).hasSize(12);
        assertThat(plan.values().stream().filter(l -> l.size() == 2)).hasSize(6);
        assertThat(plan.values()).allSatisfy(l -> assertThat(l).doesNotHaveDuplicates());
        Map<String, Integer> counts = new TreeMap<>();
        plan.values().forEach(l -> l.forEach(n -> counts.merge(n, 1, Integer::sum)));
        assertThat(counts).containsOnlyKeys("a", "b", "c");
        assertThat(counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                - counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        assertThat(first.out()).contains("12 documents assigned, 6 of them to 2 annotators");

        CliRun listing = ok("assignments", "--db", team.toString());
        assertThat(listing.out()).contains("a\t" + counts.get("a") + " assigned, " + counts.get("a") + " new, 0 in-progress, 0 done");

        CliRun bad = CliRun.of("assign", "--db", team.toString(), "--annotators", "a,b", "--per-doc", "3");
        assertThat(bad.exit()).as(bad.toString()).isEqualTo(2);
        assertThat(assignments(team)).isEqualTo(plan);
    }

    private static Map<String, List<String>> layers(Store store, long documentId) {
        Map<String, List<String>> out = new TreeMap<>();
        store.layers().spans(documentId).forEach((name, spans) ->
                out.put(name, spans.stream().map(s -> "[" + s.start() + "," + s.end() + ") " + s.label()).toList()));
        return out;
    }

    private static Map<Long, List<String>> assignments(Path db) {
        Map<Long, List<String>> plan = new TreeMap<>();
        try (Store store = Store.open(db)) {
            for (long id : store.documents().ids(Optional.empty())) {
                List<String> who = store.layers().assignments().stream().filter(a -> a.documentId() == id)
                        .map(a -> a.annotator()).toList();
                plan.put(id, who);
            }
        }
        return plan;
    }

    private static long rows(Path db) {
        try (Store store = Store.open(db)) {
            return store.layers().assignments().size() + store.layers().annotators().size();
        }
    }

    private static String lineOf(Path file, String start) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains("\"text\":\"" + start)).findFirst().orElseThrow()
                .replace(" ", "");
    }

    private static String doccano(String text, String labels) {
        return "{\"text\": \"" + text + "\", \"label\": [" + labels + "]}";
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }

    @SuppressWarnings("unused")
    private static String osUser() {
        return Annotator.osUser().name();
    }
}
