package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** Relations between spans of one document: insert, list, touching, delete and restore. */
class RelationRoundTripTest {

    TestDatabase db;
    Store store;
    long doc;
    Span quote;
    Span rutte;
    Span yoon;

    @BeforeEach
    void open(TestDatabase db) {
        this.db = db;
        store = Fixtures.openWithLabels(db);
        doc = Fixtures.insertDocument(store, "d", "\"We stand together,\" said Rutte to Yoon.").id();
        quote = store.spans().insert(span(doc, 0, 20, QUOTE));
        rutte = store.spans().insert(span(doc, 26, 31, PERSON));
        yoon = store.spans().insert(span(doc, 35, 39, PERSON));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Relation relation(Span from, Span to, String type) {
        return new Relation(0, doc, from.id(), to.id(), type);
    }

    @EngineTest
    void insertedRelationsAreListedPerDocumentAndPerSpan() {
        Relation saidBy = store.relations().insert(relation(quote, rutte, Relation.SAID_BY));
        Relation addressed = store.relations().insert(relation(quote, yoon, "addressed_to"));
        Relation meets = store.relations().insert(relation(rutte, yoon, "meets"));

        assertThat(saidBy.id()).isPositive();
        assertThat(store.relations().forDocument(doc)).containsExactly(saidBy, addressed, meets);
        assertThat(store.relations().touching(quote.id())).containsExactly(saidBy, addressed);
        assertThat(store.relations().touching(yoon.id())).containsExactly(addressed, meets);
        assertThat(store.relations().touching(rutte.id())).containsExactly(saidBy, meets);
        assertThat(store.relations().count()).isEqualTo(3);
        assertThat(store.relations().forDocument(doc + 1)).isEmpty();
    }

    @EngineTest
    void deletedRelationIsRestoredUnderItsOwnId() {
        Relation saidBy = store.relations().insert(relation(quote, rutte, Relation.SAID_BY));
        Relation other = store.relations().insert(relation(quote, yoon, "addressed_to"));

        store.relations().delete(saidBy.id());
        assertThat(store.relations().forDocument(doc)).containsExactly(other);

        assertThat(store.relations().restore(saidBy)).isEqualTo(saidBy);
        assertThat(store.relations().forDocument(doc)).containsExactly(saidBy, other);
    }

    @EngineTest
    void undoOfASpanDeletionRestoresTheSpanThenItsRelations() {
        Relation saidBy = store.relations().insert(relation(quote, rutte, Relation.SAID_BY));
        store.spans().delete(rutte.id());
        assertThat(store.relations().count()).isZero();

        store.inTransaction(() -> {
            store.spans().restore(rutte);
            store.relations().restore(saidBy);
            return null;
        });
        assertThat(store.spans().find(rutte.id())).contains(rutte);
        assertThat(store.relations().forDocument(doc)).containsExactly(saidBy);
    }

    @EngineTest
    void deletingAMissingRelationIsRefused() {
        assertThatThrownBy(() -> store.relations().delete(555))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("555");
    }
}
