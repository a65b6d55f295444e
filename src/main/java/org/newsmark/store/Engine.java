package org.newsmark.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the two engines behind the one set of repositories: the SQL the repositories
 * write is the same on both except for the few expressions named here, and {@code "end"} is quoted
 * everywhere (a reserved word on PostgreSQL, an ordinary name on SQLite).
 */
sealed interface Engine permits SqliteEngine, PostgresEngine {

    /** The database as messages name it: a file's path or a server's address (never a password). */
    String location();

    /** The schema version the database is at: 0 when it holds no Newsmark schema. */
    int schemaVersion(Connection connection) throws SQLException;

    /** An SQL expression for the time now, as ISO-8601 UTC text with milliseconds ({@code 2026-01-31T12:00:00.000Z}). */
    String now();

    /** The name of the scalar function giving the larger of two values ({@code max} on SQLite, {@code greatest} on PostgreSQL). */
    String greatest();

    /**
     * Keeps other clients from writing what this transaction reads and then writes: at most once per
     * transaction with {@link WriteLock#LAYERS}, and again with {@link WriteLock#ALL} to widen it. The store
     * calls it before the transaction's first statement (see {@link Store#writesLayers()}).
     */
    void lockWrites(Connection connection, WriteLock lock) throws SQLException;

    /**
     * Takes {@code count} consecutive ids of {@code table} ("spans" or "relations") for new rows and
     * returns the first; no other insert, of this client or another, is given them. Inside a write
     * transaction; a count above 1 only under {@link WriteLock#ALL}.
     */
    long takeIds(Store store, String table, int count) throws SQLException;

    /**
     * Before rows of {@code table} are deleted: their ids, {@code maxIdQuery}'s result for {@code id},
     * must never be given to a new row (undo stores the row again under its id).
     */
    void retireIds(Store store, String table, String maxIdQuery, long id) throws SQLException;

    /**
     * A clause after a {@code SELECT} of rows this transaction then relies on: no other client deletes
     * them (or changes their key) until it ends. Empty where the write lock already covers it.
     */
    String keepRows();

    /**
     * After rows were inserted into {@code table} with ids of their own (a copied corpus, a bulk
     * import): an insert without an id must not collide with them. Under {@link WriteLock#ALL}.
     */
    void idsTaken(Connection connection, String table) throws SQLException;

    /** What other clients commit to the database from now on (see {@link Store#changes()}). */
    ChangeFeed changes(Store store);

    /** The failure as the user should read it. */
    RuntimeException translate(SQLException e);
}
