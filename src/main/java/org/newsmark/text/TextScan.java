package org.newsmark.text;

/** Small character-level helpers over document text shared by the recommenders and the gazetteer's evidence. */
public final class TextScan {

    private TextScan() {
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Whether {@code [start, end)} is not glued to letters or digits on either side. */
    public static boolean isWholeWord(CharSequence text, int start, int end) {
        return (start == 0 || !isWordChar(text.charAt(start - 1)))
                && (end >= text.length() || !isWordChar(text.charAt(end)));
    }

    /** Where the run of word characters from {@code pos} ends ({@code pos} itself when none starts there). */
    public static int wordEnd(CharSequence text, int pos) {
        int e = pos;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * Whether a single quotation mark opened before {@code pos} in its line is still open there: the nearest single mark
     * before {@code pos} opens a word ({@code the 'concerned parents' group}, where {@code parents'} is no possessive).
     */
    public static boolean insideSingleQuote(CharSequence text, int pos) {
        for (int k = pos - 1; k >= 0 && k >= pos - SINGLE_QUOTE_REACH && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if (c == '\'' || c == '‘' || c == '’') {
                boolean opensWord = (k == 0 || !isWordChar(text.charAt(k - 1))) && k + 1 < text.length()
                        && isWordChar(text.charAt(k + 1));
                return opensWord && c != '’';
            }
        }
        return false;
    }

    private static final int SINGLE_QUOTE_REACH = 80;

    /** The word starting at {@code pos} after skipping spaces, or the empty string. */
    public static String nextWord(CharSequence text, int pos) {
        int s = pos;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        return text.subSequence(s, wordEnd(text, s)).toString();
    }

    /** Start of the word ending right before {@code pos} after skipping spaces, or -1. */
    public static int previousWordStart(CharSequence text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int end = i;
        while (i > 0 && (isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’' || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i < end ? i : -1;
    }

    /** The word ending right before {@code pos} (spaces skipped), or the empty string. */
    public static String previousWord(CharSequence text, int pos) {
        int s = previousWordStart(text, pos);
        if (s < 0) {
            return "";
        }
        int e = s;
        while (e < text.length() && (isWordChar(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '’' || text.charAt(e) == '-')) {
            e++;
        }
        return text.subSequence(s, e).toString();
    }

    /** Whether {@code pos} starts a sentence: only spaces/quotes/brackets between it and . ! ? or a line start. */
    public static boolean isSentenceStart(CharSequence text, int pos) {
        int i = pos - 1;
        while (i >= 0 && " \t\"'“‘«(„".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?:\n\r".indexOf(text.charAt(i)) >= 0;
    }

    /** {@code pos} moved back over spaces. */
    public static int skipSpacesBack(CharSequence text, int pos) {
        int p = pos;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p;
    }

    /**
     * The last {@code needle} that starts at or before {@code from} and at or after {@code lowest}, else -1: a
     * {@link String#lastIndexOf(String, int)} that stops where a match would be too far away to matter, instead of
     * scanning back to the start of a long text.
     */
    public static int lastIndexOf(String text, String needle, int from, int lowest) {
        for (int i = Math.min(from, text.length() - needle.length()); i >= Math.max(0, lowest); i--) {
            if (text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The text up to its first space. */
    public static String firstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** The text after its last space. */
    public static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    public static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
