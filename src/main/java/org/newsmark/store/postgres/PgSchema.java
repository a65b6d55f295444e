package org.newsmark.store.postgres;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema of a shared PostgreSQL store, as Flyway migrations in {@code db/postgresql}
 * ({@code V1__…sql}, {@code V2__…}): version {@code n} there is the same schema as step {@code n} of the
 * SQLite store, so one number says what a database holds whichever the engine. A migration is never
 * edited once released; a new need gets a new version on both engines. The one exception is
 * PostgreSQL's own: the triggers announcing changes to listening windows ({@code R__…sql}, repeatable,
 * without a version) add nothing the SQLite store has to match.
 */
public final class PgSchema {

    /** Where the migrations are; Flyway's name for the engine, so that {@code db/{vendor}} can serve both. */
    public static final String LOCATION = "classpath:db/postgresql";

    /**
     * Without SLF4J (the runnable jar), Flyway logs through java.util.logging to standard error; its
     * progress lines are no business of a command's output. Held here so the setting is not collected.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private PgSchema() {
    }

    /**
     * Brings the database to the latest version and returns that version. A database that holds
     * tables but no Newsmark schema history is refused, never changed.
     *
     * @throws PgConfigException the server cannot be reached, the credentials are refused, or a migration fails
     */
    public static int migrate(PgConnectionSpec spec) {
        try {
            MigrateResult result = flyway(spec).migrate();
            return Integer.parseInt(result.targetSchemaVersion != null ? result.targetSchemaVersion : version(spec));
        } catch (FlywayException e) {
            throw new PgConfigException(spec + ": cannot bring the schema up to date: " + e.getMessage());
        }
    }

    /** The version the database is at, 0 when it has none yet. */
    public static int currentVersion(PgConnectionSpec spec) {
        try {
            return Integer.parseInt(version(spec));
        } catch (FlywayException e) {
            throw new PgConfigException(spec + ": cannot read the schema version: " + e.getMessage());
        }
    }

    /** The newest version the migrations reach. */
    public static int latestVersion(PgConnectionSpec spec) {
        // a repeatable migration (the change notifications) has no version
        return java.util.Arrays.stream(flyway(spec).info().all()).filter(m -> m.getVersion() != null)
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElse(0);
    }

    private static String version(PgConnectionSpec spec) {
        MigrationInfo current = flyway(spec).info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private static Flyway flyway(PgConnectionSpec spec) {
        return Flyway.configure(PgSchema.class.getClassLoader())
                .dataSource(spec.jdbcUrl(), spec.user().orElse(null), password(spec))
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    private static String password(PgConnectionSpec spec) {
        return spec.connectionProperties().getProperty("password");
    }
}
