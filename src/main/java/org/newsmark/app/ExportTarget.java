package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsmark.io.DatasetException;
import org.newsmark.io.DatasetFormat;

/**
 * Where an export may be written, checked before anything is: never over the database, its SQLite
 * side files or a folder holding them; a file format needs a file name, brat a folder that is new,
 * empty or (when replacing) holds only a brat export. Paths are compared after resolving symbolic
 * links and {@code ..}, so a relative or linked name for the database is caught too.
 */
final class ExportTarget {

    private static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");

    private ExportTarget() {
    }

    /** {@code database} is the SQLite file, or empty for a database on a server (which no export can overwrite). */
    static void check(Path out, DatasetFormat format, boolean replace, Optional<Path> database) throws DatasetException, IOException {
        if (database.isPresent()) {
            refuseDatabase(out, database.get());
        }
        Optional<Path> folder = nearestExisting(real(out.toAbsolutePath().normalize().getParent()));
        if (folder.isPresent() && !Files.isDirectory(folder.get())) {
            throw new DatasetException(out, 0, folder.get() + " is a file, not a folder");
        }
        if (folder.isPresent() && !Files.isWritable(folder.get())) {
            throw new DatasetException(out, 0, "cannot write in the folder " + folder.get() + " (permission denied)");
        }
        if (format.writesFolder()) {
            checkFolder(out, replace);
        } else if (Files.isDirectory(out)) {
            throw new DatasetException(out, 0, "is a folder; " + format.code() + " writes one file: give a file name");
        } else if (Files.exists(out) && !Files.isWritable(out)) {
            throw new DatasetException(out, 0, "is read-only; refusing to replace it");
        }
    }

    private static void refuseDatabase(Path out, Path database) throws DatasetException, IOException {
        Path target = real(out.toAbsolutePath().normalize());
        Path db = real(database.toAbsolutePath().normalize());
        for (String suffix : SIDE_FILES) {
            Path side = db.resolveSibling(db.getFileName() + suffix);
            if (target.equals(side) || Files.exists(out) && Files.exists(side) && Files.isSameFile(out, side)) {
                throw new DatasetException(out, 0, "is the database " + (suffix.isEmpty() ? "" : "file " + side.getFileName()
                        + " of ") + database + "; refusing to write the export over it");
            }
        }
        if (db.startsWith(target)) {
            throw new DatasetException(out, 0, "holds the database " + database + "; refusing to write the export over it");
        }
    }

    private static void checkFolder(Path out, boolean replace) throws DatasetException, IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new DatasetException(out, 0, "is a file; brat writes a folder of .txt and .ann files: give a folder name");
        }
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(out)) {
            entries = list.sorted().toList();
        }
        if (entries.isEmpty()) {
            return;
        }
        if (!replace) {
            throw new DatasetException(entries.get(0), 0, "the brat folder " + out + " is not empty (" + entries.size()
                    + " entries); choose a new or empty folder, or replace the folder whole (--replace)");
        }
        Optional<Path> foreign = entries.stream().filter(p -> !isBratExportFile(p)).findFirst();
        if (foreign.isPresent()) {
            throw new DatasetException(foreign.get(), 0, "is not part of a brat export; refusing to replace the folder "
                    + out + ", which holds other things");
        }
    }

    /**
     * What {@code BratWriter} writes: {@code NAME.txt}, {@code NAME.ann} and {@code annotation.conf};
     * and the export's dataset card.
     */
    private static boolean isBratExportFile(Path entry) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(entry) && !Files.isSymbolicLink(entry)
                && (name.endsWith(".txt") || name.endsWith(".ann") || name.equals("annotation.conf")
                    || name.equals(ExportCard.FILE_NAME.toLowerCase(Locale.ROOT)));
    }

    /** The dataset card's path may be neither the database nor a folder. */
    static void checkCard(Path card, Optional<Path> database) throws DatasetException, IOException {
        if (database.isPresent()) {
            refuseDatabase(card, database.get());
        }
        if (Files.isDirectory(card)) {
            throw new DatasetException(card, 0, "is a folder; the export's dataset card goes there (export without a card, or elsewhere)");
        }
    }

    /** The path with its longest existing part resolved to the real one (links followed). */
    private static Path real(Path absolute) throws IOException {
        Path existing = absolute;
        Path rest = absolute.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(rest).normalize();
    }

    private static Optional<Path> nearestExisting(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return Optional.ofNullable(p);
    }
}
