package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Document;
import org.newsmark.model.Label;

/** A transaction that fails leaves nothing behind, in the file or in the store's caches. */
class TransactionTest {

    TestDatabase db;
    Store store;

    @BeforeEach
    void open(TestDatabase db) {
        this.db = db;
        store = Fixtures.openWithLabels(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void assertEmpty() {
        assertThat(store.documents().count()).isZero();
        assertThat(store.spans().count()).isZero();
        assertThat(store.relations().count()).isZero();
    }

    @EngineTest
    void anExceptionRollsBackEverythingAndReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("user cancelled");

        assertThatThrownBy(() -> store.inTransaction(() -> {
            Document doc = Fixtures.insertDocument(store, "d", "some text");
            store.spans().insert(span(doc.id(), 0, 4, PERSON));
            assertThat(store.spans().count()).isEqualTo(1); // visible inside the transaction
            throw failure;
        })).isSameAs(failure);

        assertEmpty();
        try (Store fresh = db.open()) {
            assertThat(fresh.documents().count()).isZero();
            assertThat(fresh.spans().count()).isZero();
        }
    }

    @EngineTest
    void anInvalidSpanInTheMiddleRollsBackTheSpansBeforeIt() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            Document doc = Fixtures.insertDocument(store, "d", "0123456789");
            store.spans().insert(span(doc.id(), 0, 2, PERSON));
            store.spans().insert(span(doc.id(), 2, 4, PERSON));
            store.spans().insert(span(doc.id(), 4, 99, PERSON));
            store.spans().insert(span(doc.id(), 6, 8, PERSON));
            return null;
        })).isInstanceOf(InvalidSpanException.class);

        assertEmpty();
    }

    @EngineTest
    void aDatabaseErrorInsideRollsBackToo() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            Fixtures.insertDocument(store, "d", "0123456789");
            store.labels().insert(Label.of(PERSON, "#000000", "", 9)); // duplicate name
            return null;
        })).isInstanceOf(StoreException.class);

        assertEmpty();
        assertThat(store.labels().all()).hasSize(3);
    }

    @EngineTest
    void theStoreWorksNormallyAfterARollback() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            Fixtures.insertDocument(store, "d", "text");
            throw new RuntimeException("boom");
        })).hasMessage("boom");

        Document doc = Fixtures.insertDocument(store, "d", "text");
        store.spans().insert(span(doc.id(), 0, 4, PERSON));
        try (Store fresh = db.open()) {
            assertThat(fresh.spans().forDocument(doc.id())).hasSize(1);
        }
    }

    @EngineTest
    void nestedTransactionsCommitTogether() {
        long docId = store.inTransaction(() -> {
            Document doc = Fixtures.insertDocument(store, "d", "0123456789");
            store.inTransaction(() -> store.spans().insert(span(doc.id(), 0, 2, PERSON)));
            store.spans().insert(span(doc.id(), 2, 4, PERSON));
            return doc.id();
        });
        assertThat(store.spans().forDocument(docId)).hasSize(2);
    }

    @EngineTest
    void aFailingNestedTransactionRollsBackTheOuterOne() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            Document doc = Fixtures.insertDocument(store, "d", "0123456789");
            store.inTransaction(() -> {
                store.spans().insert(span(doc.id(), 0, 2, PERSON));
                throw new IllegalStateException("inner");
            });
            return null;
        })).hasMessage("inner");

        assertEmpty();
    }

    @EngineTest
    void aRolledBackLabelIsNotKeptInTheLabelCache() {
        Document doc = Fixtures.insertDocument(store, "d", "0123456789");

        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.labels().insert(Label.of("TEMP", "#abcdef", "t", 7));
            // fills the label cache while TEMP exists inside the transaction
            store.spans().insert(span(doc.id(), 0, 2, "TEMP"));
            throw new IllegalStateException("undo");
        })).hasMessage("undo");

        assertThat(store.labels().byName("TEMP")).isEmpty();
        assertThatThrownBy(() -> store.spans().insert(span(doc.id(), 0, 2, "TEMP")))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("unknown label 'TEMP'");
        assertThat(store.spans().count()).isZero();

        Label temp = store.labels().insert(Label.of("TEMP", "#abcdef", "t", 7));
        assertThat(store.spans().insert(span(doc.id(), 0, 2, "TEMP")).label()).isEqualTo("TEMP");
        assertThat(store.labels().byName("TEMP")).contains(temp);
    }

    @EngineTest
    void aRolledBackRenameIsNotKeptInTheLabelCache() {
        Document doc = Fixtures.insertDocument(store, "d", "0123456789");
        Label person = store.labels().byName(PERSON).orElseThrow();

        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.labels().update(person.withName("HUMAN"));
            store.spans().insert(span(doc.id(), 0, 2, "HUMAN"));
            throw new IllegalStateException("undo");
        })).hasMessage("undo");

        assertThatThrownBy(() -> store.spans().insert(span(doc.id(), 0, 2, "HUMAN")))
                .isInstanceOf(InvalidSpanException.class);
        assertThat(store.spans().insert(span(doc.id(), 0, 2, PERSON)).label()).isEqualTo(PERSON);
    }
}
