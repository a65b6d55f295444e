package org.newsmark.app.team;

/**
 * Two annotators on one label, over every document both worked on. NaN where a figure is undefined
 * (neither used the label; kappa when chance agreement is total).
 *
 * @param f1Exact   2·|A∩B| / (|A|+|B|) over spans with the same range
 * @param f1Overlap F1 of B scored against A, a span counting as found when it overlaps one of the other side
 * @param kappa     Cohen's kappa over tokens, each coded as inside or outside a span of the label
 * @param spansA    spans of the first annotator with the label
 * @param spansB    spans of the second annotator with the label
 */
public record LabelAgreement(double f1Exact, double f1Overlap, double kappa, int spansA, int spansB) {
}
