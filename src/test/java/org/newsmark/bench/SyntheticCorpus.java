package org.newsmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Deterministic news-like text and spans of a chosen size, for benchmarks. */
public final class SyntheticCorpus {

    private static final String[] WORDS = ("the minister said that government troops would leave the northern region "
            + "within three days while officials in Seoul and Moscow warned of 12,000 soldiers near the border "
            + "according to agency reports analysts expect talks on Friday after weeks of tension").split(" ");
    private static final String[] LABELS = {"speaker", "quote", "figure", "place"};

    private SyntheticCorpus() {
    }

    /** About {@code chars} characters of sentences in paragraphs. */
    public static String article(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 200);
        text.append("Synthetic headline number ").append(seed).append('\n');
        int sentence = 0;
        while (text.length() < chars) {
            int words = 8 + random.nextInt(14);
            for (int i = 0; i < words; i++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(i == words - 1 ? ". " : " ");
            }
            if (++sentence % 5 == 0) {
                text.setLength(text.length() - 1);
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** {@code count} spans on word boundaries, evenly spread, every fifth nested in the one before. */
    public static List<Span> spans(String text, int count, long seed) {
        Random random = new Random(seed);
        List<Span> spans = new ArrayList<>(count);
        int stride = Math.max(2, text.length() / count);
        for (int i = 0; i < count; i++) {
            int from = wordStart(text, Math.min(text.length() - 2, i * stride));
            int to = wordEnd(text, Math.min(text.length(), from + 3 + random.nextInt(Math.max(4, stride - 4))));
            if (to <= from) {
                to = Math.min(text.length(), from + 1);
            }
            if (i % 5 == 4 && !spans.isEmpty()) {
                TextRange outer = spans.get(spans.size() - 1).range();
                from = outer.start();
                to = Math.max(from + 1, Math.min(outer.end(), from + 4));
            }
            spans.add(new Span(0, 0, new TextRange(from, to), LABELS[random.nextInt(LABELS.length)],
                    org.newsmark.app.DocumentSession.ANALYST));
        }
        return spans;
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
