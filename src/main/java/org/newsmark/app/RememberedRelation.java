package org.newsmark.app;

import org.newsmark.model.Relation;

/** A relation as a command remembers it: its own handle and those of its two spans. */
record RememberedRelation(Handle handle, Handle from, Handle to, String type) {

    /** A relation this document holds now. */
    static RememberedRelation of(SessionState state, Relation relation) {
        return new RememberedRelation(state.relationHandle(relation.id()), state.spanHandle(relation.fromSpanId()),
                state.spanHandle(relation.toSpanId()), relation.type());
    }

    /** Stores it (again) between the spans' ids of now and shows it; returns it as stored. */
    Relation insert(SessionState state) {
        Relation stored = state.store().relations()
                .reinsert(new Relation(handle.id(), state.documentId(), state.liveSpanId(from), state.liveSpanId(to), type));
        state.addRelation(handle, stored);
        return stored;
    }

    void delete(SessionState state) {
        long id = state.liveRelationId(handle);
        state.store().relations().delete(id);
        state.removeRelation(id);
    }
}
