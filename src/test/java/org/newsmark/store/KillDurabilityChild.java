package org.newsmark.store;

import java.nio.file.Path;
import org.newsmark.model.Span;

/**
 * Run in a child JVM by {@link KillDurabilityTest}: inserts spans one transaction each into an
 * existing database and prints {@code committed <id> <start>} after each commit returns, then sleeps
 * until it is killed.
 *
 * <p>Arguments: database file, document id, label name, number of spans.
 */
public final class KillDurabilityChild {

    private KillDurabilityChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        long documentId = Long.parseLong(args[1]);
        String label = args[2];
        int count = Integer.parseInt(args[3]);
        Store store = Store.open(file);
        System.out.println("open");
        System.out.flush();
        for (int i = 0; i < count; i++) {
            Span span = store.spans().insert(Span.of(0, i, i + 1, label).withDocumentId(documentId));
            System.out.println("committed " + span.id() + " " + i);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
