package org.newsmark.store;

import java.util.Optional;

/**
 * Something another client committed to the database: what kind of rows changed, and where the
 * engine can tell, the document and the annotator's layer. {@link Kind#ANY} says only that something
 * changed (an SQLite file, or a server connection that was lost for a while): read again what is shown.
 */
public record StoreChange(Kind kind, Optional<Long> documentId, Optional<String> annotator) {

    public enum Kind {
        /** A document was added, removed, or its status or version changed. */
        DOCUMENT,
        /** A status of a document in one annotator's layer. */
        STATUS,
        /** Which annotators a document is assigned to. */
        ASSIGNMENT,
        /** The spans or relations of one annotator's layer of a document. */
        LAYER,
        /** The labels or relation types. */
        SCHEME,
        /** Anything: the engine cannot tell what. */
        ANY
    }

    /** Something changed; the engine cannot tell what. */
    public static StoreChange any() {
        return new StoreChange(Kind.ANY, Optional.empty(), Optional.empty());
    }

    /** The change a row of {@code table} announces (the names of the schema's tables). */
    static StoreChange ofTable(String table, Optional<Long> documentId, Optional<String> annotator) {
        Kind kind = switch (table) {
            case "documents" -> Kind.DOCUMENT;
            case "layer_status" -> Kind.STATUS;
            case "assignments" -> Kind.ASSIGNMENT;
            case "spans", "relations" -> Kind.LAYER;
            case "labels", "relation_types" -> Kind.SCHEME;
            default -> Kind.ANY;
        };
        return new StoreChange(kind, documentId, annotator);
    }
}
