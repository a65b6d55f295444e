package org.newsmark.app.team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two annotators over the documents both worked on.
 *
 * @param labels    label to its figures, in the report's label order
 * @param saidBy    of the quotes both annotated exactly and at least one attributed, the share both
 *                  gave the same speaker span; NaN when there is none
 * @param documents how many documents both annotated
 */
public record PairAgreement(String a, String b, Map<String, LabelAgreement> labels, double saidBy, int documents) {

    public PairAgreement {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
