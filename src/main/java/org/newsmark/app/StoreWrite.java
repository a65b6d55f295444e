package org.newsmark.app;

import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/**
 * One row change of a user action, as the session's mirror made it, under the mirror's ids. They
 * are the store's ids (new rows take reserved ids); {@link StoredIds} only steps in when a row had to
 * be stored again under another id.
 */
sealed interface StoreWrite {

    void applyTo(Store store, long documentId, StoredIds ids);

    record InsertSpan(Span span) implements StoreWrite {
        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            Span stored = store.spans().reinsert(span.withId(ids.wantedSpanId(span.id())));
            ids.spanStored(span.id(), stored.id());
        }
    }

    record UpdateSpan(Span span) implements StoreWrite {
        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            store.spans().update(span.withId(ids.span(span.id())));
        }
    }

    record DeleteSpan(long spanId) implements StoreWrite {
        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            store.spans().delete(ids.span(spanId));
        }
    }

    record InsertRelation(Relation relation) implements StoreWrite {
        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            Relation stored = store.relations().reinsert(new Relation(ids.wantedRelationId(relation.id()), documentId,
                    ids.span(relation.fromSpanId()), ids.span(relation.toSpanId()), relation.type()));
            ids.relationStored(relation.id(), stored.id());
        }
    }

    record DeleteRelation(long relationId) implements StoreWrite {
        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            store.relations().delete(ids.relation(relationId));
        }
    }

    /** A suggestion the analyst rejected in this document: not proposed here again. */
    record Reject(org.newsmark.store.SuggestionRepository.Rejection rejection) implements StoreWrite {
        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            store.suggestions().reject(rejection);
        }
    }

    /**
     * The document's status as {@code annotator} set it (their layer's status, and the document's),
     * refused when someone else changed the document's status since the session saw it. The version
     * expected is fixed at the first attempt, so a transaction tried again expects the same one.
     */
    final class SetDocumentStatus implements StoreWrite {
        private final DocumentStatus status;
        private final String annotator;
        private final SeenVersion seen;
        private final SeenVersion.Expectation expected;

        SetDocumentStatus(DocumentStatus status, String annotator, SeenVersion seen) {
            this.status = status;
            this.annotator = annotator;
            this.seen = seen;
            this.expected = seen.forOneWrite();
        }

        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            long from = expected.get();
            try {
                seen.stored(from, store.documents().setStatus(documentId, status, annotator, seen.analyst(), from).number());
            } catch (org.newsmark.store.ConcurrentEditException e) {
                org.newsmark.model.Document now = store.documents().find(documentId).orElseThrow();
                throw EditConflictException.of("changed the status of '" + now.name() + "' to " + now.status().code(), e);
            }
        }
    }

    /**
     * Claims the layer for one action's changes to it: refused when someone else changed the layer
     * since the session saw it (two curators of one gold layer). Expects the same version when tried again.
     */
    final class ClaimLayer implements StoreWrite {
        private final String layer;
        private final SeenVersion seen;
        private final SeenVersion.Expectation expected;

        ClaimLayer(String layer, SeenVersion seen) {
            this.layer = layer;
            this.seen = seen;
            this.expected = seen.forOneWrite();
        }

        @Override
        public void applyTo(Store store, long documentId, StoredIds ids) {
            long from = expected.get();
            try {
                seen.stored(from, store.layers().claim(documentId, layer, seen.analyst(), from).number());
            } catch (org.newsmark.store.ConcurrentEditException e) {
                String name = store.documents().find(documentId).orElseThrow().name();
                throw EditConflictException.of("changed the " + layer + " layer of '" + name + "'", e);
            }
        }
    }
}
