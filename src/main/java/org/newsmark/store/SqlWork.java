package org.newsmark.store;

import java.sql.SQLException;

/** A piece of database work run by the store inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run() throws SQLException;
}
