package org.newsmark.suggest;

import java.util.Set;

/** Sentence boundaries good enough for news prose: abbreviations and initials do not end a sentence. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "prof", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "approx",
            "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n",
            "d.c", "a.m", "p.m", "e.g", "i.e");

    private Sentences() {
    }

    /** Index just after the sentence-final punctuation at or after {@code from}, or the line/text end. */
    static int endOf(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Index of the first character of the sentence containing {@code pos}. */
    static int startOf(String text, int pos) {
        for (int i = Math.min(pos, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return skipSpace(text, i + 1);
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i)) {
                int j = i + 1;
                while (j < text.length() && "\"”’'".indexOf(text.charAt(j)) >= 0 && j < pos) {
                    j++;
                }
                return skipSpace(text, j);
            }
        }
        return skipSpace(text, 0);
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isBoundary(String text, int i) {
        int next = i + 1;
        while (next < text.length() && "\"”’'»)".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int s = i;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, i).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(s)))) {
            return false;
        }
        int after = next;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after >= text.length() || !Character.isLowerCase(text.charAt(after));
    }
}
