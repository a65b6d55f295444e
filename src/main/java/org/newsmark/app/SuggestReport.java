package org.newsmark.app;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of {@code newsmark suggest} found (and stored, when {@code applied}).
 *
 * @param documents    documents looked at
 * @param spansByLabel suggested spans per label, in label order
 * @param links        suggested links whose ends are kept
 */
public record SuggestReport(boolean applied, int documents, Map<String, Integer> spansByLabel, int links) {

    public SuggestReport {
        spansByLabel = java.util.Collections.unmodifiableMap(new TreeMap<>(spansByLabel));
    }

    public int spans() {
        return spansByLabel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Aligned lines for a terminal: what was found (or stored) per label, then the links. */
    public String text() {
        StringBuilder sb = new StringBuilder(String.format("%s in %d documents%n",
                applied ? "stored" : "suggested", documents));
        sb.append(String.format("%-14s %8d%n", "spans", spans()));
        spansByLabel.forEach((label, n) -> sb.append(String.format("  %-12s %8d%n", label, n)));
        sb.append(String.format("%-14s %8d%n", "links", links));
        return sb.toString().stripTrailing();
    }
}
