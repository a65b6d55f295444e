package org.newsmark.app.team;

/**
 * Cohen's (1960) and Fleiss' (1971) kappa of one label over tokens, each token coded present or
 * absent by every annotator: the standard dichotomous formulation, one coefficient per label, since
 * labels nest (a speaker inside a quote) and a token can carry several.
 *
 * <p>Worked out from the counts rather than by DKPro Statistics, whose studies hold one object per
 * item: 10,000 articles are about ten million tokens per label, gigabytes and tens of seconds there.
 * The tests compare both formulas with DKPro's {@code CohenKappaAgreement} and
 * {@code FleissKappaAgreement} on the same tokens.
 */
final class TokenKappa {

    private TokenKappa() {
    }

    /**
     * Cohen's kappa from a 2×2 table; NaN when chance agreement is already total (every token coded
     * the same by both, e.g. a label neither used) or there are no tokens.
     */
    static double cohen(long both, long onlyA, long onlyB, long neither) {
        double n = (double) both + onlyA + onlyB + neither;
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (both + neither) / n;
        double aYes = (both + onlyA) / n;
        double bYes = (both + onlyB) / n;
        double expected = aYes * bYes + (1 - aYes) * (1 - bYes);
        return expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /**
     * Fleiss' kappa for two categories (present, absent); {@code marked[k]} is the number of tokens
     * that exactly {@code k} of the {@code raters} annotators marked. NaN when undefined.
     */
    static double fleiss(long[] marked, int raters) {
        if (raters < 2) {
            return Double.NaN;
        }
        double tokens = 0;
        double ratingsYes = 0;
        double pairsAgreeing = 0;
        for (int k = 0; k <= raters; k++) {
            tokens += marked[k];
            ratingsYes += (double) k * marked[k];
            pairsAgreeing += marked[k] * ((double) k * (k - 1) + (double) (raters - k) * (raters - k - 1));
        }
        if (tokens == 0) {
            return Double.NaN;
        }
        double p = ratingsYes / (tokens * raters);
        double observed = pairsAgreeing / (tokens * raters * (raters - 1));
        double expected = p * p + (1 - p) * (1 - p);
        return expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }
}
