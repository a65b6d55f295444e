package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.store.Fixtures.ORG;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.span;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.Document;
import org.newsmark.model.Label;
import org.newsmark.model.Span;

/** What one Store commits is on disk for a second Store on the same file, open or not. */
class SecondConnectionTest {

    @EngineTest
    void aCommittedSpanIsSeenByASecondStoreWhileTheFirstIsOpenAndAfterItCloses(TestDatabase db) {
        Span span;
        try (Store first = Fixtures.openWithLabels(db)) {
            Document doc = Fixtures.insertDocument(first, "d", "Mark Rutte");
            span = first.spans().insert(span(doc.id(), 5, 10, PERSON));

            try (Store second = db.open()) {
                assertThat(second.spans().find(span.id())).contains(span);
                assertThat(second.documents().find(doc.id())).contains(doc);
            }
            // still usable after the second one went away
            first.spans().insert(span(doc.id(), 0, 4, PERSON));
        }
        try (Store third = db.open()) {
            assertThat(third.spans().find(span.id())).contains(span);
            assertThat(third.spans().count()).isEqualTo(2);
        }
    }

    @EngineTest
    void twoStoresOpenAtOnceCanBothWrite(TestDatabase db) throws SQLException {
        try (Store a = Fixtures.openWithLabels(db); Store b = db.open()) {
            Document docA = Fixtures.insertDocument(a, "from-a", "written by A");
            Document docB = Fixtures.insertDocument(b, "from-b", "written by B");
            Span spanA = a.spans().insert(span(docB.id(), 0, 7, PERSON));
            Span spanB = b.spans().insert(span(docA.id(), 0, 7, PERSON));
            a.documents().setStatus(docA.id(), org.newsmark.model.DocumentStatus.DONE);

            for (Store s : new Store[] {a, b}) {
                assertThat(s.documents().ids(java.util.Optional.empty())).containsExactly(docA.id(), docB.id());
                assertThat(s.spans().find(spanA.id())).contains(spanA);
                assertThat(s.spans().find(spanB.id())).contains(spanB);
                assertThat(s.documents().find(docA.id()).orElseThrow().status().code()).isEqualTo("done");
            }
        }
        try (Store fresh = db.open()) {
            assertThat(fresh.documents().count()).isEqualTo(2);
            assertThat(fresh.spans().count()).isEqualTo(2);
        }
        if (db.file().isPresent()) {
            try (Connection c = Fixtures.raw(db.file().get()); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }

    @EngineTest
    void aLabelAddedThroughAnotherStoreCanBeUsedAtOnce(TestDatabase db) {
        try (Store a = Fixtures.openWithLabels(db); Store b = db.open()) {
            Document doc = Fixtures.insertDocument(a, "d", "Rutte of NATO");
            a.spans().insert(span(doc.id(), 0, 5, PERSON)); // a has now looked its labels up

            b.labels().insert(Label.of("ALLIANCE", "#abcdef", "", 9));

            assertThat(a.spans().insert(span(doc.id(), 9, 13, "ALLIANCE")).label()).isEqualTo("ALLIANCE");
        }
    }

    @EngineTest
    void aLabelRenamedThroughAnotherStoreIsNotConfusedWithANewOneOfTheOldName(TestDatabase db) {
        try (Store a = Fixtures.openWithLabels(db); Store b = db.open()) {
            Document doc = Fixtures.insertDocument(a, "d", "Rutte of NATO");
            a.spans().insert(span(doc.id(), 0, 5, ORG)); // a has now looked its labels up

            Label org = b.labels().byName(ORG).orElseThrow();
            b.labels().update(org.withName("INSTITUTION"));
            b.labels().insert(Label.of(ORG, "#abcdef", "", 9));

            Span span = a.spans().insert(span(doc.id(), 9, 13, ORG));
            assertThat(a.spans().find(span.id()).orElseThrow().label()).isEqualTo(ORG);
            assertThat(b.spans().find(span.id()).orElseThrow().label()).isEqualTo(ORG);
        }
    }
}
