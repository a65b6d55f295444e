package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresDatabase;
import org.newsmark.store.postgres.PostgresServer;

/**
 * On PostgreSQL, analysts writing their own layers run side by side: one analyst's open transaction
 * does not hold up another's edits, while a change of the label scheme still waits for them, and ids
 * stay unique whoever takes them.
 */
@ExtendWith(PostgresDatabase.class)
class PgLayerWritersTest {

    private static final String TEXT = "Rutte met Yoon and Kim in Seoul today, said the minister.";

    @Test
    void anAnalystsEditsCommitWhileAnotherAnalystsTransactionIsOpen(PgConnectionSpec pg) throws Exception {
        long doc;
        long other;
        try (Store setup = Store.connect(pg)) {
            addLabelsOnce(setup);
            doc = Fixtures.insertDocument(setup, "open-1", TEXT).id();
            other = Fixtures.insertDocument(setup, "open-2", TEXT).id();
        }
        CountDownLatch annInside = new CountDownLatch(1);
        CountDownLatch bobDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Store ann = Store.connect(pg); Store bob = Store.connect(pg)) {
            Future<Boolean> annSawBobCommit = pool.submit(() -> ann.inTransaction(() -> {
                ann.spans().insert(new Span(0, doc, new TextRange(0, 5), Fixtures.PERSON, "ann"));
                annInside.countDown();
                return await(bobDone);
            }));
            assertThat(annInside.await(30, TimeUnit.SECONDS)).isTrue();

            // the same document and another one, every kind of layer edit, each its own transaction
            Span a = bob.spans().insert(new Span(0, doc, new TextRange(10, 14), Fixtures.PERSON, "bob"));
            Span b = bob.spans().insert(new Span(0, other, new TextRange(0, 5), Fixtures.PERSON, "bob"));
            Span c = bob.spans().insert(new Span(0, other, new TextRange(10, 14), Fixtures.QUOTE, "bob"));
            bob.spans().update(c.withLabel(Fixtures.ORG));
            bob.relations().insert(new Relation(0, other, b.id(), c.id(), "said_by"));
            bob.spans().delete(a.id());
            bob.layers().putStatus(other, "bob", org.newsmark.model.DocumentStatus.IN_PROGRESS);
            bobDone.countDown();

            assertThat(annSawBobCommit.get(60, TimeUnit.SECONDS)).as("bob committed while ann's transaction was open").isTrue();
            assertThat(ann.spans().forDocument(doc, "ann")).hasSize(1);
            assertThat(ann.spans().forDocument(other, "bob")).extracting(Span::label).containsExactly(Fixtures.PERSON, Fixtures.ORG);
            assertThat(ann.relations().forDocument(other, "bob")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangeOfTheLabelSchemeWaitsForOpenLayerWritesAndTheyForIt(PgConnectionSpec pg) throws Exception {
        long doc;
        try (Store setup = Store.connect(pg)) {
            addLabelsOnce(setup);
            doc = Fixtures.insertDocument(setup, "scheme", TEXT).id();
        }
        CountDownLatch annInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store ann = Store.connect(pg); Store lead = Store.connect(pg);
             Connection watcher = PostgresServer.connect(pg)) {
            Future<Span> annSpan = pool.submit(() -> ann.inTransaction(() -> {
                Span stored = ann.spans().insert(new Span(0, doc, new TextRange(0, 5), Fixtures.PERSON, "ann"));
                annInside.countDown();
                await(release);
                return stored;
            }));
            assertThat(annInside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Label> added = pool.submit(() -> lead.labels().insert(Label.of("EVENT", "#123456", "", 9)));

            awaitWaitingForAdvisoryLock(watcher);
            assertThat(added).isNotDone();
            release.countDown();

            assertThat(added.get(60, TimeUnit.SECONDS).name()).isEqualTo("EVENT");
            assertThat(annSpan.get(60, TimeUnit.SECONDS).id()).isPositive();
            assertThat(lead.labels().byName("EVENT")).isPresent();
            assertThat(lead.spans().forDocument(doc, "ann")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits inside a transaction's work, which may throw only SQL failures. */
    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The tests of this class share a database. */
    private static void addLabelsOnce(Store store) {
        if (store.labels().all().isEmpty()) {
            Fixtures.addLabels(store);
        }
    }

    /** Until the server shows a session waiting for an advisory lock (another client's write). */
    private static void awaitWaitingForAdvisoryLock(Connection watcher) throws Exception {
        CompletableFuture<Void> seen = CompletableFuture.runAsync(() -> {
            try (Statement st = watcher.createStatement()) {
                while (true) {
                    try (ResultSet rs = st.executeQuery(
                            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            return;
                        }
                    }
                    Thread.onSpinWait();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        seen.get(30, TimeUnit.SECONDS);
    }

    @Test
    void eightAnalystsInsertingSpansAtOnceNeverShareAnId(PgConnectionSpec pg) throws Exception {
        int analysts = 8;
        int spansEach = 60;
        long doc;
        try (Store setup = Store.connect(pg)) {
            addLabelsOnce(setup);
            doc = Fixtures.insertDocument(setup, "eight", TEXT).id();
        }
        CyclicBarrier start = new CyclicBarrier(analysts);
        ExecutorService pool = Executors.newFixedThreadPool(analysts);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int a = 0; a < analysts; a++) {
            String name = "analyst" + a;
            boolean reserves = a == 0;
            results.add(pool.submit(() -> {
                List<Long> ids = new ArrayList<>();
                try (Store client = Store.connect(pg)) {
                    start.await();
                    for (int i = 0; i < spansEach; i++) {
                        Span span = client.spans().insert(new Span(0, doc, new TextRange(i % 40, i % 40 + 5), Fixtures.PERSON, name));
                        ids.add(span.id());
                        if (reserves && i % 10 == 0) {
                            // a window's writer keeps ids in hand: a block taken while the others insert
                            IdBlock block = client.reserveIds("spans", 5);
                            for (long id = block.first(); id <= block.last(); id++) {
                                ids.add(id);
                            }
                        }
                    }
                }
                return ids;
            }));
        }
        pool.shutdown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        Set<Long> distinct = new HashSet<>(all);
        assertThat(distinct).hasSize(all.size()).hasSize(analysts * spansEach + spansEach / 10 * 5);
        try (Store check = Store.connect(pg)) {
            assertThat(check.spans().forDocument(doc)).hasSize(analysts * spansEach)
                    .extracting(Span::id).doesNotHaveDuplicates().allMatch(distinct::contains);
            // one more insert after them all still takes an id nobody has
            assertThat(distinct).doesNotContain(check.spans().insert(Fixtures.span(doc, 0, 3, Fixtures.QUOTE)).id());
        }
    }
}
