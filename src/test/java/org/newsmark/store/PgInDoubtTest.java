package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Document;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;

/** What the server says of a transaction whose commit a lost connection left in doubt. */
class PgInDoubtTest {

    @Test
    void theServerTellsWhetherATransactionCommitted() {
        PgConnectionSpec db = PostgresServer.shared().freshMigratedDatabase("pg_in_doubt");
        try (Store store = Store.connect(db)) {
            long committed = store.inTransaction(() -> {
                store.documents().insert(Document.of("a", "A text."));
                return PostgresEngine.transactionId(store.connection()).orElseThrow();
            });
            AtomicLong undone = new AtomicLong();
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.documents().insert(Document.of("b", "B text."));
                undone.set(PostgresEngine.transactionId(store.connection()).orElseThrow());
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");

            assertThat(store.committed(committed)).contains(true);
            assertThat(store.committed(undone.get())).contains(false);
            assertThat(store.read(() -> PostgresEngine.transactionId(store.connection()))).as("a read writes nothing").isEmpty();
        } finally {
            PostgresServer.shared().drop(db);
        }
    }
}
