package org.newsmark.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.AnnotatedDocument;

/**
 * A reader of JSONL files: one JSON object a line, blank lines ignored, each object one document.
 * Subclasses turn an object into a document (or skip it, counted in the collector).
 */
abstract class JsonLinesReader implements DatasetReader {

    @Override
    public final ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException {
        return read(inputs, options, new ImportCollector());
    }

    @Override
    public final ImportBatch read(List<Path> inputs, ImportOptions options, DocumentSink sink)
            throws DatasetException, IOException {
        return read(inputs, options, new ImportCollector(sink));
    }

    private ImportBatch read(List<Path> inputs, ImportOptions options, ImportCollector collector)
            throws DatasetException, IOException {
        for (Path file : InputFiles.expand(inputs, Set.of("jsonl", "ndjson"))) {
            int[] ordinal = {0};
            StrictText.forEachLine(file, line -> {
                if (!line.isBlank()) {
                    ObjectNode obj = Json.parseObjectLine(line.text(), file, line.number());
                    Optional<AnnotatedDocument> document =
                            readObject(obj, file, line.number(), ++ordinal[0], options, collector);
                    if (document.isPresent()) {
                        collector.add(document.get());
                    }
                }
            });
            if (ordinal[0] == 0) {
                throw new DatasetException(file, 0, "no documents in the file");
            }
        }
        return collector.batch();
    }

    /** The document of one line's object, or empty when the object is skipped (and counted). */
    abstract Optional<AnnotatedDocument> readObject(ObjectNode obj, Path file, int line, int ordinal,
                                                    ImportOptions options, ImportCollector collector)
            throws DatasetException;
}
