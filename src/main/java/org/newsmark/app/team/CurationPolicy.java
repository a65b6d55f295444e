package org.newsmark.app.team;

import java.util.Objects;

/**
 * When a span is taken into the gold layer without a decision, and whose name the gold spans carry.
 *
 * @param minimumAgreeing how many annotators must have tagged exactly the same span (label and
 *                        range); 0 means every annotator of the document
 * @param goldAnnotator   the annotator name of the gold spans
 */
public record CurationPolicy(int minimumAgreeing, String goldAnnotator) {

    public static final String GOLD = "gold";

    public CurationPolicy {
        Objects.requireNonNull(goldAnnotator, "goldAnnotator");
        if (minimumAgreeing < 0) {
            throw new IllegalArgumentException("minimumAgreeing must be 0 (everyone) or more: " + minimumAgreeing);
        }
        if (goldAnnotator.isBlank()) {
            throw new IllegalArgumentException("the gold annotator needs a name");
        }
    }

    /** Every annotator of the document must agree. */
    public static CurationPolicy unanimous() {
        return new CurationPolicy(0, GOLD);
    }

    /** At least {@code annotators} must agree, e.g. 2 of 3. */
    public static CurationPolicy atLeast(int annotators) {
        if (annotators < 1) {
            throw new IllegalArgumentException("at least one annotator must agree, not " + annotators);
        }
        return new CurationPolicy(annotators, GOLD);
    }

    int required(int annotatorsOfDocument) {
        return minimumAgreeing == 0 ? annotatorsOfDocument : minimumAgreeing;
    }
}
