package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Schema 4: a file of schema 3 keeps every span, relation and status, all as the annotator 'default'. */
class LayerMigrationTest {

    @TempDir
    Path dir;

    @Test
    void everySpanRelationAndStatusOfTheLastSchemaBecomesTheDefaultAnnotators() throws SQLException {
        Path file = dir.resolve("v3.db");
        Document doc;
        List<Span> before;
        try (Store v3 = Store.open(file, 3)) {
            Fixtures.addLabels(v3);
            doc = Fixtures.insertDocument(v3, "lee", "Lee said \"no\" twice, and Kim agreed.");
            Document other = Fixtures.insertDocument(v3, "other", "Nothing to see.");
            Span lee = v3.spans().insert(new Span(0, doc.id(), new TextRange(0, 3), PERSON, "analyst"));
            Span quote = v3.spans().insert(new Span(0, doc.id(), new TextRange(9, 13), QUOTE, "suggest", "suggest:quotes"));
            Span kim = v3.spans().insert(new Span(0, doc.id(), new TextRange(26, 29), PERSON, "doccano"));
            Fixtures.execute(file, "INSERT INTO relations(document_id, from_span, to_span, type) VALUES ("
                    + doc.id() + ", " + quote.id() + ", " + lee.id() + ", 'said_by')");
            // as a version-3 Newsmark set it (today's setStatus also writes the version columns of step 6)
            Fixtures.execute(file, "UPDATE documents SET status = 'done' WHERE id = " + doc.id());
            before = List.of(lee, quote, kim);
            assertThat(other.id()).isNotEqualTo(doc.id());
        }

        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
            assertThat(store.spans().count()).isEqualTo(3);
            assertThat(store.spans().forDocument(doc.id(), Annotator.DEFAULT))
                    .isEqualTo(before.stream().map(s -> s.withAnnotator(Annotator.DEFAULT)).toList());
            assertThat(store.spans().forDocument(doc.id(), "analyst")).isEmpty();
            assertThat(store.relations().forDocument(doc.id(), Annotator.DEFAULT)).hasSize(1);
            assertThat(store.layers().relations(doc.id())).containsOnlyKeys(Annotator.DEFAULT);
            assertThat(store.layers().statuses(doc.id())).isEqualTo(Map.of(Annotator.DEFAULT, DocumentStatus.DONE));
            assertThat(store.documents().find(doc.id()).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
            assertThat(store.layers().annotators()).containsExactly(Annotator.DEFAULT);
            assertThat(store.spans().find(before.get(1).id()).orElseThrow().source()).isEqualTo("suggest:quotes");
        }
        assertThat(Fixtures.queryLong(file, "SELECT count(*) FROM relations WHERE created = ''")).isZero();
    }

    @Test
    void aSpanNamingNobodyIsTheDefaultAnnotatorsAndARelationStaysInsideOneLayer() throws SQLException {
        try (Store store = Fixtures.openWithLabels(dir.resolve("new.db"))) {
            Document doc = Fixtures.insertDocument(store, "lee", "Lee said no.");
            Span nobody = store.spans().insert(Span.of(0, 0, 3, PERSON).withDocumentId(doc.id()));
            Span alice = store.spans().insert(new Span(0, doc.id(), new TextRange(4, 12), QUOTE, "alice"));
            Span aliceLee = store.spans().insert(new Span(0, doc.id(), new TextRange(0, 3), PERSON, "alice"));

            assertThat(nobody.annotator()).isEqualTo(Annotator.DEFAULT);
            assertThat(store.spans().forDocument(doc.id(), Annotator.DEFAULT)).containsExactly(nobody);
            assertThat(store.spans().forDocument(doc.id(), "alice")).containsExactly(aliceLee, alice);
            assertThatThrownBy(() -> store.relations().insert(
                    new Relation(0, doc.id(), alice.id(), nobody.id(), Relation.SAID_BY)))
                    .hasMessageContaining("different layers");
            Relation r = store.relations().insert(new Relation(0, doc.id(), alice.id(), aliceLee.id(), Relation.SAID_BY));
            assertThat(store.relations().forDocument(doc.id(), "alice")).containsExactly(r);
            assertThat(store.relations().forDocument(doc.id(), Annotator.DEFAULT)).isEmpty();
        }
        assertThat(Fixtures.queryLong(dir.resolve("new.db"), "SELECT count(*) FROM spans WHERE annotator = ''")).isZero();
    }
}
