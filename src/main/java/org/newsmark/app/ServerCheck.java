package org.newsmark.app;

import org.newsmark.store.Store;

/**
 * A connection dialog's "Test connection": connects to the server as {@code login} says, only to
 * look (nothing is migrated or written), and reports the server's version, the database's schema
 * version and how many documents it holds.
 */
public final class ServerCheck {

    /** What the server answered; {@code schemaVersion} 0 is a database without a Newsmark schema yet. */
    public record Result(String server, int schemaVersion, long documents) {

        /** e.g. "Connected: PostgreSQL 16.4, schema version 7, 120 documents". */
        public String describe() {
            if (schemaVersion == 0) {
                return "Connected: " + server + ", an empty database (Connect creates the Newsmark schema in it)";
            }
            String corpus = schemaVersion > Store.latestSchemaVersion()
                    ? "schema version " + schemaVersion + ", written by a newer Newsmark (this one understands up to "
                    + Store.latestSchemaVersion() + ")"
                    : "schema version " + schemaVersion + ", " + documents + (documents == 1 ? " document" : " documents");
            return "Connected: " + server + ", " + corpus;
        }
    }

    private ServerCheck() {
    }

    /**
     * @throws DatabaseAccessException the fields do not make an address, or the server cannot be
     *                                 reached, refuses the login, has no such database or denies the rights
     */
    public static Result test(ServerLogin login) {
        try (Store store = Workspace.access(() -> Store.inspect(login.spec()))) {
            return Workspace.access(() -> {
                int version = store.schemaVersion();
                long documents = version >= 1 && version <= Store.latestSchemaVersion() ? store.documents().count() : 0;
                return new Result(store.engineVersion(), version, documents);
            });
        }
    }
}
