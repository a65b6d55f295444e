package org.newsmark.app;

import org.newsmark.store.Store;
import org.newsmark.store.StoreCopy;

/**
 * Copies a whole corpus between two databases of either engine (an SQLite file to a shared
 * PostgreSQL database and back): documents with their metadata and status, the label scheme, every
 * annotator's spans and relations, layer statuses, assignments, rejected suggestions and reserved
 * ids, under the same ids. The target must be new or empty; it is written in one transaction.
 */
public final class CopyStore {

    /** What was copied. */
    public record Result(String from, String to, int documents, int spans, int relations, int labels,
                         int layerStatuses, int assignments, int rejectedSuggestions) {
    }

    private CopyStore() {
    }

    /**
     * @throws IllegalArgumentException the same database twice, or a target that already holds a corpus
     * @throws DatabaseAccessException  either database cannot be reached or used
     */
    public static Result copy(String from, String to) {
        if (from.equals(to)) {
            throw new IllegalArgumentException(to + ": --from and --to name the same database");
        }
        try (Store source = Workspace.access(() -> Store.openReadOnly(from));
             Store target = Workspace.access(() -> Store.open(to))) {
            StoreCopy.Counts n = StoreCopy.copy(source, target);
            return new Result(source.location(), target.location(), n.of("documents"), n.of("spans"), n.of("relations"),
                    n.of("labels"), n.of("layer_status"), n.of("assignments"), n.of("rejected_suggestions"));
        }
    }
}
