package org.newsmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library unpacked in a cache folder. Left to itself the driver unpacks
 * it from the jar into the temporary folder on every start, compares it with the copy there and
 * cleans up older ones: a fifth of a second before the first database opens, on every start of the
 * window and of every command. The cache holds one copy per driver version, written whole or not at
 * all; where it cannot be written the driver does as it always did.
 */
public final class NativeLibraryCache {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private NativeLibraryCache() {
    }

    /** Makes the driver load its library from {@code folder}, unpacking it there first if need be; the caller's own setting wins. */
    public static void use(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        prepare(folder).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /** The driver's library for this machine, whole, in its version's folder under {@code folder}; empty when the jar has none or the folder cannot be written. */
    static Optional<Path> prepare(Path folder) {
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            Path library = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform).resolve(name);
            if (size > 0 && Files.isRegularFile(library) && Files.size(library) == size) {
                return Optional.of(library);
            }
            Files.createDirectories(library.getParent());
            Path partial = Files.createTempFile(library.getParent(), name, ".part");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
