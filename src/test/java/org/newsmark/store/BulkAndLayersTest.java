package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.BothEngines.EngineTest;

/** Bulk inserts, layers and assignments, the same on both engines. */
class BulkAndLayersTest {

    Store store;

    @BeforeEach
    void open(TestDatabase db) {
        store = Fixtures.openWithLabels(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AnnotatedDocument annotated(String name, String text) {
        Span quote = Span.of(1, 0, 5, QUOTE);
        Span speaker = Span.of(2, 11, 16, PERSON);
        return new AnnotatedDocument(Document.of(name, text), List.of(quote, speaker),
                List.of(new Relation(0, 0, 1, 2, Relation.SAID_BY)));
    }

    @EngineTest
    void aBulkInsertStoresDocumentsSpansAndRelationsPastReservedIds() {
        IdBlock reserved = store.reserveIds("spans", 10);
        long[] ids = store.inTransaction(() -> {
            try (BulkInserter bulk = store.bulkInserter()) {
                return new long[] {bulk.insert(annotated("a", "\"Yes\" said Rutte."), "ana"),
                        bulk.insert(annotated("b", "\"No!\" said Yoon2."), "")};
            }
        });
        assertThat(store.documents().count()).isEqualTo(2);
        List<Span> spans = store.spans().forDocument(ids[0]);
        assertThat(spans).extracting(Span::label).containsExactly(QUOTE, PERSON);
        assertThat(spans).allSatisfy(s -> assertThat(s.id()).isGreaterThan(reserved.last()));
        assertThat(spans).extracting(Span::annotator).containsOnly("ana");
        assertThat(store.relations().forDocument(ids[0])).singleElement()
                .satisfies(r -> assertThat(r.fromSpanId()).isEqualTo(spans.get(0).id()));
        assertThat(store.spans().forDocument(ids[1])).extracting(Span::annotator).containsOnly("default");
        // an ordinary insert after the bulk one takes the next id
        Document after = Fixtures.insertDocument(store, "c", "later");
        assertThat(after.id()).isEqualTo(ids[1] + 1);
    }

    @EngineTest
    void aBulkInsertLongerThanOneBlockOfIdsGivesEverySpanAndRelationItsOwnId() {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new java.util.ArrayList<>();
        List<Relation> relations = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int start = text.length();
            text.append("\"Yes\" said Rutte. ");
            spans.add(Span.of(2L * i + 1, start, start + 5, QUOTE));
            spans.add(Span.of(2L * i + 2, start + 11, start + 16, PERSON));
            relations.add(new Relation(0, 0, 2L * i + 1, 2L * i + 2, Relation.SAID_BY));
        }
        AnnotatedDocument big = new AnnotatedDocument(Document.of("big", text.toString()), spans, relations);
        long id = store.inTransaction(() -> {
            try (BulkInserter bulk = store.bulkInserter()) {
                bulk.insert(annotated("small", "\"Yes\" said Rutte."), "ana");
                return bulk.insert(big, "ana");
            }
        });
        assertThat(store.spans().forDocument(id)).hasSize(3000).extracting(Span::id).doesNotHaveDuplicates();
        assertThat(store.relations().forDocument(id)).hasSize(1500);
    }

    @EngineTest
    void aFailedBulkInsertLeavesNothing() {
        AnnotatedDocument bad = new AnnotatedDocument(Document.of("bad", "short"), List.of(Span.of(1, 0, 50, PERSON)), List.of());
        assertThatThrownBy(() -> store.inTransaction(() -> {
            try (BulkInserter bulk = store.bulkInserter()) {
                bulk.insert(annotated("good", "\"Yes\" said Rutte."), "ana");
                return bulk.insert(bad, "ana");
            }
        })).isInstanceOf(InvalidSpanException.class);
        assertThat(store.documents().count()).isZero();
        assertThat(store.spans().count()).isZero();
    }

    @EngineTest
    void layersStatusesAndAssignments() {
        long doc = store.inTransaction(() -> {
            try (BulkInserter bulk = store.bulkInserter()) {
                long id = bulk.insert(annotated("a", "\"Yes\" said Rutte."), "ana");
                bulk.insertLayer(id, annotated("a", "\"Yes\" said Rutte."), "ben");
                return id;
            }
        });
        assertThat(store.layers().annotatorsOf(doc)).containsExactly("ana", "ben");
        assertThat(store.layers().spans(doc).keySet()).containsExactly("ana", "ben");
        assertThat(store.layers().relations(doc).get("ben")).hasSize(1);

        store.layers().putStatus(doc, "cho", DocumentStatus.IN_PROGRESS);
        store.layers().putStatus(doc, "cho", DocumentStatus.DONE);
        store.documents().setStatus(doc, DocumentStatus.IN_PROGRESS, "ana");
        store.documents().setStatus(doc, DocumentStatus.DONE, "ana");
        assertThat(store.layers().statuses(doc)).isEqualTo(Map.of("ana", DocumentStatus.DONE, "cho", DocumentStatus.DONE));
        assertThat(store.documents().layerStatus(doc, "ana")).isEqualTo(DocumentStatus.DONE);
        assertThat(store.documents().find(doc).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);

        assertThat(store.layers().hasAssignments()).isFalse();
        store.layers().replaceAssignments(Map.of(doc, List.of("ben", "dan")));
        assertThat(store.layers().hasAssignments()).isTrue();
        assertThat(store.layers().assignedTo("dan")).containsExactly(doc);
        assertThat(store.layers().assignments()).extracting(LayerRepository.AssignedLayer::annotator,
                LayerRepository.AssignedLayer::spans).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ben", 2), org.assertj.core.groups.Tuple.tuple("dan", 0));
        assertThat(store.layers().annotators()).containsExactly("ana", "ben", "cho", "dan");

        store.layers().deleteLayer(doc, "ben");
        assertThat(store.layers().annotatorsOf(doc)).isEqualTo(Set.of("ana", "cho"));
        assertThat(store.relations().forDocument(doc)).hasSize(1);
        assertThat(store.layers().documentsByTextHash(Set.of(Document.sha256Of("\"Yes\" said Rutte."))))
                .containsEntry(Document.sha256Of("\"Yes\" said Rutte."), doc);
        assertThat(store.documents().ids(Optional.of(DocumentStatus.DONE))).containsExactly(doc);
    }
}
