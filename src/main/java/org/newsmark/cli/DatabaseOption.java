package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsmark.app.DataPaths;
import org.newsmark.app.Workspace;
import picocli.CommandLine.Option;

/**
 * {@code --db FILE|postgresql://HOST[:PORT]/DATABASE}, or {@code $NEWSMARK_DB} when the option is
 * left out: an SQLite file, or a database on a PostgreSQL server shared by a team.
 */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "the Newsmark database: a file, or postgresql://host:5432/name (default: $NEWSMARK_DB)")
    private String db;

    /**
     * The database to use, a file's path or a server's address; a file must exist unless {@code create}
     * is true (a server's database is checked when it is opened).
     */
    String resolve(Terminal terminal, boolean create) {
        String location = Optional.ofNullable(db).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(terminal.env().get(DataPaths.DB_VARIABLE)).filter(v -> !v.isBlank()))
                .orElseThrow(() -> new BadInputException("no database: give --db FILE or set $" + DataPaths.DB_VARIABLE));
        return check(location, create);
    }

    /** A database named by another option ({@code copy-store --from/--to}), checked as {@code --db} is. */
    static String check(String location, boolean create) {
        if (Workspace.isServerAddress(location)) {
            return location;
        }
        Path file = Path.of(location);
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ":0: is a folder, not a database file");
        }
        if (!create && !Files.isRegularFile(file)) {
            throw new BadInputException(file + ":0: no such database");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (create && folder != null && !Files.isDirectory(folder)) {
            throw new BadInputException(file + ":0: the folder " + folder + " does not exist");
        }
        return location;
    }
}
