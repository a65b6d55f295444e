package org.newsmark.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The handles of the rows of one kind (spans or relations) that a document holds now, by id. */
final class Handles {

    private final Map<Long, Handle> live = new HashMap<>();

    /** The handle of the row that has this id now. */
    Handle of(long id) {
        return live.computeIfAbsent(id, Handle::new);
    }

    /** Whether the row of {@code handle} exists now (its old id may have gone to another row). */
    boolean isLive(Handle handle) {
        return live.get(handle.id()) == handle;
    }

    /** The row of {@code handle} is stored (again) under {@code id}. */
    void bind(Handle handle, long id) {
        live.remove(handle.id(), handle);
        handle.moveTo(id);
        live.put(id, handle);
    }

    /** The row with this id is gone; a new row that gets the id later gets a new handle. */
    void forget(long id) {
        live.remove(id);
    }

    /** Keeps only the handles of rows that still exist, e.g. after re-reading the store. */
    void retain(Set<Long> ids) {
        live.keySet().retainAll(ids);
    }

    Snapshot snapshot() {
        return new Snapshot(Map.copyOf(live));
    }

    /** Puts back the bindings of a snapshot, when the transaction that changed them rolled back. */
    void restore(Snapshot snapshot) {
        live.clear();
        live.putAll(snapshot.live());
        snapshot.live().forEach((id, handle) -> handle.moveTo(id));
    }

    record Snapshot(Map<Long, Handle> live) {
    }
}
