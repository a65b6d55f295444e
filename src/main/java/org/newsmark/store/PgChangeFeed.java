package org.newsmark.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Other clients' commits to a database on a PostgreSQL server: triggers on the tables
 * ({@code R__change_notifications.sql}) send a notification on {@link #CHANNEL} for every changed
 * row, which the server delivers when the transaction commits; a connection of its own listens.
 * Notifications from the store's own connection (its server process) are left out. When that
 * connection is lost it is made again at the next call, and what was missed meanwhile is reported
 * as {@link StoreChange#any()}.
 */
final class PgChangeFeed implements ChangeFeed {

    static final String CHANNEL = "newsmark_changes";
    /** A quiet connection is checked this often: a server gone without a word is noticed too. */
    private static final long CHECK_QUIET_NANOS = Duration.ofSeconds(10).toNanos();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostgresEngine engine;
    /** The server process of the store's own connection: its notifications are its own commits. */
    private final int ownProcess;
    private Connection listening;
    private boolean missed;
    private long lastContact;
    private boolean reading;
    private boolean closed;

    PgChangeFeed(PostgresEngine engine, int ownProcess) {
        this.engine = engine;
        this.ownProcess = ownProcess;
        this.listening = listen();
        this.missed = listening == null;
    }

    @Override
    public List<StoreChange> next(Duration wait) {
        synchronized (this) {
            if (closed) {
                return List.of();
            }
            reading = true;
        }
        try {
            return read(wait);
        } finally {
            synchronized (this) {
                reading = false;
                if (closed) {
                    drop();
                }
            }
        }
    }

    private List<StoreChange> read(Duration wait) {
        if (listening == null) {
            listening = listen();
            if (listening == null) {
                pause(wait);
                return List.of();
            }
        }
        if (missed) {
            missed = false;
            return List.of(StoreChange.any());
        }
        try {
            if (System.nanoTime() - lastContact > CHECK_QUIET_NANOS) {
                try (Statement st = listening.createStatement()) {
                    st.execute("SELECT 1");
                }
                lastContact = System.nanoTime();
            }
            PGNotification[] heard = listening.unwrap(PGConnection.class)
                    .getNotifications((int) Math.max(1, Math.min(Integer.MAX_VALUE, wait.toMillis())));
            if (heard == null) {
                return List.of();
            }
            lastContact = System.nanoTime();
            Set<StoreChange> changes = new LinkedHashSet<>();
            for (PGNotification n : heard) {
                if (n.getPID() != ownProcess && CHANNEL.equals(n.getName())) {
                    changes.add(parse(n.getParameter()));
                }
            }
            return new ArrayList<>(changes);
        } catch (SQLException e) {
            drop();
            missed = true;
            return List.of();
        }
    }

    /** {@code {"table": "spans", "document": 12, "annotator": "ana"}}; a payload not of this form says only that something changed. */
    static StoreChange parse(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            JsonNode table = node.path("table");
            JsonNode document = node.path("document");
            JsonNode annotator = node.path("annotator");
            if (!table.isTextual()) {
                return StoreChange.any();
            }
            return StoreChange.ofTable(table.asText(),
                    document.isIntegralNumber() ? Optional.of(document.asLong()) : Optional.empty(),
                    annotator.isTextual() ? Optional.of(annotator.asText()) : Optional.empty());
        } catch (java.io.IOException | RuntimeException e) {
            return StoreChange.any();
        }
    }

    /** A new listening connection, or null when the server cannot be reached now. */
    private Connection listen() {
        Connection connection = null;
        try {
            connection = engine.listeningConnection();
            try (Statement st = connection.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
            }
            lastContact = System.nanoTime();
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            return null;
        }
    }

    private void pause(Duration wait) {
        synchronized (this) {
            try {
                if (!closed) {
                    wait(Math.max(1, wait.toMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drop() {
        closeQuietly(listening);
        listening = null;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a lost connection has nothing to say on closing
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (!reading) {
            drop();
        }
        notifyAll();
    }
}
