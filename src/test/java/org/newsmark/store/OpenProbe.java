package org.newsmark.store;

import java.nio.file.Path;

/** Opens a database in a process of its own (see {@link UnprivilegedJvm}): exit 0 when it opens, 3 with the message when refused. */
public final class OpenProbe {

    static final int REFUSED = 3;

    private OpenProbe() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("opened schema " + store.schemaVersion());
        } catch (StoreException e) {
            System.out.println(e.getMessage());
            System.exit(REFUSED);
        }
    }
}
