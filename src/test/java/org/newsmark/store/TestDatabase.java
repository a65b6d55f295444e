package org.newsmark.store;

import java.nio.file.Path;
import java.util.Optional;
import org.newsmark.store.postgres.PgConnectionSpec;

/**
 * One fresh, empty database of a test on one engine (see {@link BothEngines}): open it as often as the
 * test needs, as one store or several at once.
 */
public sealed interface TestDatabase {

    /** "SQLite" or "PostgreSQL", as the test's name shows it. */
    String engine();

    /** What {@code --db} takes: the file's path or the server's address. */
    String location();

    /** Opens the database for writing, creating and migrating it on the first call. */
    Store open();

    /** Opens the database only to read. */
    Store openReadOnly();

    /** The SQLite file, when the database is one. */
    Optional<Path> file();

    record Sqlite(Path path) implements TestDatabase {
        @Override
        public String engine() {
            return "SQLite";
        }

        @Override
        public String location() {
            return path.toString();
        }

        @Override
        public Store open() {
            return Store.open(path);
        }

        @Override
        public Store openReadOnly() {
            return Store.openReadOnly(path);
        }

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }
    }

    record Postgres(PgConnectionSpec spec) implements TestDatabase {
        @Override
        public String engine() {
            return "PostgreSQL";
        }

        /** The address with the superuser in it; the test server trusts logins from 127.0.0.1. */
        @Override
        public String location() {
            return spec.toString();
        }

        @Override
        public Store open() {
            return Store.connect(spec);
        }

        @Override
        public Store openReadOnly() {
            return Store.connectReadOnly(spec);
        }

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }
    }
}
