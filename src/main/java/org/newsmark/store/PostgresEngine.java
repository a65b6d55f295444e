package org.newsmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.newsmark.store.postgres.PgConnectionSpec;

/**
 * The shared engine: a PostgreSQL database that several analysts write at once. Transactions run at
 * READ COMMITTED. What a write transaction keeps others from writing is one transaction-scoped
 * advisory lock ({@link #WRITER_LOCK}), taken before its first statement ({@link #lockWrites}):
 * <ul>
 * <li>shared by writes of annotators' layers ({@link WriteLock#LAYERS}: spans, relations, statuses,
 * rejections), so analysts editing their own layers never wait for each other. Their checks need no
 * more: span and relation ids come from the tables' sequences ({@link #takeIds}), which give no value
 * twice; the spans a relation joins are read {@code FOR KEY SHARE} ({@link #keepRows}), so no other
 * client deletes them before it commits; everything else is one statement (an upsert, an update of
 * one row, checked by version where two analysts may change the same thing).</li>
 * <li>exclusive for everything else ({@link WriteLock#ALL}: the label scheme, documents and imports,
 * whose code reads and then writes — ids as max + 1, duplicate checks — and blocks of reserved ids,
 * which move a sequence on): such a writer runs alone, exactly as writers take turns on SQLite.</li>
 * </ul>
 * An earlier Newsmark took the exclusive lock for every write, so it never writes beside this one; its
 * ids (max + 1) leave the sequences behind, which {@link Store#connect} moves past them. Readers never
 * wait. A writer waits at most {@link #LOCK_TIMEOUT} for another's transaction (a large import), then is
 * told the database is busy, as on SQLite.
 */
record PostgresEngine(PgConnectionSpec spec) implements Engine {

    /** The key of the writers' advisory lock: "Newsmark" in ASCII, unlikely to be another program's (and an earlier Newsmark's too). */
    static final long WRITER_LOCK = 0x4E6577736D61726BL;

    static final String LOCK_TIMEOUT = "10s";

    @Override
    public String location() {
        return spec.toString();
    }

