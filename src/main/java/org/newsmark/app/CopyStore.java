package org.newsmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.newsmark.store.Store;
import org.newsmark.store.StoreCopy;

/**
 * Copies a whole corpus between two databases of either engine (an SQLite file to a shared
 * PostgreSQL database and back): documents with their metadata and status, the label scheme, every
 * annotator's spans and relations, layer statuses, assignments, rejected suggestions and reserved
 * ids, under the same ids. The target must be new or empty; it is written in one transaction, and a
 * new file appears whole or not at all (filled beside it, then renamed).
 */
public final class CopyStore {

    /** What was copied. */
    public record Result(String from, String to, int documents, int spans, int relations, int labels,
                         int layerStatuses, int assignments, int rejectedSuggestions) {
    }

    private CopyStore() {
    }

    /** {@link #copy(String, String, Progress, BooleanSupplier)} without progress. */
    public static Result copy(String from, String to) {
        return copy(from, to, Progress.NONE, () -> false);
    }

    /**
     * Copies the database {@code from} names into the one {@code to} names, telling {@code progress}
     * of the rows copied of all rows; {@code cancelled} is asked after every batch.
     *
     * @throws IllegalArgumentException the same database twice, or a target that already holds a corpus
     * @throws DatabaseAccessException  either database cannot be reached or used
     * @throws CancellationException    cancelled; the target is as it was (a new file is not left behind)
     */
    public static Result copy(String from, String to, Progress progress, BooleanSupplier cancelled) {
        if (from.equals(to)) {
            throw new IllegalArgumentException(to + ": --from and --to name the same database");
        }
        try (Store source = Workspace.access(() -> Store.openReadOnly(from))) {
            return Workspace.isServerAddress(to)
                    ? into(source, () -> Store.open(to), progress, cancelled)
                    : intoFile(source, Path.of(to), progress, cancelled);
        }
    }

    /**
     * Copies the window's corpus into the SQLite file {@code to}: a new file, or an existing database
     * without documents or labels.
     *
     * @throws IllegalArgumentException {@code to} is the corpus itself or already holds one
     */
    public static Result copy(Workspace from, Path to, Progress progress, BooleanSupplier cancelled) {
        if (from.localFile().filter(open -> sameFile(open, to)).isPresent()) {
            throw new IllegalArgumentException(to + " is the corpus open in this window; choose a new file");
        }
        try (Store source = secondReader(from)) {
            return intoFile(source, to, progress, cancelled);
        }
    }

    /**
     * Copies the window's corpus into the database on a server that {@code to} names, which must have
     * no documents or labels yet (a new database gets the schema).
     *
     * @throws IllegalArgumentException {@code to} is the corpus itself or already holds one
     */
    public static Result copy(Workspace from, ServerLogin to, Progress progress, BooleanSupplier cancelled) {
        if (isOpen(from, to)) {
            throw new IllegalArgumentException(to.address() + " is the corpus open in this window");
        }
        try (Store source = secondReader(from)) {
            return into(source, () -> Store.connect(to.spec()), progress, cancelled);
        }
    }

    /**
     * The window's corpus on a connection of the copy's own, which reads one snapshot while the window
     * goes on saving: an SQLite file is opened read-only, since a writable connection's transaction
     * would hold the file's write lock for the whole copy.
     */
    private static Store secondReader(Workspace from) {
        return Workspace.access(() -> from.localFile().map(Store::openReadOnly).orElseGet(from.store()::openAnother));
    }

    /** Whether {@code to} names the database {@code from} is open on (a location leaves out the sslmode). */
    public static boolean isOpen(Workspace from, ServerLogin to) {
        return from.location().equals(to.address().replaceFirst("\\?.*", ""));
    }

    private static Result into(Store source, Supplier<Store> opening, Progress progress, BooleanSupplier cancelled) {
        try (Store target = Workspace.access(opening)) {
            return copy(source, target, target.location(), progress, cancelled);
        }
    }

    /** An existing file is filled in place (one transaction); a new one is filled beside it and renamed when whole. */
    private static Result intoFile(Store source, Path to, Progress progress, BooleanSupplier cancelled) {
        if (Files.exists(to)) {
            refuseACorpus(to);
            return into(source, () -> Store.open(to), progress, cancelled);
        }
        Path folder = to.toAbsolutePath().getParent();
        Path partial = folder.resolve("." + to.getFileName() + ".copying");
        deleteWithJournal(partial);
        try {
            Result result;
            try (Store target = Workspace.access(() -> Store.open(partial))) {
                result = copy(source, target, to.toString(), progress, cancelled);
            }
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(to + ": cannot be written: " + e.getMessage(), e);
        } finally {
            deleteWithJournal(partial);
        }
    }

    /** Looks before opening for writing, which would bring an older database's schema up to date. */
    private static void refuseACorpus(Path to) {
        if (Files.isRegularFile(to) && sizeOf(to) == 0) {
            return;
        }
        try (Store existing = Workspace.access(() -> Store.openReadOnly(to))) {
            int documents = existing.documents().count();
            int labels = existing.labels().all().size();
            if (documents > 0 || labels > 0) {
                throw new IllegalArgumentException(to + " already holds " + documents + " documents and " + labels
                        + " labels; a copy fills only a new, empty database");
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Result copy(Store source, Store target, String to, Progress progress, BooleanSupplier cancelled) {
        StoreCopy.Counts n = StoreCopy.copy(source, target, (table, rows, tableRows, done, total) -> {
            progress.update(done, total);
            return !cancelled.getAsBoolean();
        });
        return new Result(source.location(), to, n.of("documents"), n.of("spans"), n.of("relations"),
                n.of("labels"), n.of("layer_status"), n.of("assignments"), n.of("rejected_suggestions"));
    }

    private static void deleteWithJournal(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                System.getLogger("newsmark").log(System.Logger.Level.WARNING, file + suffix + ": " + e.getMessage());
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) ? Files.isSameFile(a, b) : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
