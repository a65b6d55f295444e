package org.newsmark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as numbered steps. Step {@code n} takes a database at {@code user_version = n - 1} to
 * {@code n}. Steps are never edited once released; new needs get a new step.
 */
final class Migrations {

    static final List<List<String>> STEPS = List.of(
            // 1: documents, labels, spans, relations
            List.of("""
                    CREATE TABLE documents (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL,
                      title TEXT NOT NULL,
                      text TEXT NOT NULL,
                      text_length INTEGER NOT NULL,
                      sha256 TEXT NOT NULL,
                      status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-progress', 'done')),
                      metadata TEXT NOT NULL DEFAULT '{}',
                      created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                      updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    )""",
                    "CREATE INDEX documents_sha256 ON documents(sha256)",
                    """
                    CREATE TABLE labels (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE,
                      color TEXT NOT NULL,
                      hotkey TEXT NOT NULL DEFAULT '',
                      position INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE spans (
                      id INTEGER PRIMARY KEY,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      label_id INTEGER NOT NULL REFERENCES labels(id),
                      annotator TEXT NOT NULL DEFAULT '',
                      created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                      updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                      CHECK (start >= 0 AND end > start)
                    )""",
                    "CREATE INDEX spans_document ON spans(document_id, start)",
                    """
                    CREATE TABLE relations (
                      id INTEGER PRIMARY KEY,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      from_span INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
                      to_span INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
                      type TEXT NOT NULL
                    )""",
                    "CREATE INDEX relations_document ON relations(document_id)"),
            // 2: offsets checked by the database itself; relation types as part of the label scheme
            List.of("""
                    CREATE TRIGGER spans_fit_text_on_insert BEFORE INSERT ON spans
                    WHEN NEW.end > (SELECT text_length FROM documents WHERE id = NEW.document_id)
                    BEGIN SELECT RAISE(ABORT, 'span end past the end of the text'); END""",
                    """
                    CREATE TRIGGER spans_fit_text_on_update BEFORE UPDATE OF start, end ON spans
                    WHEN NEW.end > (SELECT text_length FROM documents WHERE id = NEW.document_id)
                    BEGIN SELECT RAISE(ABORT, 'span end past the end of the text'); END""",
                    """
                    CREATE TABLE relation_types (
                      name TEXT PRIMARY KEY,
                      position INTEGER NOT NULL
                    )""",
                    "INSERT INTO relation_types(name, position) VALUES ('said_by', 0)",
                    "CREATE INDEX spans_label ON spans(label_id)",
                    "CREATE INDEX relations_from ON relations(from_span)",
                    "CREATE INDEX relations_to ON relations(to_span)"),
            // 3: suggestions: how a span was made, and what the analyst rejected per document
            List.of("ALTER TABLE spans ADD COLUMN source TEXT NOT NULL DEFAULT ''",
                    """
                    CREATE TABLE rejected_suggestions (
                      id INTEGER PRIMARY KEY,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      label TEXT NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                      CHECK (start >= 0 AND end > start),
                      UNIQUE (document_id, label, start, end)
                    )""",
                    "CREATE INDEX rejected_suggestions_text ON rejected_suggestions(label, text)"),
            // 4: annotators and their layers: every span, relation and status says who made it and when;
            // what was there before belongs to the annotator 'default'. Documents assigned to annotators.
            List.of("UPDATE spans SET annotator = 'default'",
                    """
                    CREATE TRIGGER spans_blank_annotator_is_default AFTER INSERT ON spans WHEN NEW.annotator = ''
                    BEGIN UPDATE spans SET annotator = 'default' WHERE id = NEW.id; END""",
                    "ALTER TABLE relations ADD COLUMN annotator TEXT NOT NULL DEFAULT 'default'",
                    "ALTER TABLE relations ADD COLUMN created TEXT NOT NULL DEFAULT ''",
                    "UPDATE relations SET created = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                    "CREATE INDEX spans_layer ON spans(document_id, annotator)",
                    "CREATE INDEX relations_layer ON relations(document_id, annotator)",
                    """
                    CREATE TABLE layer_status (
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      annotator TEXT NOT NULL,
                      status TEXT NOT NULL CHECK (status IN ('new', 'in-progress', 'done')),
                      updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                      PRIMARY KEY (document_id, annotator)
                    )""",
                    """
                    INSERT INTO layer_status(document_id, annotator, status, updated)
                    SELECT id, 'default', status, updated FROM documents WHERE status <> 'new'""",
                    """
                    CREATE TABLE assignments (
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      annotator TEXT NOT NULL,
                      created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                      PRIMARY KEY (document_id, annotator)
                    )""",
                    "CREATE INDEX assignments_annotator ON assignments(annotator, document_id)"),
            // 5: ids reserved ahead of the insert by a window's writer (IdReservations)
            List.of("""
                    CREATE TABLE id_reservations (
                      table_name TEXT PRIMARY KEY,
                      high INTEGER NOT NULL
                    )"""),
            // 6: optimistic versions of what two analysts may change at once: a document's status and a
            // label; every update bumps the version and says who changed it and when
            List.of("ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE documents ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE labels ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE labels ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE labels ADD COLUMN changed TEXT NOT NULL DEFAULT ''"),
            // 7: the optimistic version of a layer of a document (the gold layer, which several curators
            // may change at once): bumped by every change made through a session or a replacement
            List.of("""
                    CREATE TABLE layer_versions (
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      annotator TEXT NOT NULL,
                      version INTEGER NOT NULL DEFAULT 0,
                      changed_by TEXT NOT NULL DEFAULT '',
                      changed TEXT NOT NULL DEFAULT '',
                      PRIMARY KEY (document_id, annotator)
                    )"""));

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    /** Runs the steps after {@code from} up to {@code to} inside the caller's transaction. */
    static void migrate(Connection connection, int from, int to) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (int version = from + 1; version <= to; version++) {
                for (String sql : STEPS.get(version - 1)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + version);
            }
        }
    }
}
