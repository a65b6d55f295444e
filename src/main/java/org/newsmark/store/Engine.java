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
     * Called first in every write transaction: after it returns, no other client writes until this
     * transaction ends, so code that reads and then writes (ids as max + 1 included) stays correct.
     */
    void beginWrite(Connection connection) throws SQLException;

    /**
     * A number that changes whenever another client may have committed: cached label ids are read
     * again when it changes. {@code transaction} counts this store's transactions.
     */
    long dataVersion(Connection connection, long transaction) throws SQLException;

    /**
     * After rows were inserted into {@code table} with ids of their own (a copied corpus): an insert
     * without an id must not collide with them.
     */
    void idsTaken(Connection connection, String table) throws SQLException;

    /** What other clients commit to the database from now on (see {@link Store#changes()}). */
    ChangeFeed changes(Store store);

    /** The failure as the user should read it. */
    RuntimeException translate(SQLException e);
}
