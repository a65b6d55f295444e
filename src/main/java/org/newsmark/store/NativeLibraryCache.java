package org.newsmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.CRC32;
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

    private static final String PART = ".part";
    /** A partial copy this old was left by a process that died while writing it (a live one takes well under a second). */
    private static final Duration ABANDONED = Duration.ofHours(1);

    /**
     * Whether the copy holds the jar's bytes: the jar records each entry's CRC-32, so a copy of the right size that
     * is not the library (zeros after a power cut) is written again rather than handed to the driver, which would
     * then fall back to unpacking its own copy on every start. Outside a jar, the size has to do.
     */
    private static boolean sameContent(URLConnection connection, Path library) throws IOException {
        if (!(connection instanceof JarURLConnection jar)) {
            return true;
        }
        long expected = jar.getJarEntry().getCrc();
        if (expected < 0) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(library));
        return crc.getValue() == expected;
    }

    /** Deletes partial copies of {@code name} that a killed process left behind long ago. */
    private static void removeAbandonedParts(Path versionFolder, String name) {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(versionFolder, name + "*" + PART)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            // a part that cannot be listed or removed takes some room and nothing else
        }
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
            if (size > 0 && Files.isRegularFile(library) && Files.size(library) == size && sameContent(connection, library)) {
                return Optional.of(library);
            }
            Files.createDirectories(library.getParent());
            removeAbandonedParts(library.getParent(), name);
            Path partial = Files.createTempFile(library.getParent(), name, PART);
            try (InputStream in = connection.getInputStream();
                 FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.transferFrom(Channels.newChannel(in), 0, Long.MAX_VALUE);
                out.force(true); // on disk before the rename makes it the library: a power cut leaves no empty file in its place
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            try {
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
