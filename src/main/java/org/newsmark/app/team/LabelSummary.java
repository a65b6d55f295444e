package org.newsmark.app.team;

/**
 * One label's agreement in a line, e.g. for a dataset card or a table: the pairwise figures are
 * means over the pairs of annotators that have them (NaN when none has).
 */
public record LabelSummary(String label, double f1Exact, double f1Overlap, double kappa, double fleissKappa,
                           double alphaU) {
}
