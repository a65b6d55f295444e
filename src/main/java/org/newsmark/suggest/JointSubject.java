package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A speaker that is one conjunct of a joint subject grows to the whole subject, as the guidelines tag
 * it: {@code Both he and the county's Police and Crime Commissioner Stephen Mold said}. A possessor
 * before a name ({@code the county's}) joins it too.
 */
final class JointSubject {

    /** How many conjuncts and possessors are taken at most. */
    private static final int MAX_STEPS = 4;

    private JointSubject() {
    }

    /** The speaker with the conjuncts and possessor before it; the speaker itself when there are none. */
    static TextRange extend(String text, TextRange speaker) {
        int start = speaker.start();
        boolean joined = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            int possessor = possessorStart(text, start);
            if (possessor < start) {
                start = possessor;
                continue;
            }
            String previous = TextScan.previousWord(text, start);
            if (!previous.equals("and") || TextScan.isSentenceStart(text, TextScan.previousWordStart(text, start))) {
                break;
            }
            int andStart = TextScan.previousWordStart(text, start);
            Optional<TextRange> first = conjunctBefore(text, andStart);
            if (first.isEmpty()) {
                int list = listStart(text, andStart);
                if (list >= 0) {
                    start = list; // "Hawkins, Blankenship, and Carroll said": a list with a comma before "and"
                    joined = true;
                }
                break;
            }
            start = first.get().start();
            joined = true;
            int list = listStart(text, start);
            if (list >= 0) {
                start = list;
                break;
            }
        }
        int both = TextScan.previousWordStart(text, start);
        boolean hasBoth = both >= 0 && TextScan.previousWord(text, start).equalsIgnoreCase("both");
        if (!joined) {
            return speaker;
        }
        return new TextRange(hasBoth ? both : start, speaker.end());
    }

    /** {@code the county's Police}: a determiner and a lower-case possessor before a capitalised name. */
    private static boolean ownedName(String phrase) {
        String[] words = phrase.split(" ", 4);
        return words.length >= 3 && SpeechVocabulary.DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
                && (words[1].endsWith("'s") || words[1].endsWith("’s")) && TextScan.startsUpper(words[2]);
    }

    /** {@code the Search} (and Rescue Agency), {@code the Ministry} (and its minister): a determiner and a capitalised name. */
    private static boolean determinedName(String phrase) {
        String[] words = phrase.split(" ");
        return words.length >= 2 && SpeechVocabulary.DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
                && java.util.Arrays.stream(words, 1, words.length).allMatch(w -> TextScan.startsUpper(w) && !w.endsWith("'s")
                && !w.endsWith("’s"));
    }

    /** {@code the county's} right before {@code start}: where it begins, or {@code start}. */
    private static int possessorStart(String text, int start) {
        String word = TextScan.previousWord(text, start);
        if (!(word.endsWith("'s") || word.endsWith("’s")) || !Character.isLowerCase(word.charAt(0))) {
            return start;
        }
        int ws = TextScan.previousWordStart(text, start);
        String det = TextScan.previousWord(text, ws).toLowerCase(Locale.ROOT);
        return SpeechVocabulary.DETERMINERS.contains(det) ? TextScan.previousWordStart(text, ws) : start;
    }

    /**
     * {@code Hawkins, Blankenship(,) and}: where a list of names separated by commas that opens the sentence starts,
     * from the name before {@code from} (or before the comma there); -1 when the names do not reach the sentence start.
     */
    private static int listStart(String text, int from) {
        int s = from;
        int back = TextScan.skipSpacesBack(text, from);
        if (back > 0 && text.charAt(back - 1) == ',') {
            s = conjunct(text, back - 1).map(TextRange::start).orElse(-1);
        }
        for (int k = 0; k < MAX_STEPS && s >= 2 && text.startsWith(", ", s - 2) && !TextScan.isSentenceStart(text, s); k++) {
            s = conjunct(text, s - 2).map(TextRange::start).orElse(-1);
        }
        return s >= 0 && s < from && TextScan.isSentenceStart(text, s) ? s : -1;
    }

    /** A capitalised name ending right at {@code end}. */
    private static Optional<TextRange> conjunct(String text, int end) {
        return SpeakerPhrases.before(text, end).filter(p -> p.end() == end && TextScan.startsUpper(p.of(text))
                && !SpeechVocabulary.NOT_NAMES.contains(TextScan.firstWord(p.of(text))));
    }

    /** A pronoun or a capitalised name right before {@code and}. */
    private static Optional<TextRange> conjunctBefore(String text, int andStart) {
        int e = TextScan.skipSpacesBack(text, andStart);
        if (e == andStart || e == 0 || !Character.isLetter(text.charAt(e - 1))) {
            return Optional.empty();
        }
        String word = TextScan.previousWord(text, andStart);
        if (SpeechVocabulary.PRONOUNS.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("It")) {
            return Optional.of(new TextRange(TextScan.previousWordStart(text, andStart), e));
        }
        return SpeakerPhrases.before(text, andStart).filter(p -> (TextScan.startsUpper(p.of(text)) || ownedName(p.of(text))
                // "But private Chinese companies and …": a conjunct in lower case right after the sentence's opening "But"
                || determinedName(p.of(text)) || CommonNounPhrase.afterOpeningConjunction(text, p.start())) && p.end() == e);
    }
}
