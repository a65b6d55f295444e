package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** Reserved ids and the ids of deleted rows are never given to a new row by any insert. */
class IdReservationsTest {

    @EngineTest
    void anInsertWithoutAnIdSkipsReservedIds(TestDatabase db) {
        try (Store store = Fixtures.openWithLabels(db)) {
            Document doc = Fixtures.insertDocument(store, "d", "Lee met Kim in Seoul.");
            Span first = store.spans().insert(Fixtures.span(doc.id(), 0, 3, Fixtures.PERSON));
            IdBlock block = store.reserveIds("spans", 64);
            Span next = store.spans().insert(Fixtures.span(doc.id(), 8, 11, Fixtures.PERSON));

            assertThat(block.first()).isEqualTo(first.id() + 1);
            assertThat(next.id()).isEqualTo(block.last() + 1);
            assertThat(store.reserveIds("spans", 8).first()).isEqualTo(next.id() + 1);
        }
    }

    @EngineTest
    void theIdsOfDeletedSpansAndOfTheRelationsThatWentWithThemAreNotGivenAgain(TestDatabase db) {
        try (Store store = Fixtures.openWithLabels(db)) {
            Document doc = Fixtures.insertDocument(store, "d", "Lee said yes in Seoul.");
            Span quote = store.spans().insert(Fixtures.span(doc.id(), 9, 12, Fixtures.QUOTE));
            Span lee = store.spans().insert(Fixtures.span(doc.id(), 0, 3, Fixtures.PERSON));
            Relation said = store.relations().insert(new Relation(0, doc.id(), quote.id(), lee.id(), Relation.SAID_BY));

            store.spans().delete(lee.id()); // the highest span id, and its relation with it

            Span again = store.spans().insert(Fixtures.span(doc.id(), 16, 21, Fixtures.PERSON));
            assertThat(again.id()).isGreaterThan(lee.id());
            Span other = store.spans().insert(Fixtures.span(doc.id(), 0, 3, Fixtures.PERSON));
            Relation next = store.relations().insert(new Relation(0, doc.id(), quote.id(), other.id(), Relation.SAID_BY));
            assertThat(next.id()).isGreaterThan(said.id());
            store.relations().delete(next.id());
            assertThat(store.reserveIds("relations", 1).first()).isGreaterThan(next.id());
        }
    }
}
