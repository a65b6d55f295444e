package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

/**
 * A CoNLL file imported and exported again by the command line comes back line for line (tokens,
 * middle columns, tags, sentence and document breaks), and importing that export again stores
 * nothing new.
 */
class CliConllRoundTripTest {

    private static final Path FIXTURES = Path.of("src/test/resources/conll");
    /** Four columns, IOB2, CoNLL++ style: three documents. */
    private static final Path CONLLPP = FIXTURES.resolve("conllpp-style.conll");

    @TempDir
    Path temp;

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }

    private static int documentCount(Path db) {
        try (Store store = Store.open(db)) {
            return store.documents().ids(Optional.empty()).size();
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"conllpp-style.conll", "iob1-two-columns.conll"})
    void exportAfterImportIsTheSameFileAndItsReimportAddsNothing(String fixture) throws Exception {
        Path original = FIXTURES.resolve(fixture);
        Path db = temp.resolve("news.db");
        Path export = temp.resolve("export.conll");
        ok("import", "--db", db.toString(), "--format", "conll", original.toString());
        int documents = documentCount(db);
        assertThat(documents).isEqualTo((int) lines(original).stream().filter(l -> l.startsWith("-DOCSTART-")).count());

        CliRun exported = ok("export", "--db", db.toString(), "--format", "conll", "--out", export.toString());
        assertThat(exported.out() + exported.err()).doesNotContain("dropped").doesNotContain("warning");
        assertThat(lines(export)).containsExactlyElementsOf(lines(original));

        CliRun again = ok("import", "--db", db.toString(), "--format", "conll", export.toString());
        assertThat(again.out()).contains("imported 0 documents")
                .contains(documents + " duplicates skipped (text already in the database)");
        assertThat(documentCount(db)).isEqualTo(documents);

        Path copy = temp.resolve("copy.db");
        ok("import", "--db", copy.toString(), "--format", "conll", export.toString());
        assertThat(StoredCorpus.content(copy, false)).isEqualTo(StoredCorpus.content(db, false));
    }

    @Test
    void aSpanEditedInsideATokenSplitsOnlyThatTokenAndSaysSo() throws Exception {
        Path db = temp.resolve("news.db");
        ok("import", "--db", db.toString(), CONLLPP.toString());
        try (Store store = Store.open(db)) {
            Document first = store.documents().find(store.documents().ids(Optional.empty()).get(0)).orElseThrow();
            int league = first.text().indexOf("league-leaders");
            store.spans().insert(new Span(0, first.id(), new TextRange(league, league + "league".length()), "MISC",
                    org.newsmark.model.Annotator.osUser().name()));
            // "late ." | "The result": a span across the sentence break
            int dot = first.text().indexOf(".\nThe result");
            store.spans().insert(new Span(0, first.id(), new TextRange(dot, dot + ".\nThe".length()), "MISC",
                    org.newsmark.model.Annotator.osUser().name()));
        }
        Path export = temp.resolve("edited.conll");
        CliRun run = ok("export", "--db", db.toString(), "--format", "conll", "--out", export.toString());
        assertThat(run.out() + run.err()).contains("1 tokens split where a span starts or ends inside them")
                .contains("1 sentence breaks inside a span not written").doesNotContain("dropped");

        List<String> expected = new ArrayList<>(lines(CONLLPP));
        int at = expected.indexOf("league-leaders NNS B-NP O");
        expected.set(at, "league NNS B-NP B-MISC");
        expected.add(at + 1, "-leaders NNS B-NP O");
        int the = expected.indexOf("The DT B-NP O");
        assertThat(expected.subList(the - 2, the)).containsExactly(". . O O", "");
        expected.set(the - 2, ". . O B-MISC");
        expected.set(the, "The DT B-NP I-MISC");
        expected.remove(the - 1);
        assertThat(lines(export)).containsExactlyElementsOf(expected);

        Path copy = temp.resolve("copy.db");
        CliRun back = ok("import", "--db", copy.toString(), export.toString());
        assertThat(back.out()).contains("imported 3 documents");
        try (Store store = Store.open(copy)) {
            Document first = store.documents().find(store.documents().ids(Optional.empty()).get(0)).orElseThrow();
            assertThat(store.spans().forDocument(first.id())).extracting(s -> s.textIn(first.text()) + "/" + s.label())
                    .contains("league/MISC", ". The/MISC");
        }
    }

    @Test
    void aPlainTextArticleInTheSameExportGetsTheFilesColumnsAndAllComesBackIn() throws Exception {
        Path db = temp.resolve("news.db");
        ok("import", "--db", db.toString(), CONLLPP.toString());
        Path article = temp.resolve("article.txt");
        Files.writeString(article, "Floods hit Seoul.\n\nKim said \"help\" on 2024-07-01.\n");
        ok("import", "--db", db.toString(), article.toString());

        Path export = temp.resolve("mixed.conll");
        CliRun run = ok("export", "--db", db.toString(), "--format", "conll", "--out", export.toString());
        assertThat(run.out() + run.err()).contains("middle columns padded with -X-");
        List<String> written = lines(export);
        assertThat(written.subList(0, lines(CONLLPP).size())).containsExactlyElementsOf(lines(CONLLPP));
        assertThat(written).contains("Seoul -X- -X- O");

        Path copy = temp.resolve("copy.db");
        ok("import", "--db", copy.toString(), "--format", "conll", export.toString());
        assertThat(documentCount(copy)).isEqualTo(4);
        CliRun again = ok("import", "--db", copy.toString(), "--format", "conll", export.toString());
        assertThat(again.out()).contains("4 duplicates skipped");
        assertThat(documentCount(copy)).isEqualTo(4);
    }
}
