package org.newsmark.suggest.gazetteer;

/**
 * The first words of every name, folded as the trie folds them, kept as a Bloom filter: it may say yes to a word no name
 * opens with, never no to one a name does. A capitalised word of running text ({@code President}, {@code Tuesday})
 * mostly opens no name, yet walking the trie to learn that cost several cache misses a word, most of what finding the
 * world's places in an article cost; the filter answers from two bits.
 */
final class FirstWordFilter {

    private static final int BITS = 1 << 22; // 512 KB: for ~300,000 first words about 1% false yes with two bits
    private final long[] bits = new long[BITS / 64];

    /** Adds the first word of the name {@code chars[from, to)}. */
    void add(char[] chars, int from, int to) {
        int end = from;
        while (end < to && inFirstWord(chars[end])) {
            end++;
        }
        long h = hash(chars, from, end);
        set((int) h);
        set((int) (h >>> 32));
    }

    /** Whether some name may open with the word of word characters that starts at {@code start}. */
    boolean mayOpen(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && inFirstWord(text.charAt(end))) {
            end++;
        }
        long h = hash(text, start, end);
        return get((int) h) && get((int) (h >>> 32));
    }

    /**
     * Word characters up to an apostrophe of any kind: {@code ʻ} is a letter and {@code '} is not, yet the trie takes
     * them for one ({@code Nukuʻalofa} is the bundled {@code Nuku'alofa}), so a first word ends at either.
     */
    private static boolean inFirstWord(char c) {
        return WorldGazetteer.isWordChar(c) && NameTrie.fold(c) != '\'';
    }

    private static long hash(CharSequence s, int start, int end) {
        long h = SEED;
        for (int i = start; i < end; i++) {
            h = step(h, s.charAt(i));
        }
        return mix(h);
    }

    private static long hash(char[] s, int start, int end) {
        long h = SEED;
        for (int i = start; i < end; i++) {
            h = step(h, s[i]);
        }
        return mix(h);
    }

    private static final long SEED = 0xcbf29ce484222325L;

    private static long step(long h, char c) {
        return (h ^ NameTrie.fold(c)) * 0x100000001b3L;
    }

    private static long mix(long h) {
        return h ^ (h >>> 29) * 0x9E3779B97F4A7C15L;
    }

    private void set(int bit) {
        int b = bit & (BITS - 1);
        bits[b >>> 6] |= 1L << b;
    }

    private boolean get(int bit) {
        int b = bit & (BITS - 1);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }
}
