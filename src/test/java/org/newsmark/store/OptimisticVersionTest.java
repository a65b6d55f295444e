package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.store.BothEngines.EngineTest;

/** Two analysts, two connections, one database: the second change based on an old version is refused. */
class OptimisticVersionTest {

    @EngineTest
    void aStatusChangedMeanwhileIsRefusedNamingWhoChangedIt(TestDatabase db) {
        try (Store ana = db.open(); Store ben = db.open()) {
            long id = ana.documents().insert(Document.of("a.txt", "Some text.")).id();
            Version seenByAna = ana.documents().statusVersion(id);
            Version seenByBen = ben.documents().statusVersion(id);
            assertThat(seenByBen).isEqualTo(seenByAna);

            Version afterBen = ben.documents().setStatus(id, DocumentStatus.DONE, "ben", seenByBen.number());
            assertThat(afterBen.number()).isEqualTo(seenByBen.number() + 1);
            assertThat(afterBen.changedBy()).isEqualTo("ben");

            assertThatThrownBy(() -> ana.documents().setStatus(id, DocumentStatus.IN_PROGRESS, "ana", seenByAna.number()))
                    .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                        assertThat(e.current()).isEqualTo(afterBen);
                        assertThat(e.getMessage()).isEqualTo("the status of document 'a.txt' was changed by ben at "
                                + afterBen.changed() + "; showing the current version");
                    });
            assertThat(ana.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
            assertThat(ana.documents().layerStatus(id, "ana")).isEqualTo(DocumentStatus.NEW);

            Version retried = ana.documents().setStatus(id, DocumentStatus.IN_PROGRESS, "ana", afterBen.number());
            assertThat(retried.number()).isEqualTo(afterBen.number() + 1);
            assertThat(ben.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.IN_PROGRESS);
        }
    }

    @EngineTest
    void everyStatusChangeBumpsTheVersion(TestDatabase db) {
        try (Store store = db.open()) {
            long id = store.documents().insert(Document.of("a.txt", "Some text.")).id();
            long before = store.documents().statusVersion(id).number();
            store.documents().setStatus(id, DocumentStatus.DONE);
            store.documents().setStatus(id, DocumentStatus.NEW, "cy");
            assertThat(store.documents().statusVersion(id).number()).isEqualTo(before + 2);
            assertThat(store.documents().statusVersion(id).changedBy()).isEqualTo("cy");
        }
    }

    @EngineTest
    void aLabelChangedMeanwhileIsRefused(TestDatabase db) {
        try (Store ana = db.open(); Store ben = db.open()) {
            Label place = ana.labels().insert(Label.of("place", "#00aa00", "p", 0));
            Version seen = ana.labels().version(place.id());
            Version afterBen = ben.labels().update(new Label(place.id(), "location", "#00aa00", "p", 0), "ben", seen.number());
            assertThat(afterBen.number()).isEqualTo(seen.number() + 1);

            assertThatThrownBy(() -> ana.labels().update(new Label(place.id(), "place", "#ff0000", "p", 0), "ana", seen.number()))
                    .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("the label 'location' was changed by ben at " + afterBen.changed()
                                    + "; showing the current version"));
            assertThat(ana.labels().find(place.id()).orElseThrow().color()).isEqualTo("#00aa00");

            ana.labels().update(new Label(place.id(), "location", "#ff0000", "p", 0));
            assertThat(ben.labels().version(place.id()).number()).isEqualTo(afterBen.number() + 1);
        }
    }
}
