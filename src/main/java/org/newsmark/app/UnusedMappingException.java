package org.newsmark.app;

import java.util.List;

/** A strict import refused (nothing stored): its label map renames labels that no span has. */
public final class UnusedMappingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> labels;

    UnusedMappingException(List<String> labels) {
        super("the label map renames labels no span has: " + String.join(", ", labels));
        this.labels = List.copyOf(labels);
    }

    /** The renamed labels that no span has, sorted. */
    public List<String> labels() {
        return labels;
    }
}
