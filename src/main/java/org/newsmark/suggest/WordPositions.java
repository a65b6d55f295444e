package org.newsmark.suggest;

import java.util.Arrays;
import java.util.List;

/**
 * Where the words of a few fixed lists occur in a text, as text (not only as whole words), found for every list in
 * one pass: at each character only the words that begin with it and the next character are compared (most pairs begin
 * none). It replaces one {@code indexOf} scan of the whole text per word, which for the ninety site heads was most of
 * what the site pattern cost on an ordinary article.
 */
final class WordPositions {

    /** A word and the list it belongs to. */
    private record Entry(char[] word, int list) {
    }

    private static final int BUCKETS = 4096;
    /** The words by a hash of their first two characters. */
    private final Entry[][] byPair = new Entry[BUCKETS][];
    private final int lists;

    private WordPositions(List<List<String>> wordLists) {
        lists = wordLists.size();
        for (int l = 0; l < lists; l++) {
            for (String w : wordLists.get(l)) {
                if (w.length() < 2) {
                    throw new IllegalArgumentException("a word needs two characters at least: '" + w + "'");
                }
                int b = bucket(w.charAt(0), w.charAt(1));
                Entry[] bucket = byPair[b] == null ? new Entry[0] : byPair[b];
                bucket = Arrays.copyOf(bucket, bucket.length + 1);
                bucket[bucket.length - 1] = new Entry(w.toCharArray(), l);
                byPair[b] = bucket;
            }
        }
    }

    /** Positions of the words of each list, the lists in the order given. */
    static WordPositions of(List<List<String>> wordLists) {
        return new WordPositions(wordLists);
    }

    /** For each list, the indices where one of its words starts in {@code text}, ascending, each once. */
    int[][] in(String text) {
        int[][] out = new int[lists][8];
        int[] counts = new int[lists];
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            Entry[] bucket = byPair[bucket(text.charAt(i), text.charAt(i + 1))];
            if (bucket == null) {
                continue;
            }
            for (Entry e : bucket) {
                int l = e.list();
                int count = counts[l];
                if ((count == 0 || out[l][count - 1] != i) && startsWith(text, i, e.word())) {
                    out[l] = count == out[l].length ? Arrays.copyOf(out[l], count * 2) : out[l];
                    out[l][count] = i;
                    counts[l] = count + 1;
                }
            }
        }
        for (int l = 0; l < lists; l++) {
            out[l] = Arrays.copyOf(out[l], counts[l]);
        }
        return out;
    }

    private static int bucket(char first, char second) {
        return (first * 31 + second) & (BUCKETS - 1);
    }

    private static boolean startsWith(String text, int at, char[] w) {
        if (at + w.length > text.length()) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            if (text.charAt(at + k) != w[k]) {
                return false;
            }
        }
        return true;
    }
}
