package org.newsmark.app;

import org.newsmark.store.Store;

/**
 * Test fixtures only: the store of a workspace, for tests outside {@code app} that seed a database or
 * read back what the window or the CLI committed. Production code in {@code ui} and {@code cli} has no
 * such door (ArchitectureTest).
 */
public final class WorkspaceStore {

    private WorkspaceStore() {
    }

    public static Store of(Workspace workspace) {
        return workspace.store();
    }

    /** The connection the window first reads documents on (the store's own outside the window). */
    public static Store reading(Workspace workspace) {
        return workspace.readingStore();
    }
}
