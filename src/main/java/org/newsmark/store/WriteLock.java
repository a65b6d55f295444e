package org.newsmark.store;

/** How much a write transaction keeps other clients from writing beside it (see {@link Engine#lockWrites}). */
enum WriteLock {
    /** Nothing yet: the transaction has not started to write. */
    NONE,
    /**
     * Writes to annotators' layers (spans, relations, statuses, rejections), whose checks hold by
     * themselves or by row locks: any number of such transactions run at once.
     */
    LAYERS,
    /** Everything else (the label scheme, documents, imports, id blocks): runs alone. */
    ALL
}
