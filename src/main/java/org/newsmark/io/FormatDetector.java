package org.newsmark.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Guesses a dataset's format from the extension and the first lines, never reading a whole file. */
final class FormatDetector {

    private static final int PEEK_LINES = 20;
    /** The last column of a CoNLL line: a BIO/IOBES tag. */
    private static final Pattern TAG = Pattern.compile("O|[BIES]-\\S+");
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \\t]+");

    private FormatDetector() {
    }

    static Optional<DatasetFormat> detect(Path input) throws DatasetException, IOException {
        if (Files.isDirectory(input)) {
            return folder(input);
        }
        if (!Files.isRegularFile(input)) {
            return Optional.empty();
        }
        return switch (InputFiles.extension(input)) {
            case "jsonl", "ndjson" -> Optional.of(jsonLines(input));
            case "json" -> firstLines(input, 1).stream().findFirst().filter(l -> l.strip().startsWith("["))
                    .map(l -> DatasetFormat.LABELSTUDIO);
            case "ann" -> Optional.of(DatasetFormat.BRAT);
            case "conll", "iob", "bio" -> Optional.of(DatasetFormat.CONLL);
            case "csv" -> Optional.of(DatasetFormat.CSV);
            case "txt" -> Optional.of(looksLikeConll(input) ? DatasetFormat.CONLL : DatasetFormat.TXT);
            default -> Optional.empty();
        };
    }

    /**
     * A folder with .ann files is brat; else its JSON files (.jsonl, .ndjson, .json) are looked at one
     * by one as single files are, and must all be of one format, which plain .txt files beside them
     * would not be read as; else .txt files make it a folder of articles.
     */
    private static Optional<DatasetFormat> folder(Path input) throws DatasetException, IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(input)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> exts = files.stream().map(InputFiles::extension).toList();
        if (exts.contains("ann")) {
            return Optional.of(DatasetFormat.BRAT);
        }
        Optional<DatasetFormat> found = Optional.empty();
        Path first = null;
        for (Path file : files) {
            String ext = InputFiles.extension(file);
            if (!JSON_EXTENSIONS.contains(ext)) {
                continue;
            }
            Optional<DatasetFormat> format = detect(file);
            if (format.isEmpty()) {
                throw new DatasetException(file, 0, "cannot tell the format of this file in " + input
                        + " from its first line; name the format (--format)");
            }
            if (found.isPresent() && found.get() != format.get()) {
                throw new DatasetException(file, 0, "looks like " + format.get().code() + " but " + first
                        + " in the same folder looks like " + found.get().code()
                        + "; import them separately or name the format");
            }
            found = format;
            first = first == null ? file : first;
        }
        if (found.isPresent() && exts.contains("txt")) {
            Path txt = files.get(exts.indexOf("txt"));
            throw new DatasetException(txt, 0, "a plain article beside " + found.get().code() + " files ("
                    + first.getFileName() + ") in the same folder; import them separately or name the format");
        }
        if (found.isPresent()) {
            return found;
        }
        return exts.contains("txt") ? Optional.of(DatasetFormat.TXT) : Optional.empty();
    }

    private static final java.util.Set<String> JSON_EXTENSIONS = java.util.Set.of("jsonl", "ndjson", "json");

    private static DatasetFormat jsonLines(Path input) throws IOException {
        for (String line : firstLines(input, 1)) {
            try {
                JsonNode first = Json.MAPPER.readTree(line);
                if (first != null && (first.has("tokens") || first.has("spans"))) {
                    return DatasetFormat.PRODIGY;
                }
            } catch (IOException e) {
                return DatasetFormat.DOCCANO; // the reader will report the broken line
            }
        }
        return DatasetFormat.DOCCANO;
    }

    private static boolean looksLikeConll(Path input) throws IOException {
        List<String> lines = firstLines(input, PEEK_LINES);
        return !lines.isEmpty() && lines.stream().map(String::strip)
                .allMatch(l -> l.startsWith("-DOCSTART-") || isTokenAndTag(l));
    }

    /**
     * A token, maybe more columns, and a tag last. Split rather than matched by one pattern: a pattern
     * with a repeated group recurses once per column, and a long line of prose overflowed the stack.
     */
    private static boolean isTokenAndTag(String line) {
        String[] columns = COLUMN_GAP.split(line);
        return columns.length >= 2 && !columns[0].isEmpty() && TAG.matcher(columns[columns.length - 1]).matches();
    }

    /** Up to {@code max} non-blank lines from the start, decoding leniently (this is only a guess). */
    private static List<String> firstLines(Path input, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(input), decoder))) {
            String line;
            while (lines.size() < max && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.replace("\uFEFF", ""));
                }
            }
        }
        return lines;
    }
}
