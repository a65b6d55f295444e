package org.newsmark.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gives every token at most one span, for formats with one tag per token (CoNLL). With
 * {@link NestedPolicy#OUTER} longer spans claim their tokens first, with {@link NestedPolicy#INNER}
 * shorter ones do; a span whose tokens are already claimed is dropped and counted with the reason.
 */
final class NestedSpanResolver {

    /** The kept spans in document order, and for each token the index of its span or -1. */
    record Resolution(List<TokenAlignment.Aligned> kept, int[] ownerOfToken) {
    }

    private NestedSpanResolver() {
    }

    static Resolution resolve(List<TokenAlignment.Aligned> spans, int tokenCount, NestedPolicy policy,
                              ExportTally tally) {
        Comparator<TokenAlignment.Aligned> bySize = Comparator.comparingInt(TokenAlignment.Aligned::tokenCount);
        if (policy == NestedPolicy.OUTER) {
            bySize = bySize.reversed();
        }
        List<TokenAlignment.Aligned> order = new ArrayList<>(spans);
        order.sort(bySize.thenComparingInt(TokenAlignment.Aligned::firstToken)
                .thenComparing(a -> a.span().label()));
        TokenAlignment.Aligned[] owner = new TokenAlignment.Aligned[tokenCount];
        List<TokenAlignment.Aligned> kept = new ArrayList<>();
        for (TokenAlignment.Aligned a : order) {
            TokenAlignment.Aligned conflict = null;
            for (int t = a.firstToken(); t <= a.lastToken() && conflict == null; t++) {
                conflict = owner[t];
            }
            if (conflict == null) {
                Arrays.fill(owner, a.firstToken(), a.lastToken() + 1, a);
                kept.add(a);
            } else {
                tally.dropSpans(reason(a, conflict, policy), 1);
            }
        }
        kept.sort(Comparator.comparingInt(TokenAlignment.Aligned::firstToken));
        int[] ownerIndex = new int[tokenCount];
        Arrays.fill(ownerIndex, -1);
        for (int k = 0; k < kept.size(); k++) {
            TokenAlignment.Aligned a = kept.get(k);
            Arrays.fill(ownerIndex, a.firstToken(), a.lastToken() + 1, k);
        }
        return new Resolution(kept, ownerIndex);
    }

    private static String reason(TokenAlignment.Aligned dropped, TokenAlignment.Aligned winner, NestedPolicy policy) {
        boolean droppedInside = winner.firstToken() <= dropped.firstToken() && dropped.lastToken() <= winner.lastToken();
        boolean winnerInside = dropped.firstToken() <= winner.firstToken() && winner.lastToken() <= dropped.lastToken();
        if (droppedInside && winnerInside) {
            return "same tokens as another span (one tag per token)";
        }
        if (droppedInside) {
            return "nested inside a longer span (nested=" + policy.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (winnerInside) {
            return "contains a shorter span (nested=" + policy.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return "overlaps another span partly (one tag per token)";
    }
}
