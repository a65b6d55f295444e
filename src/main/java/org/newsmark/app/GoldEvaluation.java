package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.io.DatasetException;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ImportBatch;
import org.newsmark.io.ImportOptions;
import org.newsmark.io.TextOffsets;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.SpanKey;

/**
 * {@code newsmark evaluate}: compares the spans and links in the store with a gold file. Documents are
 * matched by the hash of their text; gold documents the store lacks are listed, not scored.
 */
public final class GoldEvaluation {

    /**
     * @param report    scores over the matched documents (store as predicted, gold as gold)
     * @param matched   gold documents found in the store
     * @param unmatched names of gold documents whose text the store does not have
     */
    public record Result(Evaluator.Report report, int matched, List<String> unmatched) {
        public Result {
            unmatched = List.copyOf(unmatched);
        }

        /** The report's table, then which gold documents were scored. */
        public String text() {
            return text(false);
        }

        /**
         * The table; with {@code details}, per label the gold spans missed and the false ones (document,
         * offsets in the gold file's unit, text); then which gold documents were scored.
         */
        public String text(boolean details) {
            StringBuilder sb = new StringBuilder(report.table());
            if (details) {
                sb.append(report.details());
            }
            sb.append(String.format("%d of %d gold documents found in the store%n", matched, matched + unmatched.size()));
            unmatched.forEach(name -> sb.append("  not in the store: ").append(name).append(System.lineSeparator()));
            return sb.toString().stripTrailing();
        }

        /** The same numbers as JSON (see {@link EvaluationJson}). */
        public String json() {
            return EvaluationJson.of(this, false);
        }

        /** The JSON, with {@code details} also every difference ({@code differences}). */
        public String json(boolean details) {
            return EvaluationJson.of(this, details);
        }
    }

    private GoldEvaluation() {
    }

    /** Reads {@code gold} in {@code format} (detected from the file when empty) and scores the store against it. */
    public static Result evaluate(Store store, Path gold, Optional<DatasetFormat> format)
            throws IOException, DatasetException {
        DatasetFormat f = format.isPresent() ? format.get() : DatasetFormat.detect(gold)
                .orElseThrow(() -> new IllegalArgumentException("cannot tell the format of " + gold + "; give --format"));
        ImportBatch batch = f.reader().read(List.of(gold), ImportOptions.defaults());
        Evaluator.Report total = Evaluator.Report.empty();
        int matched = 0;
        List<String> unmatched = new ArrayList<>();
        for (AnnotatedDocument g : batch.documents()) {
            String text = g.document().text();
            Optional<Long> id = store.documents().findByText(text);
            if (id.isEmpty()) {
                unmatched.add(g.document().name());
                continue;
            }
            matched++;
            long documentId = id.get();
            Evaluator.Annotation stored = store.read(() -> annotation(store.spans().forDocument(documentId),
                    store.relations().forDocument(documentId)));
            TextOffsets offsets = TextOffsets.of(text, ImportOptions.defaults().offsets());
            total = total.plus(Evaluator.compare(g.document().name(), text, stored, annotation(g.spans(), g.relations()))
                    .withOffsets(offsets::toExternal));
        }
        return new Result(total, matched, unmatched);
    }

    /** Spans and {@code said_by} relations as the evaluator sees them. */
    static Evaluator.Annotation annotation(List<Span> spans, List<Relation> relations) {
        Map<Long, SpanKey> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.id(), SpanKey.of(s)));
        List<Evaluator.Link> links = relations.stream()
                .filter(r -> r.type().equals(Relation.SAID_BY))
                .filter(r -> byId.containsKey(r.fromSpanId()) && byId.containsKey(r.toSpanId()))
                .map(r -> new Evaluator.Link(byId.get(r.fromSpanId()), byId.get(r.toSpanId())))
                .toList();
        return new Evaluator.Annotation(spans.stream().map(SpanKey::of).toList(), links);
    }
}
