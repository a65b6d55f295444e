package org.newsmark.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The versions this workspace itself moved things from (a document's status, a layer): one object
 * per workspace, shared by its sessions. A session expects the version it last saw, moved on past
 * every change this workspace made since, so the analyst's own two sessions of a document (their
 * layer and gold) never refuse each other's changes, while a change by anyone else in between
 * breaks the chain and is refused. Used by the writer thread and the analyst's thread alike.
 */
final class EditVersions {

    private final String analyst;
    private final Map<String, Set<Long>> ownMoves = new HashMap<>();

    EditVersions(String analyst) {
        this.analyst = analyst;
    }

    /** Who the changes of this workspace are recorded as made by. */
    String analyst() {
        return analyst;
    }

    static String statusOf(long documentId) {
        return "status " + documentId;
    }

    static String layerOf(long documentId, String layer) {
        return "layer " + documentId + " " + layer;
    }

    /** The version {@code seen} becomes once this workspace's own changes since are counted as seen. */
    synchronized long follow(String thing, long seen) {
        Set<Long> moves = ownMoves.get(thing);
        long version = seen;
        while (moves != null && moves.contains(version)) {
            version++;
        }
        return version;
    }

    /** This workspace moved {@code thing} from version {@code from} to {@code to}. */
    synchronized void moved(String thing, long from, long to) {
        Set<Long> moves = ownMoves.computeIfAbsent(thing, k -> new HashSet<>());
        for (long v = from; v < to; v++) {
            moves.add(v);
        }
    }

    /** One thing as one session saw it. */
    SeenVersion seen(String thing) {
        return new SeenVersion(this, thing);
    }
}
