package org.newsmark.text;

import java.util.Collection;

/**
 * A fixed set of words asked, case-insensitively, whether it holds a stretch of a text, without cutting the
 * stretch out or lower-casing it: the question is asked at every word of every article, where a
 * {@code substring(...).toLowerCase()} per word costs more than the lookup. Words compare as
 * {@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase} does.
 */
public final class WordSet {

    private final String[] table;
    private final int mask;
    private final int longest;

    private WordSet(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        table = new String[size];
        mask = size - 1;
        longest = words.stream().mapToInt(String::length).max().orElse(0);
        for (String w : words) {
            int slot = hash(w, 0, w.length()) & mask;
            while (table[slot] != null && !table[slot].equalsIgnoreCase(w)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
        }
    }

    public static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    /** Whether {@code text} from {@code start} to {@code end} is one of the words, in any case. */
    public boolean contains(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > longest) {
            return false;
        }
        for (int slot = hash(text, start, end) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String w = table[slot];
            if (w.length() == length && sameIgnoringCase(w, text, start)) {
                return true;
            }
        }
        return false;
    }

    /** The longest word's length: a stretch longer than that is in no set. */
    public int longest() {
        return longest;
    }

    /** Folds each character the way an ignore-case comparison treats as equal, so equal words hash alike. */
    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return h ^ (h >>> 16);
    }

    private static boolean sameIgnoringCase(String word, CharSequence text, int start) {
        for (int k = 0; k < word.length(); k++) {
            char a = word.charAt(k);
            char b = text.charAt(start + k);
            if (a != b && Character.toLowerCase(Character.toUpperCase(a)) != Character.toLowerCase(Character.toUpperCase(b))) {
                return false;
            }
        }
        return true;
    }
}
