package org.newsmark.io;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Span;

/**
 * The tokens the CoNLL writer writes for one document, with the sentence and the middle columns of
 * each. A document read from CoNLL ({@link ConllOrigin} in its metadata) gets its own tokens back by
 * splitting its text at the reader's separators, one space between tokens and a line break between
 * sentences; a token is split further only where a span edited after the import starts or ends
 * inside it (counted in {@link #splits()}). Any other document is tokenised by {@link Tokenizer}.
 */
final class ConllTokens {

    private final Tokenization tokens;
    /** Sentence of each token; null when the tokenizer's sentences are used. */
    private final int[] sentenceOf;
    /** Middle columns of each token; null when the document has none. */
    private final String[] middle;
    private final int splits;

    private ConllTokens(Tokenization tokens, int[] sentenceOf, String[] middle, int splits) {
        this.tokens = tokens;
        this.sentenceOf = sentenceOf;
        this.middle = middle;
        this.splits = splits;
    }

    /** Today's tokenisation: {@link Tokenizer}'s tokens and sentences, no middle columns. */
    static ConllTokens fresh(String text) {
        return new ConllTokens(Tokenizer.tokenize(text), null, null, 0);
    }

    /**
     * The document's CoNLL tokens, split at the boundaries of {@code spans}; empty when the text is
     * not made of single-space separated tokens and line-separated sentences, or when the number of
     * middle columns does not match the number of tokens.
     */
    static Optional<ConllTokens> original(String text, ConllOrigin origin, List<Span> spans) {
        int n = text.length();
        if (n == 0) {
            return Optional.empty();
        }
        int[] starts = new int[Math.max(16, n / 4)];
        int[] ends = new int[starts.length];
        int[] sentences = new int[starts.length];
        int count = 0;
        int sentence = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != ' ' && c != '\n') {
                continue;
            }
            if (i == start) {
                return Optional.empty(); // an empty token: not the reader's layout
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                sentences = Arrays.copyOf(sentences, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            sentences[count] = sentence;
            count++;
            if (c == '\n') {
                sentence++;
            }
            start = i + 1;
        }
        List<String> columns = origin.columns();
        if (!columns.isEmpty() && columns.size() != count) {
            return Optional.empty();
        }
        return Optional.of(split(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                sentences, columns.isEmpty() ? null : columns, boundaries(spans)));
    }

    /** Every span start and end, sorted, without repeats. */
    private static int[] boundaries(List<Span> spans) {
        int[] b = new int[spans.size() * 2];
        int k = 0;
        for (Span s : spans) {
            b[k++] = s.start();
            b[k++] = s.end();
        }
        Arrays.sort(b);
        return Arrays.stream(b).distinct().toArray();
    }

    /** Splits every token at the boundaries strictly inside it; the pieces keep its sentence and columns. */
    private static ConllTokens split(String text, int[] starts, int[] ends, int[] sentences, List<String> columns,
                                     int[] boundaries) {
        int count = starts.length;
        int inside = 0;
        int b = 0;
        for (int t = 0; t < count; t++) {
            while (b < boundaries.length && boundaries[b] <= starts[t]) {
                b++;
            }
            while (b < boundaries.length && boundaries[b] < ends[t]) {
                inside++;
                b++;
            }
        }
        int total = count + inside;
        int[] s2 = new int[total];
        int[] e2 = new int[total];
        int[] sent2 = new int[total];
        String[] mid2 = columns == null ? null : new String[total];
        int splitTokens = 0;
        int k = 0;
        b = 0;
        for (int t = 0; t < count; t++) {
            while (b < boundaries.length && boundaries[b] <= starts[t]) {
                b++;
            }
            int from = starts[t];
            boolean split = false;
            while (true) {
                int to = b < boundaries.length && boundaries[b] < ends[t] ? boundaries[b++] : ends[t];
                s2[k] = from;
                e2[k] = to;
                sent2[k] = sentences[t];
                if (mid2 != null) {
                    mid2[k] = columns.get(t);
                }
                k++;
                if (to == ends[t]) {
                    break;
                }
                split = true;
                from = to;
            }
            if (split) {
                splitTokens++;
            }
        }
        return new ConllTokens(new Tokenization(text, s2, e2), sent2, mid2, splitTokens);
    }

    Tokenization tokenization() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    int sentence(int token) {
        return sentenceOf == null ? tokens.sentence(token) : sentenceOf[token];
    }

    /** The token's middle columns joined by one space, or empty. */
    Optional<String> middle(int token) {
        return middle == null ? Optional.empty() : Optional.of(middle[token]);
    }

    boolean hasColumns() {
        return middle != null;
    }

    /** How many original tokens were split at span boundaries. */
    int splits() {
        return splits;
    }

    /** Whether sentence breaks are the document's own (CoNLL) rather than guessed. */
    boolean ownSentences() {
        return sentenceOf != null;
    }
}
