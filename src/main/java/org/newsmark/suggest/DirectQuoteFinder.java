package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * Finds the text inside paired quotation marks: {@code "…"}, {@code “…”}, {@code ‘…’}, {@code '…'},
 * {@code «…»}, {@code »…«}, {@code ‹…›}, {@code ›…‹}, {@code „…“}, {@code ‚…‘}, {@code ”…”}, {@code 「…」}, {@code 『…』}
 * (English, French, German, Danish, Swiss, Swedish and East Asian styles). Apostrophes ({@code Russia's}, {@code don’t})
 * are not quote marks. A quote left open at a paragraph end whose next paragraph opens with a mark
 * again continues there; each paragraph gives its own span. Quotes nested in another quote are skipped,
 * except words in single marks that a speech verb introduces ({@code "… he said, 'Let's talk.'"}).
 */
final class DirectQuoteFinder {

    static final String OPENERS = "\"“„«»‹›‚”「『‘'";
    /** Every mark that closes a quote of one of the styles above. */
    static final String CLOSERS = "\"”“’‘'»«›‹」』";
    private static final int MAX_SINGLE_QUOTE_LENGTH = 400;

    List<TextRange> find(String text) {
        List<TextRange> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int doubledClose = doubledSingleClose(text, i);
            if (doubledClose >= 0) {
                add(out, text, i + 2, doubledClose);
                i = doubledClose + 2;
                continue;
            }
            if (OPENERS.indexOf(c) < 0 || (isSingle(c) || gluedOnly(c)) && !opensSingle(text, i)) {
                i++;
                continue;
            }
            int lineEnd = lineEnd(text, i);
            int close = findCloser(text, c, i + 1, lineEnd);
            if (close >= 0) {
                add(out, text, i + 1, close);
                if (!isSingle(c)) {
                    addReportedInside(out, text, i + 1, close);
                }
                i = close + 1;
            } else if (!isSingle(c) && nextParagraphReopens(text, lineEnd, c)) {
                add(out, text, i + 1, lineEnd);
                i = lineEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * {@code "… and the president said, 'Let's talk.'"}: words in single marks that a speech verb introduces
     * inside a quote are a quote of their own (nested, as the guidelines tag reported speech in a quote).
     */
    private static void addReportedInside(List<TextRange> out, String text, int from, int to) {
        for (int j = text.indexOf(',', from); j >= 0 && j + 2 < to; j = text.indexOf(',', j + 1)) {
            int open = j + 1 < to && text.charAt(j + 1) == ' ' ? j + 2 : j + 1;
            if (open >= to || !isSingle(text.charAt(open)) || !opensSingle(text, open)
                    || !SPEECH_BEFORE_COMMA.contains(TextScan.previousWord(text, j))) {
                continue;
            }
            int close = findCloser(text, text.charAt(open), open + 1, to);
            if (close >= 0) {
                add(out, text, open + 1, close);
            }
        }
    }

    static final java.util.Set<String> SPEECH_BEFORE_COMMA = java.util.Set.of("said", "says", "say", "asked",
            "asks", "added", "adds", "replied", "told", "wrote", "writes", "shouted", "answered");

    private static void add(List<TextRange> out, String text, int start, int end) {
        TextRange r = new TextRange(start, end).trimmedIn(text);
        if (!r.isEmpty()) {
            out.add(r);
        }
    }

    /**
     * {@code ''He said, 'They are not used to this.' Well, we will,''}, {@code ''the voters' choice,''}: two single
     * marks that stand for a double one close only at two marks again, not at a nested mark or a plural's apostrophe.
     * Where the marks at {@code i} open such a quote, the index of its closing pair; else -1.
     */
    private static int doubledSingleClose(String text, int i) {
        if (!text.startsWith("''", i) || !opensSingle(text, i + 1)) {
            return -1;
        }
        int close = text.indexOf("''", i + 2);
        return close > i + 2 && close < lineEnd(text, i) && closesSingle(text, close) ? close : -1;
    }

    /**
     * Marks that also close a quote ({@code ”} in English, {@code »} in French, {@code ›}, and {@code ‚}, which doubles as a
     * low comma) open one only where an opening mark stands: not glued to a word before it, and before a letter or digit.
     */
    private static boolean gluedOnly(char c) {
        return c == '”' || c == '»' || c == '›' || c == '‚';
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '‘';
    }

    private static int lineEnd(String text, int from) {
        int n = text.indexOf('\n', from);
        return n < 0 ? text.length() : n;
    }

    private static int findCloser(String text, char opener, int from, int limit) {
        if (isSingle(opener)) {
            int max = Math.min(limit, from + MAX_SINGLE_QUOTE_LENGTH);
            for (int j = from; j < max; j++) {
                char c = text.charAt(j);
                if ((c == '\'' || c == '’') && closesSingle(text, j)) {
                    return j;
                }
            }
            return -1;
        }
        String closers = closersOf(opener);
        boolean curlyOpenedInside = false;
        for (int j = from; j < limit; j++) {
            curlyOpenedInside |= text.charAt(j) == '“';
            if (opener == '“' && closesBeforeStraightReopen(text, j, limit)) {
                return j;
            }
            if (opener == '"' && text.charAt(j) == '”' && !curlyOpenedInside) {
                return j; // "But Pete Wilson won,” Axelrod said: a straight mark closed by a curly one
            }
            if (closers.indexOf(text.charAt(j)) >= 0) {
                int nestedClose = opener == '"' ? nestedStraightClose(text, j, limit) : -1;
                if (nestedClose < 0) {
                    return j;
                }
                j = nestedClose; // "… The "United States" is not …": a term in the same marks inside the quote
            }
        }
        return opener == '“' ? straightCloser(text, from, limit) : -1;
    }

    /** {@code “We will win so much," Trump said}: a curly opening mark that only a straight mark closes. */
    private static int straightCloser(String text, int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (text.charAt(j) == '"') {
                boolean closes = !Character.isWhitespace(text.charAt(j - 1))
                        && (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
                return closes ? j : -1;
            }
        }
        return -1;
    }

    /**
     * {@code “I heard parts of his speech," Trump said. "He wants to give away …”}: in text that mixes mark styles, a
     * straight mark after the quote's last punctuation closes a curly-opened quote when the credit after it has a
     * speech verb and a straight mark then opens the next part, which the curly mark closes.
     */
    private static boolean closesBeforeStraightReopen(String text, int j, int limit) {
        if (text.charAt(j) != '"' || ",.?!".indexOf(text.charAt(j - 1)) < 0 || j + 1 >= limit || text.charAt(j + 1) != ' ') {
            return false;
        }
        int reopen = text.indexOf('"', j + 1);
        if (reopen < 0 || reopen + 1 >= limit || text.charAt(reopen - 1) != ' ' || !Character.isLetter(text.charAt(reopen + 1))) {
            return false;
        }
        int curlyClose = text.indexOf('”', reopen);
        if (curlyClose < 0 || curlyClose >= limit) {
            return false;
        }
        for (String word : text.substring(j + 1, reopen).split("[^\\p{L}]+")) {
            if (SpeechVocabulary.BARE_CLAUSE_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a term in straight marks nested in a straight-quoted passage closes, when the mark at {@code at} opens one
     * (after a space, before a letter) and another mark after the term's close still closes the passage; else -1.
     */
    private static int nestedStraightClose(String text, int at, int limit) {
        boolean opens = at > 0 && text.charAt(at - 1) == ' ' && at + 1 < limit && Character.isLetter(text.charAt(at + 1));
        if (!opens) {
            return -1;
        }
        int close = text.indexOf('"', at + 1);
        if (close < 0 || close >= limit || close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) {
            return -1;
        }
        int outer = text.indexOf('"', close + 1);
        return outer >= 0 && outer < limit ? close : -1;
    }

    private static String closersOf(char opener) {
        return switch (opener) {
            case '“' -> "”";
            case '„' -> "“”";
            case '«' -> "»";
            case '»' -> "«";
            case '‹' -> "›";
            case '›' -> "‹";
            case '‚' -> "‘’";
            case '”' -> "”";
            case '「' -> "」";
            case '『' -> "』";
            default -> "\"";
        };
    }

    /** An opening single mark is not glued to a letter before it and is followed by a letter or digit. */
    private static boolean opensSingle(String text, int i) {
        boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return !afterWord && beforeWord;
    }

    /** A closing single mark is not followed by a letter (that would be an apostrophe, as in don't). */
    private static boolean closesSingle(String text, int j) {
        boolean beforeWord = j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
        return !beforeWord && j > 0 && !Character.isWhitespace(text.charAt(j - 1));
    }

    private static boolean nextParagraphReopens(String text, int lineEnd, char opener) {
        int j = lineEnd;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && j > lineEnd && text.charAt(j) == opener;
    }
}
