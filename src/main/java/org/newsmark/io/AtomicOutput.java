package org.newsmark.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A file or a folder written under a temporary name beside its target ({@code .NAME.RANDOM.tmp}: hidden,
 * and with an extension no reader takes) and moved into place by an atomic rename only once complete,
 * so the target holds the previous version or the new one, never a part. Every file Newsmark exports
 * is written through this class.
 *
 * <p>{@link #close()} without {@link #commit()} deletes the temporary copy, as does the JVM's exit after
 * a SIGTERM; a process killed outright leaves it beside the target, never under the target's name.
 */
public final class AtomicOutput implements Closeable {

    private static final String SUFFIX = ".tmp";
    private static final int MAX_NAME = 100;
    private static final int SYNC_THREADS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly),
                "newsmark-temporary-files"));
    }

    private final Path target;
    private final Path staging;
    private final boolean folder;
    private boolean done;

    private AtomicOutput(Path target, Path staging, boolean folder) {
        this.target = target;
        this.staging = staging;
        this.folder = folder;
        PENDING.add(staging);
    }

    /** A file to be written at {@link #path()} and moved to {@code target} (replacing a file there) on commit. */
    public static AtomicOutput file(Path target) throws IOException {
        Path absolute = absolute(target);
        Path staging = stagingPath(absolute);
        Files.newByteChannel(staging, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return new AtomicOutput(absolute, staging, false);
    }

    /**
     * A folder to be filled at {@link #path()} and moved to {@code target} on commit. An existing empty
     * {@code target} is replaced; a non-empty one only when {@code replace} is set, and then whole
     * (it is renamed aside, the new folder renamed in, and the old one deleted).
     */
    public static AtomicOutput folder(Path target, boolean replace) throws IOException {
        Path absolute = absolute(target);
        if (!replace && !isEmptyOrMissing(absolute)) {
            throw new DirectoryNotEmptyException(absolute.toString());
        }
        Path staging = stagingPath(absolute);
        Files.createDirectory(staging);
        return new AtomicOutput(absolute, staging, true);
    }

    /** Where to write: the temporary file or folder. */
    public Path path() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Flushes the temporary copy to the disk and renames it to the target. */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or abandoned: " + target);
        }
        syncTree(staging);
        if (folder && Files.isDirectory(target) && !isEmptyOrMissing(target)) {
            swapFolder();
        } else {
            if (folder && Files.isDirectory(target)) {
                Files.delete(target); // empty: rename(2) would replace it, other systems may not
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        done = true;
        PENDING.remove(staging);
        syncDirectory(target.getParent());
    }

    private void swapFolder() throws IOException {
        Path old = stagingPath(target);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        PENDING.add(old);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            PENDING.remove(old);
            throw e;
        }
        deleteQuietly(old);
        PENDING.remove(old);
    }

    /** Deletes the temporary copy unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                deleteTree(staging);
            } finally {
                PENDING.remove(staging);
            }
        }
    }

    private static Path absolute(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new IOException(target + ": cannot write over the root of the file system");
        }
        Files.createDirectories(absolute.getParent());
        return absolute;
    }

    private static Path stagingPath(Path target) {
        String name = target.getFileName().toString();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return target.resolveSibling("." + name + "." + HexFormat.of().formatHex(random) + SUFFIX);
    }

    private static boolean isEmptyOrMissing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void syncTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            sync(root);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        // one fsync after another costs a few milliseconds a file; side by side they share the disk's flushes
        ExecutorService pool = Executors.newFixedThreadPool(SYNC_THREADS, r -> {
            Thread t = new Thread(r, "newsmark-sync");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<Void>> syncs = files.stream().<Callable<Void>>map(file -> () -> {
                sync(file);
                return null;
            }).toList();
            for (Future<Void> done : pool.invokeAll(syncs)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while flushing " + root);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        syncDirectory(root);
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable; some systems (Windows) cannot open a folder, and need not. */
    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the rename itself is atomic either way
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException e) {
                    deleteTree(p); // a file appeared meanwhile (a writer still running at exit)
                }
            }
        } catch (NoSuchFileException | UncheckedIOException ignored) {
            // already gone, or going
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // a leftover hidden .tmp beside the target is harmless and clearly named
        }
    }
}
