package org.newsmark.suggest;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.suggest.pace.GiveWay;

/**
 * Regex matching only where a match can start. {@link Matcher#find()} tries a large alternation at
 * every index of the text; when a cheap test tells which indices can start a match (a digit, a number
 * word), trying the pattern anchored at just those gives the same matches, left to right and not
 * overlapping, at a fraction of the cost. Look-behind and word boundaries still see the whole text.
 */
final class AnchoredScan {

    private AnchoredScan() {
    }

    /** Calls {@code action} with the matcher positioned on each match, as {@code while (m.find())} would. */
    static void forEachMatch(Pattern pattern, String text, IntPredicate mayStartAt, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 4095) == 0) {
                GiveWay.checkpoint();
            }
            if (i >= from && mayStartAt.test(i)) {
                m.region(i, n);
                if (m.lookingAt() && m.end() > i) {
                    action.accept(m);
                    from = m.end();
                }
            }
        }
    }

    /** The match of {@code pattern} starting exactly at {@code from}, without searching further on. */
    static Optional<MatchResult> at(Pattern pattern, String text, int from) {
        if (from > text.length()) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                .region(from, text.length());
        return m.lookingAt() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }
}