    @Override
    public int schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(CAST(version AS INTEGER)), 0)"
                    + " FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Whether the connection's schema holds any table: one without a Newsmark schema is not ours to change. */
    static boolean holdsTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Whether the schema has the triggers that announce changes to listening clients ({@link PgChangeFeed}). */
    static boolean announcesChanges(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regproc('newsmark_announce_change') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Override
    public String now() {
        return "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }

    @Override
    public String greatest() {
        return "greatest";
    }

    @Override
    public void lockWrites(Connection connection, WriteLock lock) throws SQLException {
        if (lock == WriteLock.NONE) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock" + (lock == WriteLock.LAYERS ? "_shared" : "") + "(" + WRITER_LOCK + ")");
        }
    }

    /**
     * Ids from the table's sequence, which hands no value out twice whatever the transactions do
     * (rolled back, run side by side): one by {@code nextval}, several consecutive ones by moving the
     * sequence on, which only a writer of {@link WriteLock#ALL} may do, as no {@code nextval} of
     * another client can come in between.
     */
    @Override
    public long takeIds(Store store, String table, int count) throws SQLException {
        String sql = count == 1
                ? "SELECT nextval(pg_get_serial_sequence(?, 'id'))"
                : "SELECT setval(s, nextval(s) + ? - 1) - ? + 1 FROM (SELECT pg_get_serial_sequence(?, 'id') AS s) AS q";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            if (count == 1) {
                ps.setString(1, table);
            } else {
                ps.setInt(1, count);
                ps.setInt(2, count);
                ps.setString(3, table);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public ChangeFeed changes(Store store) {
        int own = store.read(() -> {
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        return new PgChangeFeed(this, own);
    }

    /** A connection of its own that only listens for notifications (see {@link PgChangeFeed}). */
    Connection listeningConnection() throws SQLException {
        java.util.Properties properties = spec.connectionProperties();
        properties.setProperty("ApplicationName", "newsmark-listen");
        properties.putIfAbsent("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        return java.sql.DriverManager.getConnection(spec.jdbcUrl(), properties);
    }

    /** Nothing to do: the sequence never goes back (see {@link #idsTaken}), so no id it gave is given again. */
    @Override
    public void retireIds(Store store, String table, String maxIdQuery, long id) {
        // deleted ids stay below the sequence
    }

    /** Rows read as {@code FOR KEY SHARE} cannot be deleted by another client until this transaction ends. */
    @Override
    public String keepRows() {
        return " FOR KEY SHARE";
    }

    /**
     * An identity column's sequence does not move on explicit ids: it is set past them, past every id
     * reserved in {@code id_reservations} (by an earlier Newsmark, which took ids as max + 1), and
     * never back.
     */
    @Override
    public void idsTaken(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT setval(s, greatest(taken, given, 1), greatest(taken, given) > 0)"
                + idsOf(table))) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.execute();
        }
    }

    /** The server's id of the transaction under way, if it has written anything (else nothing can be in doubt). */
    static java.util.OptionalLong transactionId(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT txid_current_if_assigned()")) {
            long id = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() || id == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(id);
        }
    }

    /** Whether the transaction {@code id} committed: empty while the server does not know yet (still in progress, or forgotten). */
    static Optional<Boolean> committed(Connection connection, long id) throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT txid_status(?)")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                String status = rs.next() ? rs.getString(1) : null;
                return "committed".equals(status) ? Optional.of(true)
                        : "aborted".equals(status) ? Optional.of(false) : Optional.empty();
            }
        }
    }

    /** Whether {@link #idsTaken} has work to do: rows or reservations of {@code table} above its sequence. */
    static boolean idsBehind(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT taken > given" + idsOf(table))) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The highest id of {@code table}'s rows and reservations ({@code taken}), and the last its sequence gave ({@code given}). */
    private static String idsOf(String table) {
        return " FROM (SELECT s, greatest((SELECT coalesce(max(id), 0) FROM " + table + "),"
                + " (SELECT coalesce(max(high), 0) FROM id_reservations WHERE table_name = ?)) AS taken,"
                + " coalesce(pg_sequence_last_value(s), 0) AS given"
                + " FROM (SELECT CAST(pg_get_serial_sequence(?, 'id') AS regclass) AS s) AS q) AS r";
    }

    @Override
    public RuntimeException translate(SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String message = firstLine(e.getMessage());
        String where = location();
        if (message.contains("span end past the end of the text")) {
            return new InvalidSpanException("span end past the end of the text");
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new ConnectionLostException(where, "the connection to the server failed (" + message
                    + "); a change under way was not stored. Check that the server runs and can be reached, then try again", e);
        }
        if (state.startsWith("28")) {
            return new StoreAccessException(where, "the server refused the login (" + message + "); check the user and the"
                    + " password ($" + PgConnectionSpec.PASSWORD_VARIABLE + " or .pgpass)", e);
        }
        if (state.equals("3D000")) {
            return new StoreAccessException(where, "the server has no such database (" + message + "); create it first"
                    + " (createdb) or check the name", e);
        }
        if (state.equals("42501")) {
            return new StoreAccessException(where, "the user " + spec.user().map(u -> "'" + u + "' ").orElse("")
                    + "lacks the rights Newsmark needs (" + message + "); the database's owner must grant them"
                    + " (see README, A shared server)", e);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new StoreException(where, "another client changed the same data at the same moment (" + message
                    + "); nothing of this change was stored, try again", e);
        }
        if (state.equals("55P03")) {
            return new StoreException(where, "is busy: another client has been writing for over " + LOCK_TIMEOUT
                    + " (a large import?); nothing of this change was stored, try again", e);
        }
        if (state.equals("22021") || message.contains("0x00")) {
            return new StoreException(where, "a text holds a NUL character (U+0000), which PostgreSQL cannot store ("
                    + message + ")", e);
        }
        if (state.equals("25006")) {
            return new StoreException(where, "is open only for reading: " + message, e);
        }
        return new StoreException(where, message, e);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline).strip();
        return text.startsWith("ERROR: ") ? text.substring("ERROR: ".length()) : text;
    }
}
