package org.newsmark.store.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PostgreSQL password file ({@code ~/.pgpass}) read as libpq reads it: one
 * {@code hostname:port:database:username:password} a line, {@code #} lines are comments, a field that
 * is exactly {@code *} matches anything, {@code \:} and {@code \\} stand for a colon and a backslash,
 * the first matching line wins and lines with fewer than five fields are passed over.
 */
public final class PgPassFile {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PgPassFile() {
    }

    /**
     * The password of the first line matching the connection, or empty when the file does not exist or
     * no line matches.
     *
     * @throws PgConfigException the file can be read by others (libpq would ignore it, leaving the user
     *                           to wonder why the password is refused) or cannot be read at all
     */
    public static Optional<String> password(Path file, String host, int port, String database, String user) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new PgConfigException(file + ": is not a regular file, so it cannot hold passwords");
        }
        refuseOpenPermissions(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PgConfigException(file + ": cannot be read: " + e.getMessage());
        }
        List<String> wanted = List.of(host, Integer.toString(port), database, user);
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            List<Field> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < wanted.size() && matches; i++) {
                matches = fields.get(i).matches(wanted.get(i));
            }
            if (matches) {
                return Optional.of(fields.get(4).value());
            }
        }
        return Optional.empty();
    }

    /** The default file: {@code $PGPASSFILE}, else {@code %APPDATA%\postgresql\pgpass.conf} on Windows, else {@code ~/.pgpass}. */
    public static Path defaultLocation(Map<String, String> env, Path home) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String appData = env.get("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    private static void refuseOpenPermissions(Path file) {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return; // Windows: the folder under %APPDATA% is the protection, as for libpq
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.retainAll(GROUP_OR_OTHERS);
            if (!permissions.isEmpty()) {
                throw new PgConfigException(file + ": can be read or written by other users, so PostgreSQL ignores it;"
                        + " make it private with: chmod 0600 " + file);
            }
        } catch (IOException e) {
            throw new PgConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The fields of a line, unescaped; each field ends at an unescaped colon, the password too. */
    private static List<Field> fields(String line) {
        List<Field> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < line.length() && fields.size() < 5; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                raw.append(c).append(line.charAt(i + 1));
                value.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(new Field(raw.toString(), value.toString()));
                raw.setLength(0);
                value.setLength(0);
            } else {
                raw.append(c);
                value.append(c);
            }
        }
        if (fields.size() < 5) {
            fields.add(new Field(raw.toString(), value.toString()));
        }
        return fields;
    }

    private record Field(String raw, String value) {

        boolean matches(String wanted) {
            return raw.equals("*") || value.equals(wanted);
        }
    }
}
