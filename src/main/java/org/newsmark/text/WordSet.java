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
    /** Bit {@code k} set when a word has {@code k} characters (words of 64 or more set bit 63). */
    private final long lengths;
    /**
     * The words' openings in ASCII: bit {@code 128 * first + second} of their first two folded characters ({@code second}
     * 0 for a word of one character). A word whose opening folds outside ASCII has no bit: no stretch opening in ASCII
     * can equal it, and a stretch opening outside ASCII is not turned down by this table.
     */
    private final long[] openings = new long[128 * 128 / 64];

    private WordSet(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        table = new String[size];
        mask = size - 1;
        longest = words.stream().mapToInt(String::length).max().orElse(0);
        long lengthBits = 0;
        for (String w : words) {
            lengthBits |= 1L << Math.min(63, w.length());
            if (!w.isEmpty()) {
                int opening = opening(fold(w.charAt(0)), w.length() > 1 ? fold(w.charAt(1)) : 0);
                if (opening >= 0) {
                    openings[opening >>> 6] |= 1L << opening;
                }
            }
        }
        lengths = lengthBits;
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
        if (length <= 0 || length > longest || (lengths & (1L << Math.min(63, length))) == 0
                || !mayOpen(text.charAt(start), length > 1 ? text.charAt(start + 1) : 0)) {
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

    /**
     * Whether the word of letters and digits that starts at {@code start} is one of the words: as
     * {@code contains(text, start, TextScan.wordEnd(text, start))}, without walking a long word to its end or a word
     * whose first character no word opens with.
     */
    public boolean containsWordAt(CharSequence text, int start) {
        if (start >= text.length()) {
            return false;
        }
        char second = start + 1 < text.length() && TextScan.isWordChar(text.charAt(start + 1)) ? text.charAt(start + 1) : 0;
        if (!mayOpen(text.charAt(start), second)) {
            return false;
        }
        int end = start;
        int limit = Math.min(text.length(), start + longest + 1);
        while (end < limit && TextScan.isWordChar(text.charAt(end))) {
            end++;
        }
        return contains(text, start, end);
    }

    /**
     * Whether a word may open with {@code first} and {@code second} ({@code 0} for a stretch of one character): most
     * stretches asked about open in a way no word does, told apart here before the stretch is hashed.
     */
    private boolean mayOpen(char first, char second) {
        int opening = opening(fold(first), fold(second));
        return opening < 0 || (openings[opening >>> 6] & (1L << opening)) != 0;
    }

    /** The bit of an opening of two folded characters, or -1 when either folds outside ASCII. */
    private static int opening(int first, int second) {
        return first < 128 && second < 128 ? first << 7 | second : -1;
    }

    /** The longest word's length: a stretch longer than that is in no set. */
    public int longest() {
        return longest;
    }

    /** Folds each character the way an ignore-case comparison treats as equal, so equal words hash alike. */
    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static boolean sameIgnoringCase(String word, CharSequence text, int start) {
        for (int k = 0; k < word.length(); k++) {
            char a = word.charAt(k);
            char b = text.charAt(start + k);
            if (a != b && fold(a) != fold(b)) {
                return false;
            }
        }
        return true;
    }

    /** The character an ignore-case comparison takes {@code c} for; ASCII without the two table lookups. */
    private static int fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
