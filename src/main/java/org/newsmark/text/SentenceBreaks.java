package org.newsmark.text;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import org.newsmark.model.TextRange;

/**
 * The sentences of one text, found once: a line break always ends a sentence, abbreviations do not
 * ({@link Segmenter}). Queries are binary searches, so a caller may ask for every position.
 */
public final class SentenceBreaks {

    private static final String CLOSING = "\"”’'»«›‹)]」』";

    private final String text;
    /** Start of each sentence as ICU found it (the first is 0); a sentence runs to the next start. */
    private final int[] starts;

    private SentenceBreaks(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static SentenceBreaks of(String text, BreakIterator sentences) {
        sentences.setText(text);
        int[] starts = new int[16];
        int n = 0;
        for (int b = sentences.first(); b != BreakIterator.DONE && b < text.length(); b = sentences.next()) {
            if (n > 0 && followsAbbreviation(text, b)) {
                continue;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = b;
        }
        return new SentenceBreaks(text, withStartsIcuMissed(text, n == 0 ? new int[] {0} : Arrays.copyOf(starts, n)));
    }

    /**
     * Sentence starts ICU's English filter missed, merged into {@code starts} in one pass (a text of a megabyte has
     * thousands of them). After a full stop and a space:
     * <ul>
     * <li>a digit starts a sentence ({@code died. 14 have recovered}, which ICU keeps as one as a lower-case word
     *     follows the number) unless the stop ends an abbreviation ({@code No. 11}, {@code Oct. 31}, {@code p. 5});</li>
     * <li>a capital after an acronym of capitals or a law's {@code Act} starts one ({@code the IMF. In a statement},
     *     {@code the Clean Air Act. The}): ICU suppresses a break after any word that ends like one of its
     *     abbreviations, and after {@code Act.}.</li>
     * </ul>
     */
    private static int[] withStartsIcuMissed(String text, int[] starts) {
        int[] extra = new int[8];
        int n = 0;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            int b = i + 1;
            while (b < text.length() && (text.charAt(b) == ' ' || text.charAt(b) == '\u00A0')) {
                b++;
            }
            if (b >= text.length() || Arrays.binarySearch(starts, b) >= 0) {
                continue;
            }
            char c = text.charAt(b);
            boolean digit = Character.isDigit(c) && !followsAbbreviation(text, b) && !endsShortWord(text, i);
            boolean acronym = Character.isUpperCase(c) && (endsAcronym(text, i) || endsLaw(text, i));
            if (digit || acronym) {
                if (n == extra.length) {
                    extra = Arrays.copyOf(extra, n * 2);
                }
                extra[n++] = b;
            }
        }
        if (n == 0) {
            return starts;
        }
        int[] merged = new int[starts.length + n];
        int a = 0;
        int e = 0;
        for (int k = 0; k < merged.length; k++) {
            merged[k] = e >= n || a < starts.length && starts[a] < extra[e] ? starts[a++] : extra[e++];
        }
        return merged;
    }

    /** {@code the Affordable Care Act. The}: ICU takes {@code Act.} for an abbreviation, news text ends laws' names with it. */
    private static boolean endsLaw(String text, int stop) {
        return stop >= 4 && text.startsWith(" Act", stop - 4);
    }

    /** {@code IMF}, {@code PMF}: two or more capitals right before the stop at {@code stop}, a whole word. */
    private static boolean endsAcronym(String text, int stop) {
        int start = stop;
        while (start > 0 && Character.isUpperCase(text.charAt(start - 1))) {
            start--;
        }
        return stop - start >= 2 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
                && text.charAt(start - 1) != '.' && text.charAt(start - 1) != '&');
    }

    /** {@code p.}, {@code vol.}, a list's {@code 1.}: a lower-case word of at most three letters or a number opening a line. */
    private static boolean endsShortWord(String text, int stop) {
        int start = stop;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, stop);
        boolean shortLower = word.length() <= 3 && word.chars().allMatch(Character::isLowerCase);
        boolean listNumber = !word.isEmpty() && word.chars().allMatch(Character::isDigit)
                && (start == 0 || text.charAt(start - 1) == '\n');
        return word.isEmpty() ? stop > 0 && text.charAt(stop - 1) == '.' : shortLower || listNumber;
    }

    /** Whether the break at {@code b} comes right after a news abbreviation or an initial ({@code John F. Kennedy}). */
    private static boolean followsAbbreviation(String text, int b) {
        int end = b;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        if (end == b || end == 0 || text.charAt(end - 1) != '.') {
            return false; // no space before the break (a line break, a quotation mark) or no full stop
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "(\"“‘'".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String word = text.substring(start, end);
        boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0));
        return initial || Segmenter.NO_BREAK_AFTER.contains(word);
    }

    public String text() {
        return text;
    }

    public int count() {
        return starts.length;
    }

    /** The number of the sentence holding {@code index} (0 for an index before the text, the last after it). */
    public int indexOf(int index) {
        int i = Arrays.binarySearch(starts, index);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }

    /** Sentence {@code i} with its leading and trailing whitespace removed. */
    public TextRange sentence(int i) {
        int end = i + 1 < starts.length ? starts[i + 1] : text.length();
        return new TextRange(starts[i], end).trimmedIn(text);
    }

    /**
     * The sentence holding {@code index}, without surrounding whitespace; an index in the whitespace
     * after a sentence belongs to the sentence that follows.
     */
    public TextRange sentenceAt(int index) {
        int i = indexOf(index);
        TextRange s = sentence(i);
        return index >= s.end() && i + 1 < starts.length ? sentence(i + 1) : s;
    }

    /** The first character of the sentence holding {@code index}, after any whitespace. */
    public int startOf(int index) {
        return sentenceAt(index).start();
    }

    /**
     * The end of the sentence holding {@code index} just after its final punctuation: closing quotation
     * marks and brackets after a {@code .}, {@code !} or {@code ?} are left to the next sentence's gap.
     */
    public int endOf(int index) {
        TextRange s = sentenceAt(index);
        int e = s.end();
        int p = e;
        while (p > s.start() && CLOSING.indexOf(text.charAt(p - 1)) >= 0) {
            p--;
        }
        return p < e && p > s.start() && ".!?".indexOf(text.charAt(p - 1)) >= 0 ? p : e;
    }
}
