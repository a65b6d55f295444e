package org.newsmark.app;

import org.newsmark.store.NativeLibraryCache;

/** The SQLite driver's native library kept in the user's cache folder, for the window and the commands (not for tests). */
public final class LibraryCache {

    private LibraryCache() {
    }

    /** Before the first database opens; does nothing when it cannot, or when the driver's library path is set already. */
    public static void use() {
        NativeLibraryCache.use(DataPaths.defaultCacheFolder());
    }
}
