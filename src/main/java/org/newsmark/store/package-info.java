/**
 * The SQLite store: schema and its numbered migrations ({@code PRAGMA user_version}), WAL journal,
 * one transaction per user action, and small repositories. The only package that speaks SQL.
 */
package org.newsmark.store;
