package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands reader inputs: a file stays, a folder gives its files with the wanted extensions. */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> expand(List<Path> inputs, Set<String> extensions) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(Files::isRegularFile)
                            .filter(p -> extensions.contains(extension(p)))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new java.nio.file.NoSuchFileException(input.toString());
            }
        }
        return files;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The name given to the n-th (1-based) document of a file when the file names none. */
    static String nameFor(Path file, int ordinal) {
        return stem(file) + "-" + ordinal;
    }
}
