package org.newsmark.app;

/**
 * How commands name a span or relation across undo and redo. Undo re-creates a deleted row, under its
 * old id when that id is still free, else under a new one; the handle follows the row, so every
 * command that refers to it stays valid. Only {@link Handles} moves it.
 */
final class Handle {

    private long id;

    Handle(long id) {
        this.id = id;
    }

    /** The row's id now, or the id it last had while it is deleted; 0 before it was first stored. */
    long id() {
        return id;
    }

    void moveTo(long newId) {
        id = newId;
    }
}
