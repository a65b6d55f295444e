package org.newsmark.suggest;

import org.newsmark.text.SentenceBreaks;
import org.newsmark.text.Segmenter;

/**
 * Sentence boundaries for the rules, from the shared {@link Segmenter}. The rules ask about one text
 * many times in a row, so the last text's sentences are kept per thread.
 */
final class Sentences {

    private static final ThreadLocal<SentenceBreaks> LAST = new ThreadLocal<>();

    private Sentences() {
    }

    /** Index just after the sentence-final punctuation of the sentence at {@code from}, or the line/text end. */
    static int endOf(String text, int from) {
        return of(text).endOf(from);
    }

    /** Index of the first character of the sentence containing {@code pos}. */
    static int startOf(String text, int pos) {
        return of(text).startOf(pos);
    }

    private static SentenceBreaks of(String text) {
        SentenceBreaks last = LAST.get();
        if (last == null || last.text() != text) {
            last = Segmenter.sentences(text);
            LAST.set(last);
        }
        return last;
    }
}
