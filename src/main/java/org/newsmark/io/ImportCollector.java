package org.newsmark.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Mutable accumulator a reader fills; becomes an {@link ImportBatch}. Made with a sink, it hands
 * each document on instead of keeping it (a streaming read).
 */
final class ImportCollector {

    private final List<AnnotatedDocument> documents = new ArrayList<>();
    private final DatasetReader.DocumentSink sink;
    private int count;
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> relationTypes = new LinkedHashSet<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<DocumentTally> tallies = new ArrayList<>();
    private final Map<AnnotatedDocument, DocumentTally> built = new IdentityHashMap<>();

    ImportCollector() {
        this(null);
    }

    ImportCollector(DatasetReader.DocumentSink sink) {
        this.sink = sink;
    }

    /** Adds the next document, with the tally its assembler {@link #built} it with. */
    void add(AnnotatedDocument document) throws DatasetException {
        count++;
        DocumentTally tally = built.remove(document);
        tallies.add(tally == null ? DocumentTally.NONE : tally);
        if (sink == null) {
            documents.add(document);
        } else {
            sink.accept(document);
        }
        document.spans().stream().map(Span::label).forEach(labels::add);
        document.relations().stream().map(Relation::type).forEach(relationTypes::add);
    }

    void skip(String kind) {
        skip(kind, 1);
    }

    void skip(String kind, int n) {
        if (n > 0) {
            skipped.merge(kind, n, Integer::sum);
        }
    }

    /**
     * Records the tally of a document an assembler built, for when it is {@link #add}ed. Its skipped
     * kinds must already be counted with {@link #skip}.
     */
    void built(AnnotatedDocument document, DocumentTally tally) {
        if (!tally.equals(DocumentTally.NONE)) {
            built.put(document, tally);
        }
    }

    void warn(String warning) {
        if (warnings.size() < 50) {
            warnings.add(warning);
        }
    }

    int documentCount() {
        return count;
    }

    ImportBatch batch() {
        return new ImportBatch(documents, List.copyOf(labels), List.copyOf(relationTypes), skipped, warnings, tallies);
    }
}
