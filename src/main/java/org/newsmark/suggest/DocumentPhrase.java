package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A document, data or a group as the source of a report, with the words that say where it comes from:
 * {@code according to a new report}, {@code according to data from the Gun Violence Archive},
 * {@code according to videos posted on social media}.
 */
final class DocumentPhrase {

    /** How many lower-case modifiers may stand between the determiner and the noun: {@code a new annual report}. */
    private static final int MAX_MODIFIERS = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{Ll}-]+(?:'|’|'s|’s)?");
    private static final Pattern OWNER = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:'s|’s)");
    /** Where the source comes from or how it appeared, up to the next punctuation mark. */
    private static final Pattern SOURCE = Pattern.compile(" (?:from|published|released|issued|presented|conducted"
            + "|carried out|commissioned|posted|signed|compiled|gathered|collected) [^,.;:\"“”()\\n]{2,70}?"
            + "(?=[,.;:(]|\\n|$)");

    private DocumentPhrase() {
    }

    /**
     * {@code a new report}, {@code NASA's latest estimate}, {@code the researchers' calculations}: a determiner or a
     * possessor, a few lower-case modifiers and a role or document noun at {@code pos}.
     */
    static Optional<TextRange> modifiedAt(String text, int pos) {
        int p = pos < text.length() && text.charAt(pos) == ' ' ? pos + 1 : pos;
        int[] end = {p};
        String determiner = nextWord(text, end);
        boolean possessor = TextScan.startsUpper(determiner) && (determiner.endsWith("'s") || determiner.endsWith("’s"));
        if (!possessor && !SpeechVocabulary.DETERMINERS.contains(determiner.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (int i = 0; i <= MAX_MODIFIERS; i++) {
            String w = nextWord(text, end);
            boolean ownerAfterDeterminer = i == 0 && !possessor && OWNER.matcher(w).matches(); // the WHO's situation report
            if (w.isEmpty() || !WORD.matcher(w).matches() && !ownerAfterDeterminer) {
                return Optional.empty();
            }
            if (SpeechVocabulary.ROLE_WORDS.contains(w)) {
                return Optional.of(new TextRange(p, end[0]));
            }
        }
        return Optional.empty();
    }

    /** The phrase with a participle or {@code from}-phrase after a lower-case head: {@code data from X}. */
    static TextRange withSource(String text, TextRange phrase) {
        String head = phrase.of(text);
        String last = head.substring(head.lastIndexOf(' ') + 1);
        if (!SpeechVocabulary.ROLE_WORDS.contains(last)) {
            return phrase;
        }
        return AnchoredScan.at(SOURCE, text, phrase.end()).map(m -> new TextRange(phrase.start(), m.end())).orElse(phrase);
    }

    /** The word starting at {@code at[0]} (after one space), advancing {@code at[0]} past it; empty if none. */
    private static String nextWord(String text, int[] at) {
        int s = at[0] < text.length() && text.charAt(at[0]) == ' ' ? at[0] + 1 : at[0];
        int e = s;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || "-'’".indexOf(text.charAt(e)) >= 0)) {
            e++;
        }
        at[0] = e;
        return text.substring(s, e);
    }
}
