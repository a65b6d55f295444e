package org.newsmark.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.newsmark.model.AnnotatedDocument;

/**
 * What a reader found: documents with local span ids (unique per document, relations refer to
 * them, document ids 0), the span labels and relation types met in order of first appearance, and
 * what was skipped, counted by kind ({@code skipped}: all of it, for every document read).
 * {@code tallies} holds what belongs to each document read, in reading order (streamed documents
 * included), so that {@link #skippedFor} and {@link #notesFor} can count only the documents stored.
 */
public record ImportBatch(List<AnnotatedDocument> documents, List<String> labels, List<String> relationTypes,
                          Map<String, Integer> skipped, List<String> warnings, List<DocumentTally> tallies) {

    public ImportBatch {
        documents = List.copyOf(documents);
        labels = List.copyOf(labels);
        relationTypes = List.copyOf(relationTypes);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        warnings = List.copyOf(warnings);
        tallies = List.copyOf(tallies);
    }

    /** A batch without per-document tallies: everything skipped counts whatever is stored. */
    public ImportBatch(List<AnnotatedDocument> documents, List<String> labels, List<String> relationTypes,
                       Map<String, Integer> skipped, List<String> warnings) {
        this(documents, labels, relationTypes, skipped, warnings, List.of());
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

    /**
     * What was skipped, counting of the per-document kinds only the documents whose reading index
     * {@code stored} accepts; what belongs to no document (a rejected task, say) always counts.
     */
    public Map<String, Integer> skippedFor(IntPredicate stored) {
        Map<String, Integer> out = new LinkedHashMap<>(skipped);
        for (int i = 0; i < tallies.size(); i++) {
            if (!stored.test(i)) {
                tallies.get(i).skipped().forEach((kind, n) -> out.merge(kind, -n, Integer::sum));
            }
        }
        out.values().removeIf(n -> n <= 0);
        return out;
    }

    /** The notes of the documents whose reading index {@code stored} accepts, summed by kind. */
    public Map<String, Integer> notesFor(IntPredicate stored) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < tallies.size(); i++) {
            if (stored.test(i)) {
                DocumentTally.addAll(out, tallies.get(i).notes());
            }
        }
        return out;
    }
}
