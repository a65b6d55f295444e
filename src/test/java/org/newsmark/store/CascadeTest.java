package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.QUOTE;
import static org.newsmark.store.Fixtures.span;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/** Deleting a document or a span takes what hangs on it, and nothing else. */
class CascadeTest {

    @TempDir
    Path dir;
    Path file;
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
    void open() {
        file = dir.resolve("cascade.newsmark");
        store = Fixtures.openWithLabels(file);
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

    @Test
    void deletingADocumentDeletesItsSpansAndRelationsOnly() throws SQLException {
        store.documents().delete(doc);

        assertThat(store.documents().find(doc)).isEmpty();
        assertThat(store.spans().forDocument(doc)).isEmpty();
        assertThat(store.relations().forDocument(doc)).isEmpty();
        assertThat(store.spans().find(quote.id())).isEmpty();

        assertThat(store.spans().forDocument(otherDoc)).containsExactly(otherQuote, otherSpeaker);
        assertThat(store.relations().forDocument(otherDoc)).containsExactly(otherSaidBy);
        store.close();
        assertThat(Fixtures.queryLong(file, "SELECT count(*) FROM spans")).isEqualTo(2);
        assertThat(Fixtures.queryLong(file, "SELECT count(*) FROM relations")).isEqualTo(1);
        store = Store.open(file);
    }

    @Test
    void deletingASpanDeletesTheRelationsTouchingIt() {
        store.spans().delete(speaker.id());

        assertThat(store.relations().forDocument(doc)).containsExactly(mentions);
        assertThat(store.relations().touching(speaker.id())).isEmpty();
        assertThat(store.spans().forDocument(doc)).containsExactly(quote, bystander);
        assertThat(store.relations().count()).isEqualTo(2);
    }

    @Test
    void deletingTheSourceSpanDeletesAllItsRelations() {
        store.spans().delete(quote.id());

        assertThat(store.relations().forDocument(doc)).isEmpty();
        assertThat(store.spans().forDocument(doc)).containsExactly(speaker, bystander);
        assertThat(store.relations().forDocument(otherDoc)).containsExactly(otherSaidBy);
    }

    @Test
    void deletingARelationKeepsItsSpans() {
        store.relations().delete(saidBy.id());

        assertThat(store.spans().forDocument(doc)).containsExactly(quote, speaker, bystander);
        assertThat(store.relations().forDocument(doc)).containsExactly(mentions);
    }
}
