package org.newsmark.io;

import java.util.Objects;
import java.util.Set;

/**
 * How to export.
 *
 * @param offsets the unit of the offsets written
 * @param labels  the labels to export; empty means all
 * @param nested  which span wins where a format cannot carry overlapping spans
 */
public record ExportOptions(OffsetUnit offsets, Set<String> labels, NestedPolicy nested) {

    public ExportOptions {
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(nested, "nested");
        labels = Set.copyOf(labels);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(OffsetUnit.CODEPOINT, Set.of(), NestedPolicy.OUTER);
    }

    public ExportOptions withOffsets(OffsetUnit unit) {
        return new ExportOptions(unit, labels, nested);
    }

    public ExportOptions withLabels(Set<String> subset) {
        return new ExportOptions(offsets, subset, nested);
    }

    public ExportOptions withNested(NestedPolicy policy) {
        return new ExportOptions(offsets, labels, policy);
    }

    public boolean exportsLabel(String label) {
        return labels.isEmpty() || labels.contains(label);
    }
}
