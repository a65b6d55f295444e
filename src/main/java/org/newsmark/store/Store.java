package org.newsmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * One open Newsmark database. Every public write runs in a single transaction that is committed
 * before the call returns; calls may be nested inside {@link #inTransaction} to make one user
 * action of several writes. The object is thread-safe: calls are serialised on it.
 */
public final class Store implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    /** Whether the schema has {@code id_reservations}; known at the first insert. */
    private Boolean reservations;
    private final DocumentRepository documents;
    private final LabelRepository labels;
    private final SpanRepository spans;
    private final RelationRepository relations;
    private final AnnotatedDocuments annotated;
    private final SuggestionRepository suggestions;
    private final LayerRepository layers;
    private int transactionDepth;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.documents = new DocumentRepository(this);
        this.labels = new LabelRepository(this);
        this.spans = new SpanRepository(this, labels);
        this.relations = new RelationRepository(this);
        this.annotated = new AnnotatedDocuments(this);
        this.suggestions = new SuggestionRepository(this);
        this.layers = new LayerRepository(this);
    }

    /** Opens (creating if needed) a database and migrates it to the latest schema. */
    public static Store open(Path file) {
        return open(file, Migrations.LATEST);
    }

    /** Opens a database migrated to exactly {@code version}: tests use it to make old files. */
    static Store open(Path file, int version) {
        Path absolute = file.toAbsolutePath().normalize();
        checkFileBeforeOpening(absolute);
        Connection connection = connect(absolute);
        try {
            Store store = new Store(absolute, connection);
            store.migrateTo(version);
            return store;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Opens an existing database for reading only (statistics, exports): no migration, no change of
     * journal mode, nothing written, so it works beside another program's write lock (the write-ahead
     * log lets readers run beside a writer) and on a read-only file. A database of an older schema is
     * refused, since it cannot be upgraded without writing.
     */
    public static Store openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        checkReadableDatabase(absolute);
        Connection connection = connectReadOnly(absolute);
        try {
            Store store = new Store(absolute, connection);
            store.requireReadableSchema();
            return store;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public static int latestSchemaVersion() {
        return Migrations.LATEST;
    }

    private static void checkFileBeforeOpening(Path file) {
        Path folder = file.getParent();
        if (folder != null && Files.isRegularFile(folder)) {
            throw new StoreException(file, "cannot be created inside " + folder + ", which is a file, not a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(file, "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file, "is a folder, not a database file");
        }
        if (!Files.exists(file)) {
            if (!Files.isWritable(folder)) {
                throw new StoreException(file, "cannot create the database: the folder " + folder + " is read-only");
            }
            return;
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(file, "cannot be read (permission denied)");
        }
        if (!Files.isWritable(file)) {
            throw new StoreException(file, "is read-only; Newsmark saves every edit and needs write access");
        }
        checkHeader(file);
    }

    private static void checkReadableDatabase(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file, "is a folder, not a database file");
        }
        if (!Files.exists(file)) {
            throw new StoreException(file, "does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(file, "cannot be read (permission denied)");
        }
        checkHeader(file);
    }

    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(file, "is not an SQLite database (it may be corrupt or another kind of file)");
            }
        } catch (IOException e) {
            throw new StoreException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // WAL is switched on only once the file is known to be ours (see migrateTo): setting it here
        // would rewrite the header of a file the store then refuses.
        // FULL: a committed edit survives a killed process and a power cut alike.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException(file, "cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Read-only: SQLite still keeps its {@code -wal} and {@code -shm} beside a database in WAL mode,
     * creating them empty if need be. Only where they cannot be created (a read-only folder, so no
     * writer can be at work either) is the file opened as immutable, which needs neither.
     */
    private static Connection connectReadOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        Path folder = file.getParent();
        boolean immutable = !Files.isWritable(folder) && !Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        try {
            return config.createConnection("jdbc:sqlite:" + (immutable ? file.toUri() + "?immutable=1" : file.toString()));
        } catch (SQLException e) {
            throw new StoreException(file, "cannot be opened: " + e.getMessage(), e);
        }
    }

    private void requireReadableSchema() {
        int current = read(this::userVersion);
        if (current > Migrations.LATEST) {
            throw new StoreException(file, "was written by a newer Newsmark (schema version " + current
                    + "; this version understands up to " + Migrations.LATEST + "). Update Newsmark to open it.");
        }
        if (current == 0) {
            throw new StoreException(file, read(this::hasForeignTables)
                    ? "is an SQLite database but not a Newsmark one"
                    : "is empty: it holds no Newsmark database");
        }
        if (current < Migrations.LATEST) {
            throw new StoreException(file, "was written by an older Newsmark (schema version " + current + " of "
                    + Migrations.LATEST + ") and is only read here, so it cannot be upgraded; open it once for"
                    + " writing (the window, or an import) to upgrade it");
        }
    }

    private void migrateTo(int target) {
        int current = read(this::userVersion);
        if (current > Migrations.LATEST) {
            throw new StoreException(file, "was written by a newer Newsmark (schema version " + current
                    + "; this version understands up to " + Migrations.LATEST + "). Update Newsmark to open it.");
        }
        if (current == 0 && read(this::hasForeignTables)) {
            throw new StoreException(file, "is an SQLite database but not a Newsmark one; refusing to change it");
        }
        useWriteAheadLog();
        if (current < target) {
            inTransaction(() -> {
                Migrations.migrate(connection, userVersion(), target);
                return null;
            });
        }
    }

    private void useWriteAheadLog() {
        read(() -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rs.next() ? rs.getString(1) : "";
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new StoreException(file, "cannot use a write-ahead log (journal mode stays " + mode + ")");
                }
            }
            return null;
        });
    }

    private int userVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private boolean hasForeignTables() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    public int schemaVersion() {
        return read(this::userVersion);
    }

    public Path file() {
        return file;
    }

    public DocumentRepository documents() {
        return documents;
    }

    public LabelRepository labels() {
        return labels;
    }

    public SpanRepository spans() {
        return spans;
    }

    public RelationRepository relations() {
        return relations;
    }

    /** Annotators, their layers of documents, and assignments. */
    public LayerRepository layers() {
        return layers;
    }

    /** Documents with their spans and relations, a page at a time (exports). */
    public AnnotatedDocuments annotated() {
        return annotated;
    }

    /** A fast path for storing many documents; only inside {@link #inTransaction}, closed by the caller. */
    public BulkInserter bulkInserter() {
        return read(() -> new BulkInserter(this));
    }

    synchronized boolean inOpenTransaction() {
        return transactionDepth > 0;
    }

    public SuggestionRepository suggestions() {
        return suggestions;
    }

    /**
     * Runs {@code work} as one transaction: committed when it returns, rolled back entirely when it
     * throws. Nested calls join the outer transaction.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run();
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e);
        }
        transactionDepth = 1;
        Throwable failure = null;
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            RuntimeException translated = translate(e);
            failure = translated;
            throw translated;
        } catch (RuntimeException | Error e) {
            rollback();
            failure = e;
            throw e;
        } finally {
            transactionDepth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // SQLite may already have rolled back (a full disk does); the first failure is the one to tell
                if (failure == null) {
                    throw translate(e);
                }
                failure.addSuppressed(e);
            }
        }
    }

    /** Runs read-only work; it sees a consistent snapshot when called inside a transaction. */
    public synchronized <T> T read(SqlWork<T> work) {
        return readUnderLock(work);
    }

    /**
     * Reserves {@code size} ids of {@code table} ("spans" or "relations") in one transaction: no insert
     * without an id of its own will take them (see {@link IdBlock}).
     */
    public IdBlock reserveIds(String table, int size) {
        return inTransaction(() -> IdReservations.reserve(connection, table, size));
    }

    /**
     * Keeps the ids of rows about to be deleted from being handed out again (an open session may
     * store them again on undo): raises the table's reservation mark to the id {@code maxIdQuery}
     * finds, given {@code id} for each of its parameters. Inside a transaction.
     */
    void retireIds(String table, String maxIdQuery, long id) throws SQLException {
        if (reservations == null) {
            reservations = userVersion() >= IdReservations.SINCE_VERSION;
        }
        if (reservations) {
            IdReservations.retire(connection, table, maxIdQuery, id);
        }
    }

    /** The first id an insert without an id of its own takes now; inside a transaction. */
    long firstFreeId(String table) throws SQLException {
        if (reservations == null) {
            reservations = userVersion() >= IdReservations.SINCE_VERSION; // fixed once opened
        }
        return IdReservations.firstFree(connection, table, reservations);
    }

    private <T> T readUnderLock(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    Connection connection() {
        return connection;
    }

    private void rollback() {
        labels.forgetCache();
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    RuntimeException translate(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("span end past the end of the text")) {
            return new InvalidSpanException("span end past the end of the text");
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new StoreException(file, "is busy: another program holds a lock on it; try again", e);
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed") || message.contains("SQLITE_NOTADB")) {
            return new StoreException(file, "is corrupt: " + message, e);
        }
        if ((e.getErrorCode() & 0xFF) == SQLiteErrorCode.SQLITE_FULL.code) {
            return new StoreException(file, "cannot be written: the disk is full (or the database reached its size"
                    + " limit); nothing of this change was stored. Free some space and try again", e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(file, "is read-only: " + message, e);
        }
        return new StoreException(file, message, e);
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection has nothing useful to report
        }
    }
}
