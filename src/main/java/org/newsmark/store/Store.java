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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newsmark.store.postgres.PgConfigException;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PgSchema;
import org.sqlite.SQLiteConfig;

/**
 * One open Newsmark database: an SQLite file ({@link #open(Path)}, the default) or a database on a
 * PostgreSQL server shared by a team ({@link #connect(PgConnectionSpec)}); the repositories and their
 * SQL are the same for both, what differs is in {@link Engine}. Every public write runs in a single transaction that is committed
 * before the call returns; calls may be nested inside {@link #inTransaction} to make one user
 * action of several writes. The object is thread-safe: calls are serialised on it.
 */
public final class Store implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Engine engine;
    /** The SQLite file; null on a server. */
    private final Path file;
    /** Replaced when a lost connection to a server is opened again ({@link #reconnectIfLost}). */
    private Connection connection;
    /** A server connection opened only to read; its replacement is too. */
    private boolean readOnly;
    /** The server connection broke ({@link ConnectionLostException}); the next call opens a new one. */
    private boolean lost;
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
    /** What the transaction under way keeps others from writing (on SQLite, the whole file from BEGIN). */
    private WriteLock writeLock = WriteLock.NONE;
    /**
     * Whether the {@link #inTransaction} call under way (the innermost) said it writes layers only
     * ({@link #writesLayers}); if not, its first statement makes the transaction one of {@link WriteLock#ALL}.
     */
    private boolean layersOnly;

    private Store(Engine engine, Connection connection) {
        this.engine = engine;
        this.file = engine instanceof SqliteEngine sqlite ? sqlite.file() : null;
        this.connection = connection;
        this.documents = new DocumentRepository(this);
        this.labels = new LabelRepository(this);
        this.spans = new SpanRepository(this);
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
            Store store = new Store(new SqliteEngine(absolute), connection);
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
            Store store = new Store(new SqliteEngine(absolute), connection);
            store.requireReadableSchema();
            return store;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Opens the database {@code location} names: a PostgreSQL address ({@code postgresql://host/db},
     * credentials from the environment or {@code .pgpass}) or an SQLite file's path.
     *
     * @throws PgConfigException an address that cannot be used as written
     */
    public static Store open(String location) {
        return PgConnectionSpec.isAddress(location)
                ? connect(PgConnectionSpec.parse(location).withCredentials())
                : open(Path.of(location));
    }

    /** {@link #openReadOnly(Path)} for a location that may be a PostgreSQL address. */
    public static Store openReadOnly(String location) {
        return PgConnectionSpec.isAddress(location)
                ? connectReadOnly(PgConnectionSpec.parse(location).withCredentials())
                : openReadOnly(Path.of(location));
    }

    /**
     * Connects to a database on a PostgreSQL server, bringing its schema up to date (Flyway, the
     * same versions as the SQLite steps). A database that is at the latest version is not touched,
     * except to add the triggers that tell other clients of changes where it lacks them.
     *
     * @throws StoreAccessException the server cannot be reached, refuses the login, has no such
     *                              database, or the user lacks the rights to read or migrate it
     */
    public static Store connect(PgConnectionSpec spec) {
        Store store = connectUnchecked(spec, false);
        try {
            int current = store.schemaVersion();
            store.refuseNewer(current);
            if (current == 0 && store.read(() -> PostgresEngine.holdsTables(store.connection))) {
                throw store.failure("holds tables but no Newsmark schema; refusing to change it (give a new, empty database)");
            }
            if (current < Migrations.LATEST) {
                migrate(store, spec);
            } else if (!store.read(() -> PostgresEngine.announcesChanges(store.connection))) {
                announceChanges(store, spec);
            }
            for (String table : List.of("spans", "relations")) {
                // an earlier Newsmark took ids as max + 1 and left the sequence behind; only then is a lock needed
                if (store.read(() -> PostgresEngine.idsBehind(store.connection, table))) {
                    store.inTransaction(() -> {
                        store.idsTaken(table);
                        return null;
                    });
                }
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Connects only to read (statistics, exports): nothing is migrated or written; an older schema is refused. */
    public static Store connectReadOnly(PgConnectionSpec spec) {
        Store store = connectUnchecked(spec, true);
        try {
            store.requireReadableSchema();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Connects only to look at the database (what a connection test shows): no schema is required,
     * checked, migrated or written.
     *
     * @throws StoreAccessException the server cannot be reached, refuses the login, or has no such database
     */
    public static Store inspect(PgConnectionSpec spec) {
        return connectUnchecked(spec, true);
    }

    private static Store connectUnchecked(PgConnectionSpec spec, boolean readOnly) {
        PostgresEngine engine = new PostgresEngine(spec);
        Store store = new Store(engine, openConnection(engine, readOnly));
        store.readOnly = readOnly;
        return store;
    }

    private static Connection openConnection(PostgresEngine engine, boolean readOnly) {
        PgConnectionSpec spec = engine.spec();
        Properties properties = spec.connectionProperties();
        properties.setProperty("ApplicationName", "newsmark");
        properties.putIfAbsent("connectTimeout", "10");
        Connection connection;
        try {
            connection = java.sql.DriverManager.getConnection(spec.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw engine.translate(e);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET lock_timeout = '" + PostgresEngine.LOCK_TIMEOUT + "'");
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw engine.translate(e);
        }
        return connection;
    }

    private static void migrate(Store store, PgConnectionSpec spec) {
        try {
            PgSchema.migrate(spec);
        } catch (PgConfigException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                    throw store.engine.translate(sql);
                }
            }
            throw new StoreException(store.location(), e.getMessage().startsWith(spec + ": ")
                    ? e.getMessage().substring(spec.toString().length() + 2) : e.getMessage(), e);
        }
    }

    /** The same database opened again for writing, with the same login (a password typed for the session included). */
    public Store openAnother() {
        return engine instanceof PostgresEngine server ? connect(server.spec()) : open(file);
    }

    /**
     * Adds the change notifications (a repeatable migration, no new version) to a database made before
     * they existed. A user without the right to create triggers still works, only without live updates
     * in other windows, until the database's owner connects.
     */
    private static void announceChanges(Store store, PgConnectionSpec spec) {
        try {
            migrate(store, spec);
        } catch (StoreException e) {
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, store.location()
                    + ": other windows will not be told of changes made here: " + e.getMessage());
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
        int current = schemaVersion();
        refuseNewer(current);
        if (current == 0) {
            throw failure(file == null ? "holds no Newsmark database yet; open it once for writing (an import) to create one"
                    : read(this::hasForeignTables)
                    ? "is an SQLite database but not a Newsmark one"
                    : "is empty: it holds no Newsmark database");
        }
        if (current < Migrations.LATEST) {
            throw failure("was written by an older Newsmark (schema version " + current + " of "
                    + Migrations.LATEST + ") and is only read here, so it cannot be upgraded; open it once for"
                    + " writing (the window, or an import) to upgrade it");
        }
    }

    private void refuseNewer(int current) {
        if (current > Migrations.LATEST) {
            throw failure("was written by a newer Newsmark (schema version " + current
                    + "; this version understands up to " + Migrations.LATEST + "). Update Newsmark to open it.");
        }
    }

    private StoreException failure(String message) {
        return file != null ? new StoreException(file, message) : new StoreException(location(), message, null);
    }

    private void migrateTo(int target) {
        int current = read(this::userVersion);
        refuseNewer(current);
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
        return engine.schemaVersion(connection);
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

    /**
     * The SQLite file.
     *
     * @throws IllegalStateException the database is on a PostgreSQL server (see {@link #location()})
     */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException(location() + " is a database on a server, not a file");
        }
        return file;
    }

    /** The SQLite file, or empty for a database on a server. */
    public Optional<Path> localFile() {
        return Optional.ofNullable(file);
    }

    /** The database as messages name it: the file's path, or the server's address (without a password). */
    public String location() {
        return engine.location();
    }

    /** An SQL expression for the time now as the schema keeps it (ISO-8601 UTC text). */
    String now() {
        return engine.now();
    }

    /** The scalar function giving the larger of two values on this engine. */
    String greatest() {
        return engine.greatest();
    }

    /** See {@link Engine#idsTaken}; inside a transaction, which it makes one of {@link WriteLock#ALL}. */
    void idsTaken(String table) throws SQLException {
        writesAll();
        engine.idsTaken(connection, table);
    }

    /** SQLite's {@code data_version}: changes when another connection committed to the file since the last call. */
    long dataVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * What other clients commit to this database from now on, this store's own commits left out:
     * on PostgreSQL each change with its document and layer, as the server announces it; on an SQLite
     * file only that something changed. Close the feed when done.
     */
    public ChangeFeed changes() {
        return engine.changes(this);
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
            boolean outerLayersOnly = layersOnly;
            layersOnly = false;
            try {
                return work.run();
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                transactionDepth--;
                layersOnly = outerLayersOnly;
            }
        }
        reconnectIfLost();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e);
        }
        transactionDepth = 1;
        Throwable failure = null;
        try {
            T result = work.run();
            commit();
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
            writeLock = WriteLock.NONE;
            layersOnly = false;
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

    /**
     * Runs read-only work; it sees a consistent snapshot when called inside a transaction. Outside
     * one, a connection to a server found broken is opened again and the work tried once more.
     */
    public synchronized <T> T read(SqlWork<T> work) {
        if (transactionDepth > 0) {
            return readUnderLock(work);
        }
        reconnectIfLost();
        try {
            return readUnderLock(work);
        } catch (ConnectionLostException e) {
            reconnectIfLost();
            return readUnderLock(work);
        }
    }

    /**
     * Runs read-only work on one snapshot: what others commit meanwhile (a live corpus copied from the
     * window, a document read while the writer commits on another connection) is not half in it.
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        return read(() -> {
            Connection c = connection();
            boolean server = engine instanceof PostgresEngine;
            int isolation = c.getTransactionIsolation();
            if (server) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setAutoCommit(false); // SQLite: the first read fixes the snapshot of the WAL until the end
            try {
                return work.run();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                if (server) {
                    c.setTransactionIsolation(isolation);
                }
            }
        });
    }

    /**
     * The same database opened again only to read, with the same login: a window reads documents on it
     * so that opening one never queues behind the writer's commits (WAL lets a reader run beside a writer).
     */
    public Store openForReading() {
        return engine instanceof PostgresEngine server ? connectReadOnly(server.spec()) : openReadOnly(file);
    }

    /**
     * Commits the transaction under way. On a server, a connection that breaks during the commit
     * leaves its outcome unknown: the failure then names the server's transaction ({@link ConnectionLostException#inDoubt}).
     */
    private void commit() throws SQLException {
        java.util.OptionalLong id = engine instanceof PostgresEngine
                ? PostgresEngine.transactionId(connection) : java.util.OptionalLong.empty();
        try {
            connection.commit();
        } catch (SQLException e) {
            RuntimeException translated = translate(e);
            if (translated instanceof ConnectionLostException broken && id.isPresent()) {
                throw broken.committing(id.getAsLong());
            }
            throw translated;
        }
    }

    /**
     * Reserves {@code size} ids of {@code table} ("spans" or "relations") in one transaction: no insert
     * without an id of its own will take them (see {@link IdBlock}).
     */
    public IdBlock reserveIds(String table, int size) {
        return inTransaction(() -> {
            writesAll();
            return IdReservations.reserve(this, table, size);
        });
    }

    /**
     * Keeps the ids of rows about to be deleted from being handed out again (an open session may
     * store them again on undo): raises the table's reservation mark to the id {@code maxIdQuery}
     * finds, given {@code id} for each of its parameters. Inside a transaction.
     */
    void retireIds(String table, String maxIdQuery, long id) throws SQLException {
        engine.retireIds(this, table, maxIdQuery, id);
    }

    /** The id an insert without an id of its own takes now; inside a transaction. */
    long firstFreeId(String table) throws SQLException {
        return takeIds(table, 1);
    }

    /**
     * Takes {@code count} consecutive new ids of {@code table} and returns the first (see
     * {@link Engine#takeIds}); inside a transaction, which more than one id makes one of {@link WriteLock#ALL}.
     */
    long takeIds(String table, int count) throws SQLException {
        if (count > 1) {
            writesAll();
        }
        return engine.takeIds(this, table, count);
    }

    /**
     * Called first by a write of an annotator's layer (inside its own {@link #inTransaction} call): the
     * transaction, unless it already writes more, runs beside other clients' layer writes (see
     * {@link WriteLock#LAYERS}).
     */
    synchronized void writesLayers() throws SQLException {
        if (transactionDepth > 0) {
            layersOnly = true;
            if (writeLock == WriteLock.NONE) {
                lockWrites(WriteLock.LAYERS);
            }
        }
    }

    /**
     * Called by a write that reads and then writes what is not an annotator's own (ids as max + 1, the
     * label scheme, the duplicate checks of an import): no other client writes until the transaction
     * ends. The first statement of an {@link #inTransaction} call that has not said it writes layers
     * only does this first, whatever an enclosing call said.
     */
    synchronized void writesAll() throws SQLException {
        if (transactionDepth > 0 && writeLock != WriteLock.ALL) {
            lockWrites(WriteLock.ALL);
        }
    }

    private void lockWrites(WriteLock lock) throws SQLException {
        engine.lockWrites(connection, lock);
        writeLock = lock;
    }

    /** See {@link Engine#keepRows}. */
    String keepRows() {
        return engine.keepRows();
    }

    /** Whether the schema has {@code id_reservations}: asked once, as it is fixed once the store is open. */
    boolean hasReservations() throws SQLException {
        if (reservations == null) {
            reservations = userVersion() >= IdReservations.SINCE_VERSION;
        }
        return reservations;
    }

    private <T> T readUnderLock(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** The connection; inside an {@link #inTransaction} call that has not said it writes layers only, after taking {@link WriteLock#ALL}. */
    Connection connection() {
        if (transactionDepth > 0 && !layersOnly && writeLock != WriteLock.ALL) {
            try {
                lockWrites(WriteLock.ALL);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        return connection;
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    RuntimeException translate(SQLException e) {
        RuntimeException translated = engine.translate(e);
        if (translated instanceof ConnectionLostException) {
            lost = true;
        }
        return translated;
    }

    /** After a lost connection to the server: a new one, or the server's refusal as a {@link StoreAccessException}. */
    private void reconnectIfLost() {
        if (!lost || !(engine instanceof PostgresEngine server)) {
            return;
        }
        closeQuietly(connection);
        connection = openConnection(server, readOnly);
        lost = false;
    }

    /**
     * Whether the server transaction {@code id} (a {@link ConnectionLostException#inDoubt()}) was
     * committed; empty while the server cannot tell yet. Reconnects first.
     *
     * @throws ConnectionLostException the server still cannot be reached
     */
    public Optional<Boolean> committed(long id) {
        if (!(engine instanceof PostgresEngine)) {
            throw new IllegalStateException(location() + " is a file: no commit of it is ever in doubt");
        }
        return read(() -> PostgresEngine.committed(connection, id));
    }

    /** The database engine and its version as the server reports it, e.g. {@code PostgreSQL 16.4}. */
    public String engineVersion() {
        return read(() -> connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion());
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
