/**
 * The store: small repositories over one connection, one transaction per user action, on SQLite (a
 * file: numbered migrations, {@code PRAGMA user_version}, WAL) or PostgreSQL (a shared server,
 * {@link org.newsmark.store.postgres}); what differs between the two is in {@code Engine}. The only
 * package that speaks SQL.
 */
package org.newsmark.store;
