package org.newsmark.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Text between quotation marks (straight or typographic) that no quote span covers yet. */
public final class QuotePassages {

    private static final Map<Character, Character> PAIRS = Map.of(
            '"', '"', '“', '”', '«', '»', '„', '“', '「', '」', '‘', '’');

    private QuotePassages() {
    }

    /** Insides of paired quotation marks, in order, within one paragraph. */
    public static List<TextRange> all(String text) {
        List<TextRange> passages = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char open = text.charAt(i);
            Character close = PAIRS.get(open);
            if (close == null || (open == '‘' && isApostrophe(text, i))) {
                i++;
                continue;
            }
            int end = findClose(text, i + 1, close);
            if (end < 0) {
                i++;
                continue;
            }
            TextRange inside = new TextRange(i + 1, end).trimmedIn(text);
            if (!inside.isEmpty()) {
                passages.add(inside);
            }
            i = end + 1;
        }
        return passages;
    }

    /** The first untagged passage that starts after {@code from}, wrapping around to the start. */
    public static java.util.Optional<TextRange> nextUntagged(String text, List<Span> spans, String quoteLabel, int from) {
        List<TextRange> open = all(text).stream()
                .filter(p -> spans.stream().noneMatch(s -> s.label().equals(quoteLabel) && s.range().overlaps(p)))
                .toList();
        return open.stream().filter(p -> p.start() > from).findFirst().or(() -> open.stream().findFirst());
    }

    private static int findClose(String text, int from, char close) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == close && !(close == '’' && isApostrophe(text, j))) {
                return j;
            }
        }
        return -1;
    }

    /** A quote mark between two letters is an apostrophe (it's, Korea’s). */
    private static boolean isApostrophe(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }
}
