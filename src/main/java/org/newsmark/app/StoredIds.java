package org.newsmark.app;

import java.util.HashMap;
import java.util.Map;

/**
 * The store's ids of rows the mirror knows by other ids. New rows take reserved ids, and a deleted
 * row's id is never handed out again by Newsmark, so the two agree; only when another program stored
 * a row under a freed id does undo store the row again under a new id, noted here. Used only by the
 * writer, so it needs no lock.
 */
final class StoredIds {

    private final Map<Long, Long> spans = new HashMap<>();
    private final Map<Long, Long> relations = new HashMap<>();

    long span(long mirrorId) {
        return spans.getOrDefault(mirrorId, mirrorId);
    }

    long relation(long mirrorId) {
        return relations.getOrDefault(mirrorId, mirrorId);
    }

    /** The id to store a span under again: its last store id, or 0 (any) for one never stored. */
    long wantedSpanId(long mirrorId) {
        return Math.max(span(mirrorId), 0);
    }

    long wantedRelationId(long mirrorId) {
        return Math.max(relation(mirrorId), 0);
    }

    void spanStored(long mirrorId, long storeId) {
        remember(spans, mirrorId, storeId);
    }

    void relationStored(long mirrorId, long storeId) {
        remember(relations, mirrorId, storeId);
    }

    private static void remember(Map<Long, Long> ids, long mirrorId, long storeId) {
        if (mirrorId == storeId) {
            ids.remove(mirrorId);
        } else {
            ids.put(mirrorId, storeId);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(Map.copyOf(spans), Map.copyOf(relations));
    }

    void restore(Snapshot snapshot) {
        spans.clear();
        spans.putAll(snapshot.spans());
        relations.clear();
        relations.putAll(snapshot.relations());
    }

    void clear() {
        spans.clear();
        relations.clear();
    }

    record Snapshot(Map<Long, Long> spans, Map<Long, Long> relations) {
    }
}
