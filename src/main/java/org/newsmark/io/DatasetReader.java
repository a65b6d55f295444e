package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsmark.model.AnnotatedDocument;

/**
 * An import: parses every input completely, or fails before returning anything; or streams the
 * documents to a sink as they are read.
 */
public interface DatasetReader {

    /**
     * @param inputs files, or folders whose files of the format's extensions are read (sorted by name)
     */
    ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException;

    /** Takes the documents of a streaming read one at a time. */
    @FunctionalInterface
    interface DocumentSink {
        void accept(AnnotatedDocument document) throws DatasetException;
    }

    /**
     * Reads like {@link #read(List, ImportOptions)} but hands each document to {@code sink} as soon as
     * it is complete instead of keeping it, so memory stays flat for readers that stream (the JSONL
     * and CoNLL readers; the others read everything first). The batch returned has no documents.
     * An error may come after documents were handed over: the caller must be able to undo them
     * (the import stores them in one transaction).
     */
    default ImportBatch read(List<Path> inputs, ImportOptions options, DocumentSink sink)
            throws DatasetException, IOException {
        ImportBatch all = read(inputs, options);
        for (AnnotatedDocument document : all.documents()) {
            sink.accept(document);
        }
        return new ImportBatch(List.of(), all.labels(), all.relationTypes(), all.skipped(), all.warnings(),
                all.tallies());
    }
}
