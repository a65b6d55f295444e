package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsmark.text.TextScan;

/**
 * Tells a reported clause from the object of a verb when no {@code that} introduces it:
 * {@code claimed the deal was illegal} (a clause) but {@code claimed responsibility} (an object).
 */
final class ReportedClauseStart {

    private static final Pattern NEXT_WORD = Pattern.compile(" ?(\\p{L}+)");
    /** The first words of a clause up to the first punctuation mark: {@code the deal was illegal}. */
    /** The first words of a clause; an abbreviation's dots ({@code the U.S. election}) do not end them. */
    private static final Pattern LEADING_WORDS = Pattern.compile(" ?((?:[\\p{L}\\p{N}'’% -]|(?<=\\p{Lu})\\.(?=\\p{Lu}| \\p{Ll})"
            // an abbreviation in brackets after a name: {@code astronomers from the European Southern Observatory (ESO)}
            + "|(?<= )\\([\\p{Lu}\\d&-]{2,8}\\)(?= )){1,80})");
    /** A phrase set off by commas after the first words, then the words that follow it. */
    private static final Pattern INSERTED_THEN_WORDS = Pattern.compile(", (?:like|such as|including|unlike|which|who) [^,.;:\"“”]{1,60}, "
            + "([\\p{L}\\p{N}'’ -]{1,80})");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Finite auxiliaries and copulas that mark the verb of a clause ({@code the deal was}, {@code it be waived}). */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "be", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "do", "did", "shall");
    /** How many words a subject may have before its verb. */
    private static final int MAX_SUBJECT_WORDS = 7;
    /**
     * How many words a subject with post-modifiers may have before an auxiliary ({@code the cockpit voice recorder
     * from Lion Air Flight 610 has been recovered}), when no word that opens an embedded clause stands between.
     */
    private static final int MAX_LONG_SUBJECT_WORDS = 11;
    /** Past tenses that are no participles: {@code the attack took place}, {@code the twists they saw}. */
    private static final Set<String> PAST_ONLY = Set.of("took", "saw", "went", "came", "gave", "began", "became",
            "rose", "fell", "grew", "knew", "flew", "drew", "threw", "wrote", "drove", "broke", "chose", "spoke",
            "stole", "froze", "ran", "sank", "swam", "forgot", "forbade", "arose", "shook", "withdrew", "overtook",
            "undertook", "underwent", "overcame", "struck", "did",
            // short enough to pass for a noun by its length alone: {@code confirmed two pilgrims also died}
            "died");
    /**
     * Past tenses that are also participles ({@code a bid made by}): verbs only before the start of an object
     * ({@code nobody lost their insurance}).
     */
    private static final Set<String> PAST_OR_PARTICIPLE = Set.of("made", "found", "held", "kept", "left", "lost",
            "paid", "sent", "built", "sold", "led", "met", "brought", "bought", "caught", "fought", "spent", "won",
            "hit", "set", "put", "cut", "shot", "meant", "told", "said", "heard", "felt", "taught", "thought", "fled",
            "hid", "got", "gained");
    /** Words after a verb in {@code -ed} that a participle in a noun phrase rarely has: particles and prepositions. */
    private static final Set<String> AFTER_VERB = Set.of("off", "out", "up", "down", "away", "near", "across",
            "through", "around", "into", "over", "back");
    /** A phrase set off by commas inside the subject, then an auxiliary: {@code two players, A and B, were banned}. */
    private static final Pattern INSERTED_THEN_FINITE = Pattern.compile(", [^,.;:\"“”()]{1,70}, (?:is|are|was|were|has"
            + "|have|had|will|would|could|should|can|may|might|must)\\b");
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

    /** Whether a verb follows within the first words after {@code p}, whatever opens them. */
    static boolean verbSoon(String text, int p) {
        return hasFiniteVerbSoon(text, p);
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
        // "suggested piracy, perhaps to obtain the cargo, is …": a one-word subject in lower case counts too
        if (inserted < text.length() && text.charAt(inserted) == ','
                && (leading.indexOf(' ') > 0 || !leading.isEmpty() && Character.isLowerCase(leading.charAt(0)))
                && !PREPOSITIONS.contains(TextScan.firstWord(leading).toLowerCase(Locale.ROOT))
                && AnchoredScan.at(INSERTED_THEN_FINITE, text, inserted).isPresent()) {
            return true;
        }
        boolean closes = inserted >= text.length() || ".!?".indexOf(text.charAt(inserted)) >= 0;
        // "estimated the storm caused $5 billion …": a sum after the last word is the verb's object, as a number is
        boolean sumAfter = inserted < text.length() && FigurePatterns.isCurrencySign(text.charAt(inserted));
        if (inserted < text.length() && text.charAt(inserted) == ',') {
            // "suggested the algae, like warming temperatures, might …", "reported the landing, which …, was": words set
            // off by commas are skipped
            Optional<MatchResult> rest = AnchoredScan.at(INSERTED_THEN_WORDS, text, inserted);
            leading = rest.map(r -> m.get().group(1).strip() + " " + r.group(1).strip()).orElse(leading);
        }
        if (AnchoredScan.at(QUOTED_FINITE, text, inserted).isPresent() && subjectBeforeQuote(leading)) {
            return true; // "claimed the nominee "has a backbone …"": the clause's verb opens a partial quote
        }
        if (AnchoredScan.at(QUOTED_PRESENT, text, inserted).isPresent() && determinedSubject(leading)) {
            return true; // "the company "extends its condolences"": a verb in the present opens it
        }
        String[] cased = leading.split(" ");
        String[] words = leading.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || PREPOSITIONS.contains(words[0]) || FINITE.contains(words[0])) {
            return false;
        }
        // a long subject opens with what introduces a noun phrase: "the cockpit voice recorder from …", "only 10% of …"
        boolean introduced = DETERMINERS.contains(words[0]) || LONG_SUBJECT_STARTS.contains(words[0])
                || startsWithDigit(words[0]);
        boolean embedded = false;
        boolean between = false;
        for (int i = 1; i < Math.min(words.length, MAX_LONG_SUBJECT_WORDS + 1); i++) {
            // beyond the first few words, a verb after "to", "that" … is the object's own clause:
            // "announced plans to build a plant that will …"
            boolean near = i <= NEAR_WORDS || !embedded;
            if (i > MAX_SUBJECT_WORDS) {
                // "reported being told off the record all five …": a gerund's object, its own clause further on
                if (embedded || !introduced) {
                    return false;
                }
                if (FINITE.contains(words[i])) {
                    return true;
                }
            } else if (near && (FINITE.contains(words[i]) || !embedded && pastVerb(words, i, closes || sumAfter)
                    || i + 1 < words.length && (inflectedVerb(words, i) || verbAfterNoun(words, i)))) {
                return true;
            }
            if (CONTRASTING.contains(words[i])) {
                return false; // "claimed responsibility for the attack but officials have said …": another clause's verb
            }
            // "confirmed its first infections and Zambia had …": a verb after "and" and a new subject is another clause's
            embedded |= EMBEDDING.contains(words[i]) || !between && newClause(cased, words, i);
            between |= words[i].equals("between");
        }
        return false;
    }

    /** Conjunctions that open a clause of their own: a verb after them is not the reported clause's. */
    private static final java.util.Set<String> CONTRASTING = java.util.Set.of("but", "while", "whereas", "although",
            "though", "because", "unless");

    /** An opening quote mark and a finite verb: {@code "was a great man"}. */
    private static final Pattern QUOTED_FINITE = Pattern.compile("[\"“](?:is|are|was|were|has|have|had|will|would|can|could"
            + "|should|may|might|must|does|did)\\b");

    /** A verb in the present of the third person opening a quote: {@code "extends}, not {@code "class} or {@code "status}. */
    private static final Pattern QUOTED_PRESENT = Pattern.compile("[\"“]\\p{Ll}{2,}(?<!ss|us|is)s\\b");

    /** A determiner and one to three words: {@code the company}, {@code its chief executive}. */
    private static boolean determinedSubject(String leading) {
        String[] words = leading.toLowerCase(Locale.ROOT).split(" ");
        return words.length >= 2 && words.length <= 4 && DETERMINERS.contains(words[0]);
    }

    /** The words before a quote that opens with a verb are its subject: a few words, no preposition or verb first. */
    private static boolean subjectBeforeQuote(String leading) {
        String[] words = leading.toLowerCase(Locale.ROOT).split(" ");
        return !leading.isEmpty() && words.length <= MAX_SUBJECT_WORDS && !PREPOSITIONS.contains(words[0])
                && !FINITE.contains(words[0]) && !EMBEDDING.contains(words[0]);
    }

    /**
     * {@code its first infections and Zambia had …}: a conjunction, a one-word subject and a finite verb start a second
     * clause joined to the object (not after {@code between}, whose {@code and} joins two nouns).
     */
    private static boolean newClause(String[] cased, String[] words, int i) {
        return COORDINATORS.contains(words[i]) && i + 2 < words.length
                && (TextScan.startsUpper(cased[i + 1]) || SUBJECT_PRONOUNS.contains(words[i + 1]))
                && (FINITE.contains(words[i + 2]) || PAST_ONLY.contains(words[i + 2]));
    }

    /** Quantifiers that open a long subject besides the determiners: {@code only 10% of the employees … were}. */
    private static final Set<String> LONG_SUBJECT_STARTS = Set.of("only", "some", "most", "many", "all", "both",
            "several", "more", "fewer", "less", "about", "nearly", "almost", "around", "over", "no", "none", "each",
            "every", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "dozens", "hundreds", "thousands", "millions");

    /**
     * A past tense after the subject's last word (not after a determiner or preposition): one that is no participle
     * ({@code the attack took place}), one before an object ({@code nobody lost their …}), or a verb in {@code -ed}
     * before a particle or a gerund, or last before a sum or the clause's end ({@code most of the deceased suffocated.}).
     */
    private static boolean pastVerb(String[] words, int i, boolean closes) {
        String w = words[i];
        String before = words[i - 1];
        if (DETERMINERS.contains(before) || COORDINATORS.contains(before)
                || OBJECT_STARTS.contains(before) && !SUBJECT_PRONOUNS.contains(before)
                || PREPOSITIONS.contains(before) || EMBEDDING.contains(before) && !SUBJECT_PRONOUNS.contains(before)) {
            return false;
        }
        boolean last = i + 1 == words.length;
        String next = last ? "" : words[i + 1];
        if (PAST_ONLY.contains(w)) {
            return true;
        }
        if (PAST_OR_PARTICIPLE.contains(w)) {
            return !last && (OBJECT_STARTS.contains(next) || startsWithDigit(next));
        }
        if (w.length() <= 4 || !w.endsWith("ed")) {
            return false;
        }
        return last ? closes && i >= 2 : AFTER_VERB.contains(next) || next.length() > 4 && next.endsWith("ing")
                || startsWithDigit(next)
                // "his firm worked closely with …": an adverb of manner after it
                || next.length() > 5 && next.endsWith("ly") && !next.equals("family") && !next.equals("supply");
    }

    /** {@code urged the embassy to reconsider and spoke with …}: a verb after a conjunction is the object's. */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor");

    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
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
                && !LATIN_NOUN_ENDING.matcher(w).find() && next.length() > 3 && !PREPOSITIONS.contains(next) && !OBJECT_STARTS.contains(next)
                && !FINITE.contains(next) && !next.endsWith("ly") && !EMBEDDING.contains(next) && !next.equals("and");
    }

    /** Nouns in {@code -us} and {@code -is} are no verbs in {@code -s}: {@code coronavirus}, {@code crisis}, {@code status}. */
    private static final Pattern LATIN_NOUN_ENDING = Pattern.compile("[ui]s$");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this", "our");

    /**
     * {@code around 200 people attended the event}, {@code the commission's scope allows it}: a word in
     * {@code -ed} or {@code -s} after a subject and before the start of its object, not after a determiner.
     */
    private static boolean inflectedVerb(String[] words, int i) {
        String w = words[i];
        boolean inflected = w.length() > 4 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("'s") && !w.endsWith("’s") && !LATIN_NOUN_ENDING.matcher(w).find());
        return inflected && OBJECT_STARTS.contains(words[i + 1]) && !OBJECT_STARTS.contains(words[i - 1])
                && !PREPOSITIONS.contains(words[i - 1]);
    }
}
