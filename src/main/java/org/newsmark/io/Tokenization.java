package org.newsmark.io;

import java.util.Optional;

/** The tokens of one text (UTF-16 ranges, in order, never empty) and the sentence of each. */
public final class Tokenization {

    /** The first and last token (inclusive) that a character range touches. */
    public record TokenRange(int first, int last) {
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** Worked out on the first {@link #sentence} call: the Prodigy writer never needs it. */
    private int[] sentenceOf;

    Tokenization(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The text the tokens index. */
    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public String text(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Sentence number of a token; tokens of one sentence share it, numbers only grow. */
    public int sentence(int token) {
        if (sentenceOf == null) {
            sentenceOf = Tokenizer.sentenceOfEachToken(text, starts, starts.length);
        }
        return sentenceOf[token];
    }

    /** Whether a separator follows the token in the text. */
    public boolean spaceAfter(int token) {
        int e = ends[token];
        return e < text.length() && Tokenizer.isSeparator(text.charAt(e));
    }

    /** The tokens a range {@code [start, end)} touches; empty when it holds only separators. */
    public Optional<TokenRange> cover(int start, int end) {
        int first = firstEndingAfter(start);
        int last = lastStartingBefore(end);
        return first <= last && first < starts.length && last >= 0
                ? Optional.of(new TokenRange(first, last)) : Optional.empty();
    }

    private int firstEndingAfter(int pos) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int lastStartingBefore(int pos) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
