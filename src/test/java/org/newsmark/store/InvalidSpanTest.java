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
import org.newsmark.model.TextRange;

/** Spans and relations that do not fit are refused, and refusing them stores nothing. */
class InvalidSpanTest {

    private static final String TEXT = "0123456789";

    TestDatabase db;
    Store store;
    long doc;

    @BeforeEach
    void open(TestDatabase db) {
        this.db = db;
        store = Fixtures.openWithLabels(db);
        doc = Fixtures.insertDocument(store, "ten", TEXT).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void assertNothingStored() {
        assertThat(store.spans().count()).isZero();
        assertThat(store.relations().count()).isZero();
        assertThat(store.documents().count()).isEqualTo(1);
    }

    @EngineTest
    void negativeStartIsRefusedByTheModel() {
        assertThatThrownBy(() -> Span.of(0, -1, 3, PERSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid range");
        assertThatThrownBy(() -> new TextRange(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @EngineTest
    void emptySpanIsRefused() {
        assertThatThrownBy(() -> store.spans().insert(span(doc, 4, 4, PERSON)))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("[4, 4)")
                .hasMessageContaining("length 10");
        assertNothingStored();
    }

    @EngineTest
    void spanPastTheEndIsRefused() {
        assertThatThrownBy(() -> store.spans().insert(span(doc, 5, 11, PERSON)))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("does not fit document " + doc);
        assertThatThrownBy(() -> store.spans().insert(span(doc, 10, 12, PERSON)))
                .isInstanceOf(InvalidSpanException.class);
        assertNothingStored();
        // the very end is fine
        assertThat(store.spans().insert(span(doc, 9, 10, PERSON)).id()).isPositive();
    }

    @EngineTest
    void spanOfAMissingDocumentIsRefused() {
        assertThatThrownBy(() -> store.spans().insert(span(doc + 100, 0, 3, PERSON)))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("document " + (doc + 100) + " does not exist");
        assertThatThrownBy(() -> store.spans().insert(span(0, 0, 3, PERSON)))
                .isInstanceOf(InvalidSpanException.class);
        assertNothingStored();
    }

    @EngineTest
    void spanWithAnUnknownLabelIsRefused() {
        assertThatThrownBy(() -> store.spans().insert(span(doc, 0, 3, "NOPE")))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("unknown label 'NOPE'");
        assertThatThrownBy(() -> store.spans().insert(span(doc, 0, 3, PERSON.toLowerCase())))
                .isInstanceOf(InvalidSpanException.class);
        assertNothingStored();
    }

    @EngineTest
    void restoreChecksLikeInsert() {
        assertThatThrownBy(() -> store.spans().restore(span(doc, 0, 11, PERSON).withId(50)))
                .isInstanceOf(InvalidSpanException.class);
        assertThatThrownBy(() -> store.spans().restore(span(doc, 0, 3, "NOPE").withId(50)))
                .isInstanceOf(InvalidSpanException.class);
        assertNothingStored();
    }

    @EngineTest
    void invalidUpdateLeavesTheSpanAsItWas() {
        Span span = store.spans().insert(span(doc, 2, 5, PERSON));

        assertThatThrownBy(() -> store.spans().update(span.withRange(new TextRange(2, 11))))
                .isInstanceOf(InvalidSpanException.class);
        assertThatThrownBy(() -> store.spans().update(span.withRange(new TextRange(3, 3))))
                .isInstanceOf(InvalidSpanException.class);
        assertThatThrownBy(() -> store.spans().update(span.withLabel("NOPE")))
                .isInstanceOf(InvalidSpanException.class);

        assertThat(store.spans().find(span.id())).contains(span);
    }

    @EngineTest
    void relationToASpanOfAnotherDocumentIsRefused() {
        long otherDoc = Fixtures.insertDocument(store, "other", "abcdefghij").id();
        Span here = store.spans().insert(span(doc, 0, 3, QUOTE));
        Span there = store.spans().insert(span(otherDoc, 0, 3, PERSON));

        assertThatThrownBy(() -> store.relations().insert(new Relation(0, doc, here.id(), there.id(), Relation.SAID_BY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("span " + there.id() + " is not in document " + doc);
        assertThatThrownBy(() -> store.relations().insert(new Relation(0, otherDoc, here.id(), there.id(), Relation.SAID_BY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.relations().restore(new Relation(9, doc, here.id(), there.id(), Relation.SAID_BY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.relations().count()).isZero();
    }

    @EngineTest
    void relationToAMissingSpanIsRefused() {
        Span here = store.spans().insert(span(doc, 0, 3, QUOTE));
        assertThatThrownBy(() -> store.relations().insert(new Relation(0, doc, here.id(), here.id() + 99, Relation.SAID_BY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.relations().count()).isZero();
    }

    @EngineTest
    void relationFromASpanToItselfIsRefused() {
        Span here = store.spans().insert(span(doc, 0, 3, QUOTE));
        assertThatThrownBy(() -> store.relations().insert(new Relation(0, doc, here.id(), here.id(), Relation.SAID_BY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different spans");
        assertThat(store.relations().count()).isZero();
    }

    @EngineTest
    void relationTypeMustBeOneWord() {
        assertThatThrownBy(() -> Relation.of(0, 1, 2, "said by")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Relation.of(0, 1, 2, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
