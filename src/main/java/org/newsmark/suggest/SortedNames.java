package org.newsmark.suggest;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Names in sorted order, searched for the longest one that starts at a place in a text: the names that
 * share the text's next characters are a contiguous run, narrowed one character at a time by binary
 * search. A name given many times over (the corpus memory's quotes that open with {@code The}) costs a
 * few comparisons per character of the match, not one comparison per name.
 */
final class SortedNames {

    private final String[] names;

    private SortedNames(String[] names) {
        this.names = names;
    }

    static SortedNames of(Collection<String> names) {
        String[] sorted = names.stream().distinct().toArray(String[]::new);
        Arrays.sort(sorted);
        return new SortedNames(sorted);
    }

    List<String> names() {
        return List.of(names);
    }

    /**
     * The longest name that {@code text} holds at {@code at} and that ends a word there (the text ends, a
     * character other than a letter or digit follows, or the name itself ends in one), else null. Every
     * name must share the text's first {@code known} characters from {@code at}.
     */
    String longestAt(String text, int at, int known) {
        int lo = 0;
        int hi = names.length;
        String longest = null;
        for (int depth = known; lo < hi; depth++) {
            // every name in [lo, hi) holds text[at, at + depth); the one that ends there sorts first
            if (names[lo].length() == depth) {
                if (endsWord(text, at + depth, names[lo])) {
                    longest = names[lo];
                }
                lo++;
            }
            if (lo >= hi || at + depth >= text.length()) {
                break;
            }
            char c = text.charAt(at + depth);
            int from = firstPast(lo, hi, depth, c, false);
            hi = firstPast(from, hi, depth, c, true);
            lo = from;
        }
        return longest;
    }

    /**
     * In [lo, hi), where every name is longer than {@code depth} and they are sorted by their char there, the first
     * whose char is above {@code c} ({@code pastEqual}), else the first at or above it.
     */
    private int firstPast(int lo, int hi, int depth, char c, boolean pastEqual) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int mid = (a + b) >>> 1;
            char m = names[mid].charAt(depth);
            if (m < c || pastEqual && m == c) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    private static boolean endsWord(String text, int end, String name) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(name.charAt(name.length() - 1));
    }
}
