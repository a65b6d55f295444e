package org.newsmark.suggest;

/**
 * {@code two priorities — 1) estimating sex ratios … and 2) determining the mechanisms}: a small number closed by a
 * bracket that no bracket opened numbers the items of a list inside a sentence; it counts nothing.
 */
final class InlineEnumerator {

    private InlineEnumerator() {
    }

    /** How far back an opening bracket is looked for ({@code (ages 3 to 5)} closes one). */
    private static final int REACH = 300;

    /** Whether the number from {@code start} to {@code end} is such an enumerator. */
    static boolean at(String text, int start, int end) {
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
}
