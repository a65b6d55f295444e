package org.newsmark.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.AnnotatedDocument;

/**
 * What a reader found: documents with local span ids (unique per document, relations refer to
 * them, document ids 0), the span labels and relation types met in order of first appearance, and
 * what was skipped, counted by kind.
 */
public record ImportBatch(List<AnnotatedDocument> documents, List<String> labels, List<String> relationTypes,
                          Map<String, Integer> skipped, List<String> warnings) {

    public ImportBatch {
        documents = List.copyOf(documents);
        labels = List.copyOf(labels);
        relationTypes = List.copyOf(relationTypes);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        warnings = List.copyOf(warnings);
    }

    public int spanCount() {
        return documents.stream().mapToInt(d -> d.spans().size()).sum();
    }

    public int relationCount() {
        return documents.stream().mapToInt(d -> d.relations().size()).sum();
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
