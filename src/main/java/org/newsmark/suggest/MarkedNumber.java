package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import org.newsmark.text.TextScan;

/**
 * A bare number that a sign or an apostrophe marks as no quantity: a rank ({@code #19 on the charts}), a section of a
 * code ({@code § 1201}), a year cut short ({@code in ’08}, {@code '69}), a decade ({@code the 90’s}), a term of a
 * ratio ({@code a sex ratio of 1:1}) or a time-zone offset ({@code UTC+0900}).
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
        if (isRatioTerm(text, start, end) || isZoneOffset(text, start)) {
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

    /**
     * {@code 1:1}, {@code 3:2}: digits joined to digits by a colon; readings of a clock ({@code 10:30}) and race times
     * ({@code 2:01:39}) are taken before this is asked, so what is left compares two numbers and counts nothing.
     */
    private static boolean isRatioTerm(String text, int start, int end) {
        boolean before = end + 1 < text.length() && text.charAt(end) == ':' && Character.isDigit(text.charAt(end + 1));
        boolean after = start > 1 && text.charAt(start - 1) == ':' && Character.isDigit(text.charAt(start - 2));
        return before || after;
    }

    /** {@code UTC+0900}, {@code GMT−5}: the offset of a time zone ({@code -} never starts a figure). */
    private static boolean isZoneOffset(String text, int start) {
        if (start < 4 || text.charAt(start - 1) != '+' && text.charAt(start - 1) != '−') {
            return false;
        }
        return text.startsWith("UTC", start - 4) || text.startsWith("GMT", start - 4);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
