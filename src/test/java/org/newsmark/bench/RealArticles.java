package org.newsmark.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.model.Document;

/**
 * Whole Wikinews articles of about 5 KB from the test samples, in file and row order: the repository's
 * corpus/ holds none that long (its largest is 3.7 KB).
 */
final class RealArticles {

    private RealArticles() {
    }

    /** The first {@code count} articles of 4,500 to 5,500 characters. */
    static List<Document> aboutFiveKb(Path dir, int count) throws Exception {
        List<Document> found = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                        String text = r.get("title") + "\n" + r.get("text").strip();
                        if (text.length() >= 4_500 && text.length() <= 5_500 && found.size() < count) {
                            found.add(Document.of(csv.getFileName() + ":" + r.getRecordNumber(), text));
                        }
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new IllegalStateException(dir + ": fewer than " + count + " articles of about 5 KB");
        }
        return found;
    }
}
