package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.ORG;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.TRICKY_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Spans: insert, find, document order, update, delete and restore under the same id. */
class SpanRoundTripTest {

    TestDatabase db;
    Store store;
    long doc;

    @BeforeEach
    void open(TestDatabase db) {
        this.db = db;
        store = Fixtures.openWithLabels(db);
        doc = Fixtures.insertDocument(store, "rutte", TRICKY_TEXT).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Span span(int start, int end, String label, String annotator) {
        return new Span(0, doc, new TextRange(start, end), label, annotator);
    }

    @EngineTest
    void insertedSpanIsFoundWithAllFields() {
        Span inserted = store.spans().insert(span(0, 5, PERSON, "analyst"));
        assertThat(inserted.id()).isPositive();
        assertThat(store.spans().find(inserted.id())).contains(inserted);
        assertThat(inserted.textIn(TRICKY_TEXT)).isEqualTo("Rutte");
        assertThat(store.spans().find(inserted.id() + 1000)).isEmpty();
    }

    @EngineTest
    void offsetsAreUtf16IndicesAndMayReachTheEndOfTheText() {
        int emoji = TRICKY_TEXT.indexOf("\uD83D\uDE00");
        Span smiley = store.spans().insert(span(emoji, emoji + 2, ORG, ""));
        Span whole = store.spans().insert(span(0, TRICKY_TEXT.length(), QUOTE, ""));

        assertThat(store.spans().find(smiley.id()).orElseThrow().textIn(TRICKY_TEXT)).isEqualTo("\uD83D\uDE00");
        assertThat(store.spans().find(whole.id()).orElseThrow().textIn(TRICKY_TEXT)).isEqualTo(TRICKY_TEXT);
    }

    @EngineTest
    void forDocumentIsInDocumentOrderStartThenLongerFirstThenLabel() {
        Span later = store.spans().insert(span(20, 25, PERSON, ""));
        Span shortAtZero = store.spans().insert(span(0, 5, PERSON, ""));
        Span longAtZero = store.spans().insert(span(0, 16, QUOTE, ""));
        Span sameRangeQuote = store.spans().insert(span(6, 11, QUOTE, ""));
        Span sameRangeOrg = store.spans().insert(span(6, 11, ORG, ""));
        Span sameRangeOrgAgain = store.spans().insert(span(6, 11, ORG, "suggest"));
        long otherDoc = Fixtures.insertDocument(store, "other", "another text").id();
        store.spans().insert(new Span(0, otherDoc, new TextRange(0, 7), PERSON, ""));

        List<Span> spans = store.spans().forDocument(doc);

        assertThat(spans).containsExactly(longAtZero, shortAtZero, sameRangeOrg, sameRangeOrgAgain, sameRangeQuote, later);
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Span.BY_POSITION);
        assertThat(spans).isEqualTo(sorted);
        assertThat(store.spans().count()).isEqualTo(7);
        assertThat(store.spans().countsByLabel()).containsExactly(
                Map.entry(PERSON, 3), Map.entry(QUOTE, 2), Map.entry(ORG, 2));
    }

    @EngineTest
    void updateChangesRangeAndLabelButKeepsIdAndAnnotator() {
        Span span = store.spans().insert(span(0, 5, PERSON, "analyst"));
        Span changed = span.withRange(new TextRange(12, 16)).withLabel(ORG);

        assertThat(store.spans().update(changed)).isEqualTo(changed);
        assertThat(store.spans().find(span.id())).contains(changed);
        assertThat(store.spans().count()).isEqualTo(1);
    }

    @EngineTest
    void updateOfAMissingSpanIsRefused() {
        Span ghost = span(0, 5, PERSON, "").withId(999);
        assertThatThrownBy(() -> store.spans().update(ghost))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("999");
        assertThat(store.spans().count()).isZero();
    }

    @EngineTest
    void updateCannotMoveASpanToAnotherDocument() {
        Span span = store.spans().insert(span(0, 5, PERSON, ""));
        long otherDoc = Fixtures.insertDocument(store, "other", "another text").id();
        assertThatThrownBy(() -> store.spans().update(span.withDocumentId(otherDoc)))
                .isInstanceOf(InvalidSpanException.class);
        assertThat(store.spans().find(span.id())).contains(span);
    }

    @EngineTest
    void deletedSpanIsRestoredUnderItsOwnId() {
        Span a = store.spans().insert(span(0, 5, PERSON, "analyst"));
        Span b = store.spans().insert(span(6, 11, QUOTE, ""));

        store.spans().delete(a.id());
        assertThat(store.spans().find(a.id())).isEmpty();
        assertThat(store.spans().forDocument(doc)).containsExactly(b);

        assertThat(store.spans().restore(a)).isEqualTo(a);
        assertThat(store.spans().find(a.id())).contains(a);
        assertThat(store.spans().forDocument(doc)).containsExactly(a, b);
    }

    @EngineTest
    void restoringOverAnExistingIdIsRefused() {
        Span a = store.spans().insert(span(0, 5, PERSON, ""));
        assertThatThrownBy(() -> store.spans().restore(a.withRange(new TextRange(6, 11))))
                .isInstanceOf(StoreException.class);
        assertThat(store.spans().forDocument(doc)).containsExactly(a);
    }

    @EngineTest
    void deletingAMissingSpanIsRefused() {
        assertThatThrownBy(() -> store.spans().delete(31337))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("31337");
    }
}
