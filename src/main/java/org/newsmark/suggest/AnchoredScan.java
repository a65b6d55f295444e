package org.newsmark.suggest;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.suggest.pace.GiveWay;
import org.newsmark.text.TextScan;

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

    /**
     * As {@link #forEachMatch(Pattern, String, IntPredicate, Consumer)}, trying only the ascending {@code candidates}:
     * the same matches wherever every index {@code mayStartAt} accepts is among them. A pass over the whole text calls
     * its predicate at every character; one over the few places a match can start (the word starts, the reach before a
     * head word) leaves most of them out.
     */
    static void forEachMatchAt(Pattern pattern, String text, int[] candidates, IntPredicate mayStartAt,
            Consumer<Matcher> action) {
        if (candidates.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int from = 0;
        for (int k = 0; k < candidates.length; k++) {
            if ((k & 1023) == 0) {
                GiveWay.checkpoint();
            }
            int i = candidates[k];
            if (i >= from && i < n && mayStartAt.test(i)) {
                m.region(i, n);
                if (m.lookingAt() && m.end() > i) {
                    action.accept(m);
                    from = m.end();
                }
            }
        }
    }

    /** Where words start: a letter or digit with none before it, ascending. */
    static int[] wordStarts(String text) {
        int[] out = new int[Math.max(16, text.length() / 5)];
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = TextScan.isWordChar(text.charAt(i));
            if (wordChar && !inWord) {
                out = count == out.length ? Arrays.copyOf(out, count * 2) : out;
                out[count++] = i;
            }
            inWord = wordChar;
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Every index from {@code reach} characters before each of the ascending {@code heads} up to the head itself
     * (excluded), ascending and each once: where a match that must end in a head within {@code reach} can start.
     */
    static int[] within(int[] heads, int reach) {
        // each index at most once, all before the last head: no more than the windows or the last head allow
        int[] out = new int[heads.length == 0 ? 0 : (int) Math.min((long) heads.length * reach, heads[heads.length - 1])];
        int count = 0;
        int next = 0; // the first index not yet listed
        for (int h : heads) {
            for (int i = Math.max(next, h - reach); i < h; i++) {
                out[count++] = i;
            }
            next = Math.max(next, h);
        }
        return Arrays.copyOf(out, count);
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
