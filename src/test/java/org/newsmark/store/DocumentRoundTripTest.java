package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.TRICKY_TEXT;
import static org.newsmark.store.Fixtures.span;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.DocumentSummary;

/** Documents come back exactly as stored, through the same store and through a fresh one. */
class DocumentRoundTripTest {

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

    @EngineTest
    void everyFieldRoundTripsExactly() {
        Map<String, Object> metadata = Map.of(
                "source", "wire",
                "page", 3,
                "score", 0.75,
                "paywalled", false,
                "authors", List.of("A. Writer", "B. Editor"),
                "nested", Map.of("list", List.of(1, Map.of("k", "v")), "empty", Map.of(), "text", "caf\u00E9 \uD83D\uDE00"));
        Document doc = store.documents().insert(new Document(0, "rutte-yoon", "Rutte calls Yoon", TRICKY_TEXT,
                DocumentStatus.IN_PROGRESS, metadata));

        assertThat(doc.id()).isPositive();
        Document found = store.documents().find(doc.id()).orElseThrow();
        assertThat(found).isEqualTo(doc);
        assertThat(found.text()).isEqualTo(TRICKY_TEXT).contains("\r\n", "\t", "\u00A0", "\uD83D\uDE00");
        assertThat(found.text().length()).isEqualTo(TRICKY_TEXT.length());
        assertThat(found.metadata()).isEqualTo(metadata);

        store.close();
        try (Store fresh = db.open()) {
            assertThat(fresh.documents().find(doc.id())).contains(doc);
        }
        store = db.open();
    }

    @EngineTest
    void emptyMetadataAndEmptyTitleRoundTrip() {
        Document doc = store.documents().insert(new Document(0, "n", "", "   \n", DocumentStatus.NEW, null));
        assertThat(store.documents().find(doc.id())).contains(doc);
        assertThat(doc.metadata()).isEmpty();
    }

    @EngineTest
    void missingDocumentIsEmpty() {
        assertThat(store.documents().find(12345)).isEmpty();
    }

    @EngineTest
    void statusChangesAndIdsByStatus() {
        long a = Fixtures.insertDocument(store, "a", "alpha").id();
        long b = Fixtures.insertDocument(store, "b", "beta").id();
        long c = Fixtures.insertDocument(store, "c", "gamma").id();
        store.documents().setStatus(b, DocumentStatus.DONE);
        store.documents().setStatus(c, DocumentStatus.IN_PROGRESS);

        assertThat(store.documents().find(b).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
        assertThat(store.documents().ids(Optional.empty())).containsExactly(a, b, c);
        assertThat(store.documents().ids(Optional.of(DocumentStatus.NEW))).containsExactly(a);
        assertThat(store.documents().ids(Optional.of(DocumentStatus.DONE))).containsExactly(b);
        assertThat(store.documents().ids(Optional.of(DocumentStatus.IN_PROGRESS))).containsExactly(c);
        assertThat(store.documents().count()).isEqualTo(3);
    }

    @EngineTest
    void statusOfAMissingDocumentIsRefused() {
        assertThatThrownBy(() -> store.documents().setStatus(999, DocumentStatus.DONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
    }

    @EngineTest
    void summariesCountSpansWithoutLoadingText() {
        Document a = Fixtures.insertDocument(store, "a", "First title\nbody of a");
        Document b = Fixtures.insertDocument(store, "b", "\n  Second title  \nbody");
        Document c = Fixtures.insertDocument(store, "c", "Third");
        store.spans().insert(span(a.id(), 0, 5, PERSON));
        store.spans().insert(span(a.id(), 6, 11, PERSON));
        store.spans().insert(span(c.id(), 0, 5, PERSON));
        store.documents().setStatus(c.id(), DocumentStatus.DONE);

        assertThat(store.documents().summaries()).containsExactly(
                new DocumentSummary(a.id(), "a", "First title", DocumentStatus.NEW, 2),
                new DocumentSummary(b.id(), "b", "Second title", DocumentStatus.NEW, 0),
                new DocumentSummary(c.id(), "c", "Third", DocumentStatus.DONE, 1));
    }

    @EngineTest
    void findByTextMatchesTheExactTextOnly() {
        Document doc = Fixtures.insertDocument(store, "rutte", TRICKY_TEXT);
        Fixtures.insertDocument(store, "other", "something else");

        assertThat(store.documents().findByText(TRICKY_TEXT)).contains(doc.id());
        assertThat(store.documents().findByText(TRICKY_TEXT.replace("\r\n", "\n"))).isEmpty();
        assertThat(store.documents().findByText(TRICKY_TEXT.replace('\u00A0', ' '))).isEmpty();
        assertThat(store.documents().findByText("")).isEmpty();
    }

    @EngineTest
    void findByTextReturnsTheOldestOfDuplicates() {
        long first = Fixtures.insertDocument(store, "one", "same text").id();
        Fixtures.insertDocument(store, "two", "same text");
        assertThat(store.documents().findByText("same text")).contains(first);
    }

    @EngineTest
    void deletingAMissingDocumentIsRefused() {
        assertThatThrownBy(() -> store.documents().delete(4242))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4242");
    }
}
