package org.newsmark.io;

import com.ibm.icu.text.BreakIterator;
import org.newsmark.text.SentenceBreaks;
import org.newsmark.text.Segmenter;

/**
 * Splits a text into tokens and sentences with the shared {@link Segmenter} (ICU word and sentence
 * iterators). A token is a non-empty run of characters of a word segment that contains no
 * separator (whitespace, space separator, control character), so no token can hold a space, a tab
 * or a line break. Used by the Prodigy and CoNLL writers so both see the same tokens. Words made of
 * ASCII letters and digits between ASCII spaces or line breaks (most of an English article) are
 * taken without the segmenter, which is slow; everything else goes through it.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static Tokenization tokenize(String text) {
        TokenRanges tokens = new TokenRanges(Math.max(16, text.length() / 4));
        BreakIterator words = null;
        int n = text.length();
        int lastFastEnd = 0; // where the text after the last fast token starts (a boundary)
        boolean pending = false; // characters since lastFastEnd need the break iterator
        int i = 0;
        while (i < n) {
            if (isSeparator(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            i = plainEnd(text, s, n);
            boolean plain = i == n || isAsciiSpace(text.charAt(i));
            if (!plain) {
                i = runEnd(text, i, n);
            }
            if (plain && (s == 0 || isAsciiSpace(text.charAt(s - 1)))) {
                if (pending) {
                    words = words == null ? Segmenter.wordIterator() : words;
                    segment(text, lastFastEnd, s, words, tokens);
                    pending = false;
                }
                tokens.add(s, i);
                lastFastEnd = i;
            } else {
                pending = true;
            }
        }
        if (pending) {
            segment(text, lastFastEnd, n, words == null ? Segmenter.wordIterator() : words, tokens);
        }
        return new Tokenization(text, tokens.starts(), tokens.ends());
    }

    /**
     * The word segmenter's tokens of {@code text[from, to)}. Only called on stretches that start at
     * the text's start or right after a fast token, and end at the text's end or right before one:
     * a run of ASCII letters and digits between ASCII spaces or line breaks is always one word, with
     * a boundary on each side, so the segmenter finds the same boundaries there as over the whole
     * text (a property test compares the two).
     */
    private static void segment(String text, int from, int to, BreakIterator words, TokenRanges tokens) {
        words.setText(text.substring(from, to));
        int a = words.first();
        for (int b = words.next(); b != BreakIterator.DONE; a = b, b = words.next()) {
            int i = from + a;
            int end = from + b;
            while (i < end) {
                while (i < end && isSeparator(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < end && !isSeparator(text.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    tokens.add(s, i);
                }
            }
        }
    }

    /** The end of the ASCII letters and digits from {@code i}. */
    private static int plainEnd(String text, int i, int n) {
        while (i < n && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the characters that are not separators from {@code i}. */
    private static int runEnd(String text, int i, int n) {
        while (i < n && !isSeparator(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** Characters that never belong to a token. */
    public static boolean isSeparator(char c) {
        if (c < 0x80) {
            return c <= ' ' || c == 0x7F; // the three tests below, answered without their tables
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    static int[] sentenceOfEachToken(String text, int[] starts, int count) {
        SentenceBreaks sentences = Segmenter.sentences(text);
        int[] sentenceOf = new int[count];
        for (int t = 0; t < count; t++) {
            sentenceOf[t] = sentences.indexOf(starts[t]);
        }
        return sentenceOf;
    }
}
