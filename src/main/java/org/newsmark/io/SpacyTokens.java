package org.newsmark.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsmark.model.Span;

/**
 * The tokens of a spaCy {@code Doc} over a text, cut so that every span starts at a token's start
 * and ends at a token's end: what {@code Doc.char_span(start, end, alignment_mode="strict")} needs.
 * The words of {@link Tokenizer} are split wherever a span starts or ends inside one. As spaCy does,
 * a token's trailing whitespace ({@code ws}) is one ASCII space at most; any other whitespace (line
 * breaks, tabs, NBSP, a second space) is a whitespace token of its own, so the Doc's text, the
 * tokens each followed by a space when {@code ws} is set, is the text itself. A space is left out
 * of the tokens as the previous token's {@code ws} only when no span starts on it or ends right
 * after it; else it is a token too. Tokens are UTF-16 ranges, in order, never empty, and together
 * with the {@code ws} spaces they cover the whole text.
 */
final class SpacyTokens {

    /** A span and the tokens it covers exactly ({@code lastToken} inclusive, as in Prodigy's {@code token_end}). */
    record Placed(Span span, int firstToken, int lastToken) {
    }

    private final int textLength;
    private final int[] starts;
    private final int[] ends;

    private SpacyTokens(int textLength, int[] starts, int[] ends) {
        this.textLength = textLength;
        this.starts = starts;
        this.ends = ends;
    }

    /** The tokens of {@code text} for {@code spans}, whose ranges must be non-empty and on code point boundaries. */
    static SpacyTokens of(String text, List<Span> spans) {
        return new Builder(text, Tokenizer.tokenize(text), spans).build();
    }

    int size() {
        return starts.length;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** Whether the token is followed by one space that belongs to no token (spaCy's {@code whitespace_}). */
    boolean spaceAfter(int token) {
        int next = token + 1 < starts.length ? starts[token + 1] : textLength;
        return next > ends[token];
    }

    /** The spans with the tokens each covers exactly, in the order given. */
    List<Placed> place(List<Span> spans) {
        List<Placed> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int first = Arrays.binarySearch(starts, s.start());
            int last = Arrays.binarySearch(ends, s.end());
            if (first < 0 || last < 0) {
                throw new IllegalStateException("span " + s.range() + " is not on token boundaries");
            }
            out.add(new Placed(s, first, last));
        }
        return out;
    }

    private static final class Builder {
        private final String text;
        private final Tokenization words;
        /** Where spans start, and where they end: sorted, distinct. */
        private final int[] spanStarts;
        private final int[] spanEnds;
        /** Both of the above together: sorted, distinct. */
        private final int[] cuts;
        private int nextCut;
        private final TokenRanges tokens;

        Builder(String text, Tokenization words, List<Span> spans) {
            this.text = text;
            this.words = words;
            int[] s = new int[spans.size()];
            int[] e = new int[spans.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = spans.get(i).start();
                e[i] = spans.get(i).end();
            }
            spanStarts = Arrays.stream(s).sorted().distinct().toArray();
            spanEnds = Arrays.stream(e).sorted().distinct().toArray();
            int[] both = Arrays.copyOf(s, s.length + e.length);
            System.arraycopy(e, 0, both, s.length, e.length);
            cuts = Arrays.stream(both).sorted().distinct().toArray();
            // the words, the cuts, and some room for whitespace tokens (line breaks) before growing
            int capacity = words.size() + words.size() / 8 + cuts.length + 16;
            tokens = new TokenRanges(capacity);
        }

        SpacyTokens build() {
            int pos = 0;
            for (int w = 0; w < words.size(); w++) {
                gap(pos, words.start(w));
                pieces(words.start(w), words.end(w));
                pos = words.end(w);
            }
            gap(pos, text.length());
            return new SpacyTokens(text.length(), tokens.starts(), tokens.ends());
        }

        /** The separators {@code [from, to)} between two words (or a word and an end of the text). */
        private void gap(int from, int to) {
            if (from == to) {
                return;
            }
            if (tokens.size() > 0 && text.charAt(from) == ' '
                    && Arrays.binarySearch(spanStarts, from) < 0 && Arrays.binarySearch(spanEnds, from + 1) < 0) {
                from++; // the previous word's ws
            }
            if (from < to) {
                pieces(from, to);
            }
        }

        /** {@code [from, to)} as tokens, cut wherever a span starts or ends inside it. */
        private void pieces(int from, int to) {
            while (nextCut < cuts.length && cuts[nextCut] <= from) {
                nextCut++;
            }
            int s = from;
            while (nextCut < cuts.length && cuts[nextCut] < to) {
                tokens.add(s, cuts[nextCut]);
                s = cuts[nextCut++];
            }
            tokens.add(s, to);
        }
    }
}
