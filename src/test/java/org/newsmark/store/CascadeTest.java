package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.span;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** Deleting a document or a span takes what hangs on it, and nothing else. */
class CascadeTest {

    TestDatabase db;
    Store store;
    long doc;
    long otherDoc;
    Span quote;
    Span speaker;
    Span bystander;
    Relation saidBy;
    Relation mentions;
    Span otherQuote;
    Span otherSpeaker;
    Relation otherSaidBy;

    @BeforeEach
    void open(TestDatabase db) {
        this.db = db;
        store = Fixtures.openWithLabels(db);
        doc = Fixtures.insertDocument(store, "a", "\"Yes,\" said Rutte about Yoon.").id();
        quote = store.spans().insert(span(doc, 0, 6, QUOTE));
        speaker = store.spans().insert(span(doc, 12, 17, PERSON));
        bystander = store.spans().insert(span(doc, 24, 28, PERSON));
        saidBy = store.relations().insert(new Relation(0, doc, quote.id(), speaker.id(), Relation.SAID_BY));
        mentions = store.relations().insert(new Relation(0, doc, quote.id(), bystander.id(), "mentions"));

        otherDoc = Fixtures.insertDocument(store, "b", "\"No,\" said Yoon.").id();
        otherQuote = store.spans().insert(span(otherDoc, 0, 5, QUOTE));
        otherSpeaker = store.spans().insert(span(otherDoc, 11, 15, PERSON));
        otherSaidBy = store.relations().insert(new Relation(0, otherDoc, otherQuote.id(), otherSpeaker.id(), Relation.SAID_BY));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @EngineTest
    void deletingADocumentDeletesItsSpansAndRelationsOnly() throws SQLException {
        store.documents().delete(doc);

        assertThat(store.documents().find(doc)).isEmpty();
        assertThat(store.spans().forDocument(doc)).isEmpty();
        assertThat(store.relations().forDocument(doc)).isEmpty();
        assertThat(store.spans().find(quote.id())).isEmpty();

        assertThat(store.spans().forDocument(otherDoc)).containsExactly(otherQuote, otherSpeaker);
        assertThat(store.relations().forDocument(otherDoc)).containsExactly(otherSaidBy);
        store.close();
        store = db.open();
        assertThat(Fixtures.queryLong(store, "SELECT count(*) FROM spans")).isEqualTo(2);
        assertThat(Fixtures.queryLong(store, "SELECT count(*) FROM relations")).isEqualTo(1);
    }

    @EngineTest
    void deletingASpanDeletesTheRelationsTouchingIt() {
        store.spans().delete(speaker.id());

        assertThat(store.relations().forDocument(doc)).containsExactly(mentions);
        assertThat(store.relations().touching(speaker.id())).isEmpty();
        assertThat(store.spans().forDocument(doc)).containsExactly(quote, bystander);
        assertThat(store.relations().count()).isEqualTo(2);
    }

    @EngineTest
    void deletingTheSourceSpanDeletesAllItsRelations() {
        store.spans().delete(quote.id());

        assertThat(store.relations().forDocument(doc)).isEmpty();
        assertThat(store.spans().forDocument(doc)).containsExactly(speaker, bystander);
        assertThat(store.relations().forDocument(otherDoc)).containsExactly(otherSaidBy);
    }

    @EngineTest
    void deletingARelationKeepsItsSpans() {
        store.relations().delete(saidBy.id());

        assertThat(store.spans().forDocument(doc)).containsExactly(quote, speaker, bystander);
        assertThat(store.relations().forDocument(doc)).containsExactly(mentions);
    }
}
