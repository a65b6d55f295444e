package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads plain articles: a {@code .txt} file, several, or a folder of them. One document per file,
 * named after the file; the first line is the headline (the title). The text is kept exactly,
 * only a UTF-8 byte-order mark is dropped; invalid UTF-8, binary and empty files are errors.
 */
public final class TxtReader implements DatasetReader {

    @Override
    public ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException {
        ImportCollector collector = new ImportCollector();
        for (Path file : InputFiles.expand(inputs, Set.of("txt"))) {
            String text = StrictText.read(file, false);
            if (text.isBlank()) {
                throw new DatasetException(file, 1, "file holds only whitespace");
            }
            DocumentAssembler doc = new DocumentAssembler(file, text, options.offsets(), "txt", collector);
            collector.add(doc.build(InputFiles.stem(file), Map.of()));
        }
        return collector.batch();
    }
}
