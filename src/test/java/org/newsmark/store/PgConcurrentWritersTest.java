package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmark.model.Span;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresDatabase;

/**
 * Several clients of one PostgreSQL database writing at the same moment: every insert and every
 * reserved block gets ids nobody else has, and nothing is lost.
 */
@ExtendWith(PostgresDatabase.class)
class PgConcurrentWritersTest {

    private static final int CLIENTS = 4;
    private static final int ROUNDS = 40;

    @Test
    void clientsWritingAtOnceNeverShareAnId(PgConnectionSpec pg) throws Exception {
        long doc;
        try (Store setup = Store.connect(pg)) {
            Fixtures.addLabels(setup);
            doc = Fixtures.insertDocument(setup, "shared", "Rutte met Yoon and Kim in Seoul today.").id();
        }
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            results.add(pool.submit(() -> {
                List<Long> ids = new ArrayList<>();
                try (Store client = Store.connect(pg)) {
                    start.await();
                    for (int i = 0; i < ROUNDS; i++) {
                        ids.add(client.spans().insert(Fixtures.span(doc, 0, 5, Fixtures.PERSON)).id());
                        IdBlock block = client.reserveIds("spans", 3);
                        for (int k = 0; k < 3; k++) {
                            ids.add(block.first() + k);
                        }
                    }
                }
                return ids;
            }));
        }
        pool.shutdown();
        Set<Long> all = new HashSet<>();
        int total = 0;
        for (Future<List<Long>> f : results) {
            List<Long> ids = f.get();
            total += ids.size();
            all.addAll(ids);
        }
        assertThat(all).hasSize(total).hasSize(CLIENTS * ROUNDS * 4);
        try (Store check = Store.connect(pg)) {
            assertThat(check.spans().count()).isEqualTo(CLIENTS * ROUNDS);
            List<Span> spans = check.spans().forDocument(doc);
            assertThat(spans).extracting(Span::id).doesNotHaveDuplicates();
        }
    }
}
