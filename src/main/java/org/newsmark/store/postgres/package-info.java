/**
 * The shared PostgreSQL store beside the SQLite default: where the server is and who connects
 * ({@link org.newsmark.store.postgres.PgConnectionSpec}, with the password from the environment or a
 * {@code .pgpass} file, never from {@code --db}), and the schema as Flyway migrations under
 * {@code db/postgresql}, numbered like the SQLite store's steps.
 */
package org.newsmark.store.postgres;
