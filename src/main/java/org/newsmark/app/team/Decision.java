package org.newsmark.app.team;

import java.util.Objects;
import org.newsmark.model.TextRange;

/** How a {@link Disagreement} was settled. */
public sealed interface Decision {

    /** Take one annotator's spans of the disagreement. */
    record AcceptSide(String annotator) implements Decision {
        public AcceptSide {
            Objects.requireNonNull(annotator, "annotator");
        }
    }

    /** Take every candidate span (each distinct label and range once). */
    record AcceptAll() implements Decision {
    }

    /** Take none of them. */
    record Reject() implements Decision {
    }

    /** Take one span of the curator's own boundaries and label instead. */
    record Edit(TextRange range, String label) implements Decision {
        public Edit {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(label, "label");
            if (range.isEmpty() || label.isBlank()) {
                throw new IllegalArgumentException("an edited span needs characters and a label: " + range + " '" + label + "'");
            }
        }
    }
}
