package org.newsmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsmark.suggest.Gazetteer;
import org.newsmark.suggest.Gazetteers;

/**
 * The analyst's own gazetteer, kept beside the database ({@code NAME.db} → {@code NAME.gazetteer.txt}):
 * one name a line, a tab and the label after it. The window adds to it; suggestions use it.
 */
public final class UserGazetteer {

    private static final String HEADER = "# Names the analyst added in Newsmark: name<TAB>label. Edit freely.\n";

    private final Path file;

    public UserGazetteer(Path file) {
        this.file = file;
    }

    /** The gazetteer that belongs to a database file. */
    public static UserGazetteer beside(Path database) {
        String name = database.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return new UserGazetteer(database.resolveSibling(stem + ".gazetteer.txt"));
    }

    /**
     * The gazetteer of a workspace: beside its file, or for a corpus on a server in this user's data
     * folder, named after the server and database.
     */
    public static UserGazetteer of(Workspace workspace) {
        return workspace.localFile().map(UserGazetteer::beside).orElseGet(() -> new UserGazetteer(
                DataPaths.dataFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")))
                        .resolve(workspace.location().replaceFirst("^postgresql://", "")
                        .replaceAll("[^A-Za-z0-9._-]+", "_") + ".gazetteer.txt")));
    }

    public Path file() {
        return file;
    }

    /** Adds a name for a label; names are single-line and trimmed. */
    public void add(String name, String label) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.contains("#")) {
            throw new IllegalArgumentException("a gazetteer name must be non-empty text without '#'");
        }
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, HEADER, StandardCharsets.UTF_8);
            }
            Files.writeString(file, clean + "\t" + label + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot add to the gazetteer: " + e.getMessage(), e);
        }
    }

    /** The names in the file, or an empty gazetteer when there is none yet. */
    public Gazetteer load() {
        if (!Files.exists(file)) {
            return Gazetteer.empty();
        }
        try {
            return Gazetteers.fromFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the gazetteer: " + e.getMessage(), e);
        }
    }
}
