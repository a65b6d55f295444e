package org.newsmark.app;

import org.newsmark.model.Relation;

/** A relation as a command remembers it: its own handle and those of its two spans. */
record RememberedRelation(Handle handle, Handle from, Handle to, String type) {

    /** A relation this document holds now. */
    static RememberedRelation of(SessionState state, Relation relation) {
        return new RememberedRelation(state.relationHandle(relation.id()), state.spanHandle(relation.fromSpanId()),
                state.spanHandle(relation.toSpanId()), relation.type());
    }

    /** Adds it (again) between the spans' ids of now; returns it as the mirror holds it. */
    Relation insert(SessionState state) {
        return state.insertRelation(handle, from, to, type);
    }

    void delete(SessionState state) {
        state.deleteRelation(state.liveRelationId(handle));
    }
}
