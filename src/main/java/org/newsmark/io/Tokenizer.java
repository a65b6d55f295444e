package org.newsmark.io;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a text into tokens and sentences with {@link BreakIterator} (word and sentence instances,
 * {@link Locale#ROOT}). A token is a non-empty run of characters of a word segment that contains no
 * separator (whitespace, space separator, control character), so no token can hold a space, a tab
 * or a line break. Used by the Prodigy and CoNLL writers so both see the same tokens.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static Tokenization tokenize(String text) {
        int[] starts = new int[Math.max(16, text.length() / 4)];
        int[] ends = new int[starts.length];
        int count = 0;
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int from = words.first();
        for (int to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            int i = from;
            while (i < to) {
                while (i < to && isSeparator(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < to && !isSeparator(text.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = s;
                    ends[count] = i;
                    count++;
                }
            }
        }
        return new Tokenization(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Characters that never belong to a token. */
    public static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    static int[] sentenceOfEachToken(String text, int[] starts, int count) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int[] sentenceOf = new int[count];
        int sentence = 0;
        sentences.first();
        int next = sentences.next();
        for (int t = 0; t < count; t++) {
            while (next != BreakIterator.DONE && starts[t] >= next) {
                next = sentences.next();
                sentence++;
            }
            sentenceOf[t] = sentence;
        }
        return sentenceOf;
    }
}
