package org.newsmark.suggest;

/**
 * {@code two priorities — 1) estimating sex ratios … and 2) determining the mechanisms}: a small number closed by a
 * bracket that no bracket opened numbers the items of a list inside a sentence; it counts nothing. So does a small
 * number in a pair of brackets next to its neighbour in the series: {@code (1) a two-thirds vote … or (2) a vote of the
 * states} (a lone {@code (45)} after a name is an age).
 */
final class InlineEnumerator {

    private InlineEnumerator() {
    }

    /** How far back an opening bracket is looked for ({@code (ages 3 to 5)} closes one). */
    private static final int REACH = 300;

    /** Whether the number from {@code start} to {@code end} is such an enumerator. */
    static boolean at(String text, int start, int end) {
        if (isBracketedInSeries(text, start, end)) {
            return true;
        }
        if (end - start > 2 || end + 1 >= text.length() || text.charAt(end) != ')' || text.charAt(end + 1) != ' '
                || start == 0 || Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        for (int i = start - 1; i >= Math.max(0, start - REACH); i--) {
            char c = text.charAt(i);
            if (c == '(') {
                return false;
            }
            if (c == ')' || c == '\n') {
                return true;
            }
        }
        return true;
    }

    /** {@code (2)} with {@code (1)} before it or {@code (3)} after it, within {@link #REACH}. */
    private static boolean isBracketedInSeries(String text, int start, int end) {
        if (end - start > 2 || start == 0 || text.charAt(start - 1) != '(' || end >= text.length() || text.charAt(end) != ')'
                || !Character.isDigit(text.charAt(start))) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int n = Integer.parseInt(text.substring(start, end));
        int previous = text.lastIndexOf("(" + (n - 1) + ")", start);
        int next = text.indexOf("(" + (n + 1) + ")", end);
        return n > 0 && previous >= 0 && start - previous <= REACH || next >= 0 && next - end <= REACH;
    }
}
