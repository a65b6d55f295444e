package org.newsmark.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsmark.model.DocumentStatus;
import org.newsmark.store.Store;

/**
 * What a database holds: documents by status, spans per label, relations per type.
 *
 * @param documentsByStatus every status, in workflow order
 * @param spansByLabel      every label of the scheme, in bar order
 * @param relationsByType   relation types that occur, most frequent first
 */
public record CorpusStats(Map<String, Integer> documentsByStatus, Map<String, Integer> spansByLabel,
                          Map<String, Integer> relationsByType) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CorpusStats {
        documentsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(documentsByStatus));
        spansByLabel = Collections.unmodifiableMap(new LinkedHashMap<>(spansByLabel));
        relationsByType = Collections.unmodifiableMap(new LinkedHashMap<>(relationsByType));
    }

    public static CorpusStats of(Store store) {
        return store.read(() -> {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            store.documents().countsByStatus().forEach((status, n) -> byStatus.put(status.code(), n));
            return new CorpusStats(byStatus, store.spans().countsByLabel(), store.relations().countsByType());
        });
    }

    public int documents() {
        return sum(documentsByStatus);
    }

    public int spans() {
        return sum(spansByLabel);
    }

    public int relations() {
        return sum(relationsByType);
    }

    public int documentsWith(DocumentStatus status) {
        return documentsByStatus.getOrDefault(status.code(), 0);
    }

    /** Aligned lines for a terminal. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        section(sb, "documents", documents(), documentsByStatus);
        section(sb, "spans", spans(), spansByLabel);
        section(sb, "relations", relations(), relationsByType);
        return sb.toString().stripTrailing();
    }

    /** The same figures as a JSON object: totals and the three breakdowns. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", documents());
        root.put("spans", spans());
        root.put("relations", relations());
        root.put("documentsByStatus", documentsByStatus);
        root.put("spansByLabel", spansByLabel);
        root.put("relationsByType", relationsByType);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts are always writable as JSON", e);
        }
    }

    private static void section(StringBuilder sb, String title, int total, Map<String, Integer> counts) {
        sb.append(String.format("%-14s %8d%n", title, total));
        counts.forEach((name, n) -> sb.append(String.format("  %-12s %8d%n", name, n)));
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
