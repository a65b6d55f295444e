package org.newsmark.suggest.gazetteer;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches of a pattern that can only start a line ({@code LONDON 1996-08-30}, {@code SOCCER -}), tried at the
 * line starts that open with a capital instead of at every character as {@code (?m)^…} with
 * {@link Matcher#find()} would be: the same matches, left to right and not overlapping.
 */
final class LineOpenings {

    /** What {@code (?m)^} takes as the end of a line. */
    private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

    private LineOpenings() {
    }

    /** Calls {@code action} with the matcher on each match of {@code pattern} anchored at a line start. */
    static void forEach(Pattern pattern, String text, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        boolean onlyNewlines = onlyNewlines(text);
        int from = 0;
        for (int p = 0; p < text.length(); p = onlyNewlines ? afterNewline(text, p) : p + 1) {
            if (p >= from && (p == 0 || isLineEnd(text.charAt(p - 1))) && Character.isUpperCase(text.charAt(p))
                    && m.region(p, text.length()).lookingAt()) {
                action.accept(m);
                from = Math.max(p + 1, m.end());
            }
        }
    }

    /** Whether {@code \n} is the text's only kind of line end (most texts): then lines are found by indexOf. */
    private static boolean onlyNewlines(String text) {
        for (int k = 0; k < LINE_ENDS.length(); k++) {
            if (LINE_ENDS.charAt(k) != '\n' && text.indexOf(LINE_ENDS.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The start of the line after the one holding {@code p}, or the text's length. */
    private static int afterNewline(String text, int p) {
        int newline = text.indexOf('\n', p);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** Whether {@code c} is one of {@link #LINE_ENDS}: asked of every character, so the common ones are let by first. */
    private static boolean isLineEnd(char c) {
        return c <= '\r' ? LINE_ENDS.indexOf(c) >= 0 : c >= '\u0085' && LINE_ENDS.indexOf(c) >= 0;
    }

    /** Whether {@code pattern} matches at some line start. */
    static boolean any(Pattern pattern, String text) {
        boolean[] found = {false};
        forEach(pattern, text, m -> found[0] = true);
        return found[0];
    }
}
