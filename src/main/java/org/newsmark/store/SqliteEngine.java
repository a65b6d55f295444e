package org.newsmark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;

/** The default engine: one SQLite file, written by one transaction at a time (IMMEDIATE transactions). */
record SqliteEngine(Path file) implements Engine {

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public int schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public String now() {
        return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
    }

    @Override
    public String greatest() {
        return "max";
    }

    @Override
    public void lockWrites(Connection connection, WriteLock lock) {
        // the connection opens IMMEDIATE transactions: SQLite's write lock, on the whole file, is taken at BEGIN
    }

    /** The first id above the table's rows and every reservation ({@link IdReservations}): free while the write lock is held. */
    @Override
    public long takeIds(Store store, String table, int count) throws SQLException {
        return IdReservations.firstFree(store, table, store.hasReservations());
    }

    @Override
    public void retireIds(Store store, String table, String maxIdQuery, long id) throws SQLException {
        if (store.hasReservations()) {
            IdReservations.retire(store, table, maxIdQuery, id);
        }
    }

    @Override
    public ChangeFeed changes(Store store) {
        return new SqliteChangeFeed(store);
    }

    @Override
    public String keepRows() {
        return "";
    }

    /** SQLite gives the next row max(id) + 1 anyway. */
    @Override
    public void idsTaken(Connection connection, String table) {
        // nothing to catch up
    }

    @Override
    public RuntimeException translate(SQLException e) {
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
}
