package org.newsmark.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.newsmark.store.postgres.PgConfigException;
import org.newsmark.store.postgres.PgConnectionSpec;

/**
 * How to reach a corpus on a PostgreSQL server, as the connection dialog asks for it. The password
 * is for this session only: {@link #address()} and {@link #toString()} leave it out, and so nothing
 * that shows, logs or remembers the address ever holds it. An empty user or password falls back to
 * {@code $NEWSMARK_DB_USER} / {@code $NEWSMARK_DB_PASSWORD} or {@code ~/.pgpass}, as on the command line.
 */
public record ServerLogin(String host, int port, String database, String user, String password, SslMode ssl) {

    /** The driver's {@code sslmode}s the dialog offers; {@code prefer} is the driver's default. */
    public enum SslMode {
        DISABLE("disable"), PREFER("prefer"), REQUIRE("require"), VERIFY_FULL("verify-full");

        private final String option;

        SslMode(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }

        static SslMode of(String option) {
            for (SslMode mode : values()) {
                if (mode.option.equalsIgnoreCase(option)) {
                    return mode;
                }
            }
            return PREFER;
        }
    }

    public ServerLogin {
        host = host.strip();
        database = database.strip();
        user = user.strip();
    }

    /** The fields of an address ({@code postgresql://ana@db.example.org:5432/newsroom?sslmode=require}), without a password. */
    public static ServerLogin fromAddress(String address) {
        PgConnectionSpec spec = PgConnectionSpec.parse(address);
        String query = address.contains("?") ? address.substring(address.indexOf('?') + 1) : "";
        SslMode ssl = SslMode.PREFER;
        for (String pair : query.split("&")) {
            if (pair.toLowerCase(java.util.Locale.ROOT).startsWith("sslmode=")) {
                ssl = SslMode.of(pair.substring("sslmode=".length()));
            }
        }
        String host = spec.host().startsWith("[") ? spec.host().substring(1, spec.host().length() - 1) : spec.host();
        return new ServerLogin(host, spec.port(), spec.database(), spec.user().orElse(""), "", ssl);
    }

    /** What must be put right before connecting: no host, no database, a port out of range. */
    public Optional<String> problem() {
        if (host.isEmpty()) {
            return Optional.of("Give the server's host name or address");
        }
        if (port < 1 || port > 65535) {
            return Optional.of("The port must be a number from 1 to 65535");
        }
        if (database.isEmpty()) {
            return Optional.of("Give the name of the database that holds the corpus");
        }
        return Optional.empty();
    }

    /** The address as shown, logged and remembered: never the password. */
    public String address() {
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "postgresql://" + (user.isEmpty() ? "" : encode(user) + "@") + shownHost + ":" + port + "/"
                + encode(database) + (ssl == SslMode.PREFER ? "" : "?sslmode=" + ssl.option());
    }

    /**
     * The driver's settings, with the session's password when one was typed.
     *
     * @throws PgConfigException the fields do not make an address
     */
    PgConnectionSpec spec() {
        problem().ifPresent(p -> {
            throw new PgConfigException(p);
        });
        PgConnectionSpec spec = PgConnectionSpec.parse(address()).withCredentials();
        return password.isEmpty() ? spec : spec.withPassword(password);
    }

    @Override
    public String toString() {
        return address();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
