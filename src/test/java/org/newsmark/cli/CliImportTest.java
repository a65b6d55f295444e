package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/** {@code newsmark import} and {@code stats} run in-process on the shared real samples. */
class CliImportTest {

    private static final Path DOCCANO = Path.of("src/test/resources/samples/doccano");
    private static final Path BRAT = Path.of("src/test/resources/samples/brat-news");

    @TempDir
    Path temp;

    private Path db() {
        return temp.resolve("news.db");
    }

    private CliRun importing(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "import";
        all[1] = "--db";
        all[2] = db().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void importsDoccanosRelationSample() {
        CliRun run = importing(DOCCANO.resolve("relation_extraction-example.jsonl").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 1 documents, 4 spans, 3 relations (doccano)")
                .contains("labels created: ORG, DATE, PERSON").contains("relation types created: foundedAt, foundedBy");
        try (Store store = Store.open(db())) {
            long id = store.documents().ids(Optional.empty()).get(0);
            assertThat(store.spans().forDocument(id)).extracting(Span::annotator)
                    .containsOnly(org.newsmark.model.Annotator.osUser().name());
            assertThat(store.relations().forDocument(id)).hasSize(3);
            assertThat(store.labels().relationTypes()).contains("foundedAt", "foundedBy");
        }
    }

    @Test
    void importsDoccanosOverlappingSampleAndItsConll() {
        assertThat(importing(DOCCANO.resolve("sequence_labeling-example_overlapping.jsonl").toString()).exit()).isZero();
        CliRun conll = importing("--format", "conll", DOCCANO.resolve("sequence_labeling-example.conll").toString());
        assertThat(conll.exit()).as(conll.toString()).isZero();
        assertThat(conll.out()).contains("(conll)");
    }

    @Test
    void importsTheBratFolderAndReportsWhatItSkipped() {
        CliRun run = importing("--annotator", "gold", BRAT.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 13 documents, 119 spans, 60 relations (brat)")
                .contains("\n23 brat events (E lines) imported as relations EVENT:ROLE from the trigger span")
                .contains("\n11 skipped: brat A (attribute) line").doesNotContain("E (event) line");
        try (Store store = Store.open(db())) {
            assertThat(store.documents().count()).isEqualTo(13);
            long id = store.documents().ids(Optional.empty()).get(0);
            assertThat(store.spans().forDocument(id)).extracting(Span::annotator).containsOnly("gold");
        }
    }

    @Test
    void mapRenamesLabelsOnTheWayIn() {
        CliRun run = importing("--map", "PERSON=speaker,ORG=organisation", DOCCANO.resolve("relation_extraction-example.jsonl").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("labels created: organisation, DATE");
        try (Store store = Store.open(db())) {
            assertThat(store.spans().countsByLabel()).containsEntry("speaker", 2).containsEntry("organisation", 1)
                    .doesNotContainKeys("PERSON", "ORG");
        }
    }

    @Test
    void aBadMapIsBadInput() {
        CliRun run = importing("--map", "PERSON", DOCCANO.resolve("relation_extraction-example.jsonl").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--map").contains("FROM=to");
    }

    @Test
    void reImportIsReportedNotDuplicatedUnlessAsked() {
        String file = DOCCANO.resolve("relation_extraction-example.jsonl").toString();
        assertThat(importing(file).exit()).isZero();
        CliRun again = importing(file);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("imported 0 documents").contains("1 duplicates skipped");
        try (Store store = Store.open(db())) {
            assertThat(store.documents().count()).isEqualTo(1);
        }
        CliRun forced = importing("--include-duplicates", file);
        assertThat(forced.out()).contains("imported 1 documents");
        try (Store store = Store.open(db())) {
            assertThat(store.documents().count()).isEqualTo(2);
        }
    }

    @Test
    void plainTextFilesAndFolders() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "\uFEFFHeadline A\r\nBody.");
        Files.writeString(folder.resolve("b.txt"), "Headline B\nBody.");
        CliRun run = importing(folder.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 2 documents, 0 spans").contains("(txt)");
        try (Store store = Store.open(db())) {
            assertThat(store.documents().find(store.documents().ids(Optional.empty()).get(0)).orElseThrow().text())
                    .isEqualTo("Headline A\r\nBody.");
        }
    }

    @Test
    void statsAsTextAndJson() {
        assertThat(importing(BRAT.toString()).exit()).isZero();
        CliRun text = CliRun.of("stats", "--db", db().toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).containsPattern("documents\\s+13").containsPattern("new\\s+13")
                .containsPattern("spans\\s+119").containsPattern("Organization\\s+56").containsPattern("relations\\s+60");
        CliRun json = CliRun.of("stats", "--db", db().toString(), "--json");
        assertThat(json.out()).contains("\"documents\" : 13").contains("\"Organization\" : 56").contains("\"Family\" : 3");
    }

    @Test
    void theDatabaseComesFromTheEnvironmentWhenNotGiven() {
        CliRun run = CliRun.withEnv(Map.of("NEWSMARK_DB", db().toString()), "import",
                DOCCANO.resolve("relation_extraction-example.jsonl").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.exists(db())).isTrue();
        CliRun none = CliRun.of("stats");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--db").contains("NEWSMARK_DB");
    }

    @Test
    void statsAndExportNeedAnExistingDatabase() {
        CliRun run = CliRun.of("stats", "--db", temp.resolve("missing.db").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing.db:0: no such database");
        assertThat(temp.resolve("missing.db")).doesNotExist();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"import", "export", "stats"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("Usage: newsmark " + command).contains("--db=FILE");
        }
        assertThat(CliRun.of("--help").out()).contains("import").contains("export").contains("stats");
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
    }
}
