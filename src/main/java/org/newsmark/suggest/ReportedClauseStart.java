package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Tells a reported clause from the object of a verb when no {@code that} introduces it:
 * {@code claimed the deal was illegal} (a clause) but {@code claimed responsibility} (an object).
 */
final class ReportedClauseStart {

    private static final Pattern NEXT_WORD = Pattern.compile(" ?(\\p{L}+)");
    /** The first words of a clause up to the first punctuation mark: {@code the deal was illegal}. */
    private static final Pattern LEADING_WORDS = Pattern.compile(" ?([\\p{L}\\p{N}'’ -]{1,80})");
    /** A phrase set off by commas after the first words, then the words that follow it. */
    private static final Pattern INSERTED_THEN_WORDS = Pattern.compile(", (?:like|such as|including|unlike|which|who) [^,.;:\"“”]{1,60}, "
            + "([\\p{L}\\p{N}'’ -]{1,80})");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Finite auxiliaries and copulas that mark the verb of a clause ({@code the deal was}, {@code it be waived}). */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "be", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "do", "did", "shall");
    /** How many words a subject may have before its verb. */
    private static final int MAX_SUBJECT_WORDS = 7;
    /** Within this many words a finite verb marks a clause even after {@code to} ({@code the decision to go was …}). */
    private static final int NEAR_WORDS = 5;
    /** Words that open a clause inside the object, so a verb after them is not the reported clause's. */
    private static final Set<String> EMBEDDING = Set.of("to", "that", "which", "who", "whom", "whose", "where", "when",
            "if", "whether", "because", "after", "before", "while");
    /** Words that open the object of a verb: after {@code attended}, {@code allows}, they show a clause's verb. */
    private static final Set<String> OBJECT_STARTS = Set.of("the", "a", "an", "his", "her", "its", "their", "it",
            "them", "him", "us", "me", "this", "these", "those");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "in", "on", "for", "with", "by", "at", "from",
            "about", "as", "into", "over");

    private ReportedClauseStart() {
    }

    /** Whether a clause (rather than an object) starts at {@code p}. */
    static boolean at(String text, int p) {
        return startsWithSubject(text, p) || hasFiniteVerbSoon(text, p);
    }

    /** A pronoun or a name right after {@code p}: a clause, not an object ({@code announced the death}). */
    private static boolean startsWithSubject(String text, int p) {
        Optional<MatchResult> m = AnchoredScan.at(NEXT_WORD, text, p);
        if (m.isEmpty()) {
            return false;
        }
        String w = m.get().group(1);
        return SUBJECT_PRONOUNS.contains(w.toLowerCase(Locale.ROOT))
                || Character.isUpperCase(w.charAt(0)) && !SpeechVocabulary.NOT_NAMES.contains(w) && !w.equals("The");
    }

    /**
     * {@code the wall was needed}, {@code his team had won}: an auxiliary within the first few words, no
     * preposition first ({@code announced their support} has none: an object).
     */
    private static boolean hasFiniteVerbSoon(String text, int p) {
        Optional<MatchResult> m = AnchoredScan.at(LEADING_WORDS, text, p);
        if (m.isEmpty()) {
            return false;
        }
        String leading = m.get().group(1).strip();
        int inserted = m.get().end();
        if (inserted < text.length() && text.charAt(inserted) == ',') {
            // "suggested the algae, like warming temperatures, might …", "reported the landing, which …, was": words set
            // off by commas are skipped
            Optional<MatchResult> rest = AnchoredScan.at(INSERTED_THEN_WORDS, text, inserted);
            leading = rest.map(r -> m.get().group(1).strip() + " " + r.group(1).strip()).orElse(leading);
        }
        String[] words = leading.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || PREPOSITIONS.contains(words[0]) || FINITE.contains(words[0])) {
            return false;
        }
        boolean embedded = false;
        for (int i = 1; i < Math.min(words.length, MAX_SUBJECT_WORDS + 1); i++) {
            // beyond the first few words, a verb after "to", "that" … is the object's own clause:
            // "announced plans to build a plant that will …"
            boolean near = i <= NEAR_WORDS || !embedded;
            if (near && (FINITE.contains(words[i])
                    || i + 1 < words.length && (inflectedVerb(words, i) || verbAfterNoun(words, i)))) {
                return true;
            }
            embedded |= EMBEDDING.contains(words[i]);
        }
        return false;
    }

    /**
     * {@code the purchase appeared to …}, {@code the coating repels bacteria}: right after a determiner and one noun, a
     * word in {@code -ed} before a preposition, or in {@code -s} before a content word, is the clause's verb.
     */
    private static boolean verbAfterNoun(String[] words, int i) {
        if (i < 2 || !DETERMINERS.contains(words[i - 2]) || words[i - 1].endsWith("s") || words[i - 1].endsWith("'s")) {
            return false;
        }
        String w = words[i];
        String next = words[i + 1];
        if (w.length() > 4 && w.endsWith("ed")) {
            return PREPOSITIONS.contains(next);
        }
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("’s")
                && next.length() > 3 && !PREPOSITIONS.contains(next) && !OBJECT_STARTS.contains(next)
                && !FINITE.contains(next) && !next.endsWith("ly") && !EMBEDDING.contains(next) && !next.equals("and");
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this", "our");

    /**
     * {@code around 200 people attended the event}, {@code the commission's scope allows it}: a word in
     * {@code -ed} or {@code -s} after a subject and before the start of its object, not after a determiner.
     */
    private static boolean inflectedVerb(String[] words, int i) {
        String w = words[i];
        boolean inflected = w.length() > 4 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("'s") && !w.endsWith("’s"));
        return inflected && OBJECT_STARTS.contains(words[i + 1]) && !OBJECT_STARTS.contains(words[i - 1])
                && !PREPOSITIONS.contains(words[i - 1]);
    }
}
