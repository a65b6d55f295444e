package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.TRICKY_TEXT;
import static org.newsmark.store.Fixtures.span;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.store.BothEngines.EngineTest;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.SuggestionRepository.LabelledText;
import org.newsmark.store.SuggestionRepository.Rejection;

/** Schema step 3: the source of spans, rejected suggestions and the corpus memory derived from the store. */
class SuggestionStoreTest {

    /** SQLite only: a file of an old schema. */
    @TempDir
    Path dir;

    @Test
    void versionTwoFileIsMigratedWithItsDataIntactAndSpansBecomeManual() throws java.sql.SQLException {
        Path file = dir.resolve("v2.newsmark");
        Document doc;
        Span rutte;
        Relation said;
        try (Store store = Store.open(file, 2)) {
            Fixtures.addLabels(store);
            doc = Fixtures.insertDocument(store, "tricky", TRICKY_TEXT);
            rutte = Fixtures.insertOldSpan(store, doc.id(), 0, 5, PERSON);
            Span quote = Fixtures.insertOldSpan(store, doc.id(), 21, 38, QUOTE);
            Fixtures.execute(file, "INSERT INTO relations(document_id, from_span, to_span, type) VALUES ("
                    + doc.id() + ", " + quote.id() + ", " + rutte.id() + ", 'said_by')");
            said = store.relations().forDocument(doc.id()).get(0);
            assertThat(store.schemaVersion()).isEqualTo(2);
        }
        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
            assertThat(store.documents().find(doc.id())).contains(doc);
            assertThat(store.spans().forDocument(doc.id())).hasSize(2)
                    .contains(rutte.withAnnotator(org.newsmark.model.Annotator.DEFAULT))
                    .allSatisfy(s -> assertThat(s.source()).isEqualTo(Span.MANUAL));
            assertThat(store.relations().forDocument(doc.id())).containsExactly(said);
            assertThat(store.suggestions().rejections(doc.id())).isEmpty();
        }
    }

    @EngineTest
    void theSourceOfASpanRoundTrips(TestDatabase db) {
        try (Store store = Fixtures.openWithLabels(db)) {
            Document doc = Fixtures.insertDocument(store, "a", TRICKY_TEXT);
            Span accepted = store.spans().insert(new Span(0, doc.id(), new TextRange(0, 5), PERSON, "analyst",
                    Span.suggestedBy("speakers")));
            assertThat(store.spans().find(accepted.id())).contains(accepted);
            assertThat(accepted.source()).isEqualTo("suggest:speakers");
            Span restored = store.spans().find(accepted.id()).orElseThrow();
            store.spans().delete(restored.id());
            assertThat(store.spans().restore(restored)).isEqualTo(accepted);
            assertThat(store.spans().find(accepted.id()).orElseThrow().source()).isEqualTo("suggest:speakers");
        }
    }

    @EngineTest
    void rejectionsAreKeptPerDocumentOnceEachAndGoWithTheirDocument(TestDatabase db) {
        long a;
        long b;
        try (Store store = Fixtures.openWithLabels(db)) {
            a = Fixtures.insertDocument(store, "a", TRICKY_TEXT).id();
            b = Fixtures.insertDocument(store, "b", "Rutte again").id();
            Rejection r = new Rejection(a, PERSON, new TextRange(0, 5), "Rutte");
            store.suggestions().reject(r);
            store.suggestions().reject(r);
            store.suggestions().reject(new Rejection(b, PERSON, new TextRange(0, 5), "Rutte"));
            assertThatThrownBy(() -> store.suggestions().reject(new Rejection(b, PERSON, new TextRange(0, 50), "x")))
                    .isInstanceOf(InvalidSpanException.class);
        }
        try (Store store = db.open()) {
            assertThat(store.suggestions().rejections(a)).containsExactly(
                    new Rejection(a, PERSON, new TextRange(0, 5), "Rutte"));
            assertThat(store.suggestions().corpusMemory("suggest"))
                    .containsExactly(new LabelledText(PERSON, "Rutte", 0, 2));
            store.documents().delete(a);
            assertThat(store.suggestions().rejections(a)).isEmpty();
            assertThat(store.suggestions().corpusMemory("suggest"))
                    .containsExactly(new LabelledText(PERSON, "Rutte", 0, 1));
        }
    }

    @EngineTest
    void corpusMemoryCountsTaggedStringsByUtf16OffsetsLeavingOutUnreviewedSuggestions(TestDatabase db) {
        try (Store store = Fixtures.openWithLabels(db)) {
            long a = Fixtures.insertDocument(store, "a", TRICKY_TEXT).id();
            long b = Fixtures.insertDocument(store, "b", "Rutte spoke.").id();
            int end = TRICKY_TEXT.indexOf("End");
            store.spans().insert(span(a, 0, 5, PERSON));
            store.spans().insert(span(b, 0, 5, PERSON));
            store.spans().insert(span(a, end, end + 3, QUOTE));
            store.spans().insert(new Span(0, b, new TextRange(6, 11), QUOTE, "suggest", Span.suggestedBy("quotes")));

            List<LabelledText> memory = store.suggestions().corpusMemory("suggest");

            assertThat(memory).containsExactlyInAnyOrder(new LabelledText(PERSON, "Rutte", 2, 0),
                    new LabelledText(QUOTE, "End", 1, 0));
        }
    }
}
