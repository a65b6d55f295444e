package org.newsmark.app.team;

import java.util.Comparator;

/**
 * How far the annotators of one document agree, to send the worst documents to curation first.
 *
 * @param pairs         pairs of annotators compared (both annotated the document)
 * @param meanF1Exact   mean over those pairs of the exact span F1, all labels pooled; 1 when both
 *                      sides are empty, NaN without pairs
 * @param disagreement  {@code 1 - meanF1Exact}: 0 when every pair tagged the same spans; NaN without pairs
 */
public record DocumentAgreement(long documentId, String name, int pairs, double meanF1Exact, double disagreement) {

    /** Most disagreement first, documents without pairs last, then by name and id. */
    public static final Comparator<DocumentAgreement> MOST_DISAGREEMENT_FIRST = Comparator
            .comparingDouble((DocumentAgreement d) -> Double.isNaN(d.disagreement) ? Double.NEGATIVE_INFINITY : d.disagreement)
            .reversed()
            .thenComparing(DocumentAgreement::name)
            .thenComparingLong(DocumentAgreement::documentId);
}
