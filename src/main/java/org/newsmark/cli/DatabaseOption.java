package org.newsmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsmark.app.DataPaths;
import picocli.CommandLine.Option;

/** {@code --db FILE}, or {@code $NEWSMARK_DB} when the option is left out. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "the Newsmark database (default: $NEWSMARK_DB)")
    private Path db;

    /** The database to use; it must exist unless {@code create} is true. */
    Path resolve(Terminal terminal, boolean create) {
        Path file = Optional.ofNullable(db).or(() -> Optional.ofNullable(terminal.env().get(DataPaths.DB_VARIABLE))
                        .filter(v -> !v.isBlank()).map(Path::of))
                .orElseThrow(() -> new BadInputException("no database: give --db FILE or set $" + DataPaths.DB_VARIABLE));
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
        return file;
    }
}
