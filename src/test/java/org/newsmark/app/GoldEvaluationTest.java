package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ImportOptions;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.suggest.Evaluator;

/** {@code evaluate}: the store's annotations against a gold file read by the io readers. */
class GoldEvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/eval/wikinews-gold.jsonl");

    @TempDir
    Path temp;

    @Test
    void theGoldSetScoredAgainstItselfIsPerfect() throws Exception {
        try (Workspace w = Workspace.open(temp.resolve("gold.db"))) {
            List<AnnotatedDocument> gold = DatasetFormat.fromCode("doccano").orElseThrow().reader()
                    .read(List.of(GOLD), ImportOptions.defaults()).documents();
            gold.forEach(d -> store(w.store(), d));

            GoldEvaluation.Result r = GoldEvaluation.evaluate(w.store(), GOLD, Optional.empty());

            assertThat(r.matched()).isEqualTo(gold.size()).isEqualTo(172); // 66 + the ninth round's two parts of eight rows + the tenth round's blind heldout7 + the twelfth round's 25 + the thirteenth round's blind heldout13 (all 49)
            assertThat(r.unmatched()).isEmpty();
            for (String label : List.of("figure", "place", "quote", "speaker", Evaluator.DIRECT_QUOTE)) {
                assertThat(r.report().label(label).orElseThrow().exact().f1()).as(label).isEqualTo(1.0);
            }
            Evaluator.Report direct = gold.stream().map(d -> Evaluator.compare(d.document().text(),
                    GoldEvaluation.annotation(d.spans(), d.relations()), GoldEvaluation.annotation(d.spans(), d.relations())))
                    .reduce(Evaluator.Report.empty(), Evaluator.Report::plus);
            assertThat(r.report()).as("the store keeps every span and link of the gold file").isEqualTo(direct);
            assertThat(r.report().matchedQuotes()).isPositive();
        }
    }

    @Test
    void appliedSuggestionsAreScoredOnlyOnDocumentsTheStoreHas() throws Exception {
        try (Workspace w = Workspace.open(temp.resolve("suggested.db"));
             SuggestionService service = SuggestionService.start(w.store(), () -> SuggestionServiceTest.PLACES)) {
            List<AnnotatedDocument> gold = DatasetFormat.fromCode("doccano").orElseThrow().reader()
                    .read(List.of(GOLD), ImportOptions.defaults()).documents();
            AnnotatedDocument first = gold.get(0);
            w.store().documents().insert(Document.of("first", first.document().text()));
            service.suggestCorpus(SuggestOptions.countOnly().applying());

            GoldEvaluation.Result r = GoldEvaluation.evaluate(w.store(), GOLD,
                    DatasetFormat.fromCode("doccano"));

            assertThat(r.matched()).isEqualTo(1);
            assertThat(r.unmatched()).hasSize(gold.size() - 1);
            Evaluator.Counts quotes = r.report().label("quote").orElseThrow().overlap();
            assertThat(quotes.gold()).isEqualTo((int) first.spans().stream().filter(s -> s.label().equals("quote")).count());
            assertThat(quotes.f1()).isGreaterThan(0.5);
            assertThat(r.report().matchedQuotes()).isPositive();
        }
    }

    private static void store(Store store, AnnotatedDocument d) {
        store.inTransaction(() -> {
            long id = store.documents().insert(d.document()).id();
            Map<Long, Long> ids = new HashMap<>();
            for (Span s : d.spans()) {
                ids.put(s.id(), store.spans().insert(s.withDocumentId(id)).id());
            }
            for (Relation r : d.relations()) {
                store.relations().insert(new Relation(0, id, ids.get(r.fromSpanId()), ids.get(r.toSpanId()), r.type()));
            }
            return null;
        });
    }
}
