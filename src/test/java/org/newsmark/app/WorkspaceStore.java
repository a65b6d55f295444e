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
}
