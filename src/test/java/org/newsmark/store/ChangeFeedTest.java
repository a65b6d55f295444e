package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.store.Fixtures.PERSON;
import static org.newsmark.store.Fixtures.span;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.store.StoreChange.Kind;
import org.newsmark.store.postgres.PostgresServer;

/** A store hears what another client commits to the same database, and not what it commits itself. */
class ChangeFeedTest {

    /** Generous: the target is well under a second, a loaded build machine may be slow. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** What the feed reports until {@code enough} holds of it (or the patience runs out). */
    private static List<StoreChange> heardUntil(ChangeFeed feed, Predicate<List<StoreChange>> enough) {
        List<StoreChange> heard = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!enough.test(heard) && System.nanoTime() < deadline) {
            heard.addAll(feed.next(Duration.ofMillis(200)));
        }
        return heard;
    }

    private static StoreChange change(Kind kind, long document, String annotator) {
        return new StoreChange(kind, Optional.of(document), Optional.ofNullable(annotator));
    }

    @EngineTest
    void anotherStoresCommitIsHeardWithinASecondAndOnesOwnAreNot(TestDatabase db) {
        try (Store window = Fixtures.openWithLabels(db); Store other = db.open(); ChangeFeed feed = window.changes()) {
            Document own = Fixtures.insertDocument(window, "own", "written by the window itself");
            window.spans().insert(span(own.id(), 0, 7, PERSON));
            // two polls of an SQLite file and more: the window's own commits are not news to it
            assertThat(feed.next(Duration.ofMillis(600))).isEmpty();

            long committed = System.nanoTime();
            Document theirs = Fixtures.insertDocument(other, "theirs", "written by another analyst");
            List<StoreChange> heard = heardUntil(feed, h -> !h.isEmpty());
            long millis = (System.nanoTime() - committed) / 1_000_000;
            System.out.println("ChangeFeedTest " + db.engine() + ": another client's commit heard after " + millis + " ms");

            assertThat(heard).isNotEmpty();
            assertThat(millis).as("well within the second a window has").isLessThan(PATIENCE.toMillis());
            if (db.file().isPresent()) {
                assertThat(heard).containsOnly(StoreChange.any());
            } else {
                assertThat(heard).contains(change(Kind.DOCUMENT, theirs.id(), null))
                        .noneMatch(c -> c.documentId().equals(Optional.of(own.id())));
            }
        }
    }

    @EngineTest
    void onAServerEachChangeNamesItsDocumentAndLayer(TestDatabase db) {
        if (db.file().isPresent()) {
            return; // SQLite tells only that something changed: the test above
        }
        try (Store window = Fixtures.openWithLabels(db); Store other = db.open(); ChangeFeed feed = window.changes()) {
            Document doc = Fixtures.insertDocument(other, "d", "Mark Rutte said yes.");
            other.spans().insert(span(doc.id(), 0, 10, PERSON).withAnnotator("ana"));
            other.layers().putStatus(doc.id(), "ana", DocumentStatus.DONE);
            other.layers().replaceAssignments(Map.of(doc.id(), List.of("ben")));
            other.labels().insert(Label.of("ALLIANCE", "#abcdef", "", 9));

            List<StoreChange> expected = List.of(change(Kind.DOCUMENT, doc.id(), null), change(Kind.LAYER, doc.id(), "ana"),
                    change(Kind.STATUS, doc.id(), "ana"), change(Kind.ASSIGNMENT, doc.id(), "ben"),
                    new StoreChange(Kind.SCHEME, Optional.empty(), Optional.empty()));
            assertThat(heardUntil(feed, h -> h.containsAll(expected))).containsAll(expected);

            other.documents().delete(doc.id());
            assertThat(heardUntil(feed, h -> h.contains(change(Kind.DOCUMENT, doc.id(), null))))
                    .contains(change(Kind.DOCUMENT, doc.id(), null), change(Kind.LAYER, doc.id(), "ana"));
        }
    }

    @EngineTest
    void aListeningConnectionTheServerEndedIsMadeAgainAndTheGapReported(TestDatabase db) throws Exception {
        if (!(db instanceof TestDatabase.Postgres server)) {
            return; // an SQLite file has no connection to lose
        }
        try (Store window = Fixtures.openWithLabels(db); Store other = db.open(); ChangeFeed feed = window.changes()) {
            try (var admin = PostgresServer.connect(server.spec()); var st = admin.createStatement()) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE application_name = 'newsmark-listen' AND datname = current_database()");
            }
            Document away = Fixtures.insertDocument(other, "away", "written while the window was not listening");
            assertThat(heardUntil(feed, h -> !h.isEmpty())).as("what happened while away is unknown")
                    .containsExactly(StoreChange.any());

            Document back = Fixtures.insertDocument(other, "back", "written once the window listens again");
            assertThat(heardUntil(feed, h -> !h.isEmpty())).containsExactly(change(Kind.DOCUMENT, back.id(), null))
                    .noneMatch(c -> c.documentId().equals(Optional.of(away.id())));
        }
    }

    @EngineTest
    void aClosedFeedReportsNothingAndReturnsAtOnce(TestDatabase db) {
        try (Store window = Fixtures.openWithLabels(db); Store other = db.open()) {
            ChangeFeed feed = window.changes();
            feed.close();
            Fixtures.insertDocument(other, "d", "text");
            long before = System.nanoTime();
            assertThat(feed.next(PATIENCE)).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(PATIENCE);
        }
    }
}
