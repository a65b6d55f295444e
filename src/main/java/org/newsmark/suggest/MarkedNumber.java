package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import org.newsmark.text.TextScan;

/**
 * A bare number that a sign or an apostrophe marks as no quantity: a rank ({@code #19 on the charts}), a section of a
 * code ({@code § 1201}), a year cut short ({@code in ’08}, {@code '69}) or a decade ({@code the 90’s}).
 */
final class MarkedNumber {

    private MarkedNumber() {
    }

    /** Words before a decade written with an apostrophe: {@code the 80’s}, {@code the late 90's}. */
    private static final Set<String> DECADE_BEFORE = Set.of("the", "early", "late", "mid");

    /** Whether the bare number from {@code start} to {@code end} is marked as a rank, section, year or decade. */
    static boolean at(String text, String core, int start, int end) {
        if (!isDigits(core)) {
            return false;
        }
        int p = TextScan.skipSpacesBack(text, start);
        if (p > 0 && (text.charAt(p - 1) == '§' || text.charAt(p - 1) == '#' && p == start)) {
            return true;
        }
        return core.length() == 2 && (isShortYear(text, core, start, end) || isDecade(text, core, start, end));
    }

    /**
     * {@code in ’08}: an apostrophe after a space opens the word ({@code 6'3"} is a height, {@code ''27} a quotation
     * mark), and nothing is counted after the number ({@code '27 people died,' she said} is a single-quoted count).
     */
    private static boolean isShortYear(String text, String core, int start, int end) {
        return start > 0 && isApostrophe(text.charAt(start - 1))
                && (start == 1 || Character.isWhitespace(text.charAt(start - 2)) || text.charAt(start - 2) == '(')
                && CountedNoun.end(text, core, end) == end;
    }

    private static boolean isDecade(String text, String core, int start, int end) {
        return core.charAt(1) == '0' && end + 1 < text.length() && isApostrophe(text.charAt(end))
                && text.charAt(end + 1) == 's' && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)))
                && DECADE_BEFORE.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT).replace("-", ""));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
