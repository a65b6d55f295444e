package org.newsmark.store.postgres;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a shared PostgreSQL store is and who connects to it. {@code --db} names it as
 * {@code postgresql://host[:port]/database} (also {@code postgres://} and {@code jdbc:postgresql://});
 * the user may be given there ({@code postgresql://alice@host/db}) or in {@code $NEWSMARK_DB_USER},
 * the password only in {@code $NEWSMARK_DB_PASSWORD} or a {@code .pgpass} file, never in the address:
 * the address is shown, logged and remembered, the password must not be. {@link #toString()} and
 * {@link #jdbcUrl()} never hold the password.
 */
public final class PgConnectionSpec {

    public static final String USER_VARIABLE = "NEWSMARK_DB_USER";
    public static final String PASSWORD_VARIABLE = "NEWSMARK_DB_PASSWORD";
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern SCHEME = Pattern.compile("^(jdbc:postgresql|postgresql|postgres)://", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?<user>[^@/?]*)@)?(?<host>\\[[0-9A-Fa-f:.]+\\]|[^:/?\\[\\]]*)(?::(?<port>[^/?]*))?(?:/(?<db>[^?]*))?(?:\\?(?<query>.*))?");

    private static final Pattern PASSWORD_OPTION = Pattern.compile("[?&]password=", Pattern.CASE_INSENSITIVE);

    private final String host;
    private final int port;
    private final String database;
    private final Map<String, String> options;
    private final Optional<String> user;
    private final Optional<String> password;

    private PgConnectionSpec(String host, int port, String database, Map<String, String> options,
                             Optional<String> user, Optional<String> password) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.options = Map.copyOf(options);
        this.user = user;
        this.password = password;
    }

    /** Whether a {@code --db} value names a PostgreSQL server rather than an SQLite file. */
    public static boolean isAddress(String db) {
        return SCHEME.matcher(db).lookingAt();
    }

    /**
     * Reads an address; query options other than {@code user} (such as {@code sslmode=require}) are
     * passed on to the driver.
     *
     * @throws PgConfigException not a PostgreSQL address, a bad port, no database, or a password in it
     */
    public static PgConnectionSpec parse(String address) {
        Matcher scheme = SCHEME.matcher(address);
        if (!scheme.lookingAt()) {
            throw new PgConfigException(address + ": not a PostgreSQL address (postgresql://host:5432/database)");
        }
        Matcher m = ADDRESS.matcher(address.substring(scheme.end()));
        if (!m.matches()) {
            throw new PgConfigException(address + ": not a PostgreSQL address (postgresql://host:5432/database)");
        }
        // before any message that repeats the address
        if (m.group("user") != null && m.group("user").contains(":") || PASSWORD_OPTION.matcher(address).find()) {
            throw new PgConfigException("the PostgreSQL address holds a password; give it in $" + PASSWORD_VARIABLE
                    + " or a .pgpass file instead, so that it is never shown or saved with the address");
        }
        Map<String, String> options = options(address, m.group("query"));
        Optional<String> user = Optional.ofNullable(m.group("user")).map(PgConnectionSpec::decode);
        Optional<String> queryUser = Optional.ofNullable(options.remove("user"));
        if (user.isPresent() && queryUser.isPresent()) {
            throw new PgConfigException(address + ": names the user twice");
        }
        String host = m.group("host").isEmpty() ? "localhost" : m.group("host");
        String database = m.group("db") == null ? "" : decode(m.group("db"));
        if (database.isEmpty()) {
            throw new PgConfigException(address + ": names no database (postgresql://" + host + ":5432/DATABASE)");
        }
        return new PgConnectionSpec(host, port(address, m.group("port")), database, options,
                user.or(() -> queryUser).filter(u -> !u.isEmpty()), Optional.empty());
    }

    /**
     * The same address with its user and password settled: the user from the address, else
     * {@code $NEWSMARK_DB_USER}, else {@code defaultUser} (libpq's default is the login name); the
     * password from {@code $NEWSMARK_DB_PASSWORD}, else the first matching line of {@code pgpass}, else none.
     */
    public PgConnectionSpec withCredentials(Map<String, String> env, Path pgpass, String defaultUser) {
        String who = user.or(() -> Optional.ofNullable(env.get(USER_VARIABLE)).filter(u -> !u.isEmpty()))
                .orElse(defaultUser);
        Optional<String> secret = Optional.ofNullable(env.get(PASSWORD_VARIABLE))
                .or(() -> PgPassFile.password(pgpass, bareHost(), port, database, who));
        return new PgConnectionSpec(host, port, database, options, Optional.of(who), secret);
    }

    /** {@link #withCredentials(Map, Path, String)} with the process's environment, {@code .pgpass} and login name. */
    public PgConnectionSpec withCredentials() {
        Map<String, String> env = System.getenv();
        return withCredentials(env, PgPassFile.defaultLocation(env, Path.of(System.getProperty("user.home"))),
                System.getProperty("user.name"));
    }

    /** The driver's address, without user or password: those go in {@link #connectionProperties()}. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                .append('/').append(encode(database));
        String separator = "?";
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            url.append(separator).append(encode(option.getKey())).append('=').append(encode(option.getValue()));
            separator = "&";
        }
        return url.toString();
    }

    /** The user and password for {@code DriverManager.getConnection(jdbcUrl(), properties)}. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        return properties;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public Optional<String> user() {
        return user;
    }

    public boolean hasPassword() {
        return password.isPresent();
    }

    /** The same address with a password typed for this session (a connection dialog); never shown or saved. */
    public PgConnectionSpec withPassword(String secret) {
        return new PgConnectionSpec(host, port, database, options, user, Optional.of(secret));
    }

    /** The same server, another database (tests give each class a database of its own). */
    public PgConnectionSpec withDatabase(String otherDatabase) {
        return new PgConnectionSpec(host, port, otherDatabase, options, user, password);
    }

    /** The address as a user would write it, with the user but never the password. */
    @Override
    public String toString() {
        return "postgresql://" + user.map(u -> encode(u) + "@").orElse("") + host + ":" + port + "/" + encode(database);
    }

    private String bareHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(String address, String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PgConfigException(address + ": the port must be a number from 1 to 65535, not '" + text + "'");
    }

    private static Map<String, String> options(String address, String query) {
        Map<String, String> options = new TreeMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new PgConfigException(address + ": the option '" + pair + "' is not NAME=VALUE");
            }
            options.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return options;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
