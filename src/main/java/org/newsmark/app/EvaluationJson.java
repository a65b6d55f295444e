package org.newsmark.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.suggest.Evaluator;

/**
 * {@code evaluate --json}: per label, exact and overlap counts with precision, recall and F1; the
 * {@code said_by} agreement; which gold documents were scored. The numbers are those of the table.
 */
final class EvaluationJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {
    }

    static String of(GoldEvaluation.Result result, boolean details) {
        Evaluator.Report report = result.report();
        Map<String, Object> labels = new TreeMap<>();
        report.labels().forEach((name, scores) -> {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("exact", counts(scores.exact()));
            both.put("overlap", counts(scores.overlap()));
            labels.put(name, both);
        });
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("matchedQuotes", report.matchedQuotes());
        links.put("correct", report.correctLinks());
        links.put("accuracy", report.linkAccuracy());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("matchedDocuments", result.matched());
        root.put("unmatchedDocuments", result.unmatched());
        root.put("labels", labels);
        root.put("saidBy", links);
        if (details) {
            root.put("differences", report.differences().stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("label", d.label());
                m.put("kind", d.kind());
                m.put("document", d.document());
                m.put("start", d.start());
                m.put("end", d.end());
                m.put("text", d.text());
                m.put("boundary", d.boundary());
                return m;
            }).toList());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores are always writable as JSON", e);
        }
    }

    private static Map<String, Object> counts(Evaluator.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("predicted", c.predicted());
        m.put("gold", c.gold());
        m.put("precision", c.precision());
        m.put("recall", c.recall());
        m.put("f1", c.f1());
        return m;
    }
}
