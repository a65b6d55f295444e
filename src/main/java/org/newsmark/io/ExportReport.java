package org.newsmark.io;

import java.util.List;
import java.util.Map;

/**
 * What an export did.
 *
 * @param documents        documents written
 * @param spans            spans written
 * @param relations        relations written
 * @param droppedSpans     spans not written, counted by reason (insertion order)
 * @param droppedRelations relations not written, counted by reason
 * @param extendedSpans    spans widened to the enclosing tokens (CoNLL)
 * @param warnings         other things worth telling the user
 */
public record ExportReport(int documents, int spans, int relations, Map<String, Integer> droppedSpans,
                           Map<String, Integer> droppedRelations, int extendedSpans, List<String> warnings) {

    public ExportReport {
        droppedSpans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(droppedSpans));
        droppedRelations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(droppedRelations));
        warnings = List.copyOf(warnings);
    }

    public int spansDropped() {
        return droppedSpans.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int relationsDropped() {
        return droppedRelations.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A few human-readable lines for a CLI or a dialog. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(documents).append(" documents, ").append(spans).append(" spans, ")
                .append(relations).append(" relations written");
        if (extendedSpans > 0) {
            sb.append("\n").append(extendedSpans).append(" spans extended to token boundaries");
        }
        droppedSpans.forEach((why, n) -> sb.append("\n").append(n).append(" spans dropped: ").append(why));
        droppedRelations.forEach((why, n) -> sb.append("\n").append(n).append(" relations dropped: ").append(why));
        warnings.forEach(w -> sb.append("\nwarning: ").append(w));
        return sb.toString();
    }
}
