package org.newsmark.ui.article.highlight;

import java.util.Objects;
import org.newsmark.model.TextRange;

/** A suggested span as the highlighter draws it: a dashed outline in its label's colour, never a fill. */
public record Proposal(TextRange range, String label) {

    public Proposal {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(label, "label");
    }

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }
}
