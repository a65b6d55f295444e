package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * Widens a speaker phrase found before a speech verb to the noun phrase the guidelines tag: a partitive
 * ({@code One of the children said}, {@code One of them said}) and lower-case modifiers between a
 * determiner or possessor and a role noun ({@code Day's animal foundation said}, {@code the state news
 * agency said}).
 */
final class WidenedSubject {

    /** A quantity and {@code of} right before a phrase; looked at only in the few characters before it. */
    private static final Pattern PARTITIVE = Pattern.compile("(?<![\\p{L}'’])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any"
            + "|[Ee]ach|[Ss]everal|[Mm]ost|[Nn]one|[Bb]oth|[Aa]nother|[Aa]ll"
            // a quantity named by a noun: {@code A number of senators}, {@code Dozens of residents}
            + "|[Aa] (?:number|majority|handful|group)|[Dd]ozens|[Hh]undreds|[Tt]housands) of $");
    private static final int PARTITIVE_LOOKBACK = 16;
    /** Object pronouns that head a partitive subject: {@code One of them}. */
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "us", "those");
    /** How many lower-case modifiers may stand between the determiner and the role noun. */
    private static final int MAX_MODIFIERS = 2;
    /** Words before a determiner that make its phrase an adjunct, not the subject: {@code After the meeting officials}. */
    private static final Set<String> PREPOSITIONS = Set.of("after", "before", "in", "on", "at", "during", "following",
            "since", "until", "from", "with", "by", "for", "to", "of", "about", "over", "under", "into", "through");

    private WidenedSubject() {
    }

    /** The subject phrase ending right before {@code end}: {@code found} widened, or {@code One of them}. */
    static Optional<TextRange> widen(String text, int end, Optional<TextRange> found) {
        Optional<TextRange> phrase = found.map(p -> withModifiers(text, p)).or(() -> partitivePronoun(text, end));
        return phrase.map(p -> withPartitive(text, p));
    }

    private static Optional<TextRange> partitivePronoun(String text, int end) {
        int e = TextScan.skipSpacesBack(text, end);
        int s = TextScan.previousWordStart(text, e);
        if (s < 0 || !PARTITIVE_PRONOUNS.contains(text.substring(s, e))) {
            return Optional.empty();
        }
        TextRange pronoun = new TextRange(s, e);
        TextRange widened = withPartitive(text, pronoun);
        return widened.equals(pronoun) ? Optional.empty() : Optional.of(widened);
    }

    private static TextRange withPartitive(String text, TextRange phrase) {
        int from = Math.max(0, phrase.start() - PARTITIVE_LOOKBACK);
        Matcher m = PARTITIVE.matcher(text).useTransparentBounds(true).region(from, phrase.start());
        return m.find() ? new TextRange(m.start(), phrase.end()) : phrase;
    }

    /** A lone lower-case role noun widened to its determiner or possessor and the modifiers between. */
    private static TextRange withModifiers(String text, TextRange phrase) {
        String head = phrase.of(text);
        // "court decision", "press release": lower-case role words in a row widen like one
        if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) || !java.util.Arrays.stream(head.split(" ", -1))
                .allMatch(SpeechVocabulary.ROLE_WORDS::contains)) {
            return phrase;
        }
        head = head.substring(head.lastIndexOf(' ') + 1);
        int start = phrase.start();
        for (int i = 0; i <= MAX_MODIFIERS; i++) {
            if (i > 0 && isPlural(head) && opensClause(text, start)) {
                return new TextRange(start, phrase.end()); // "but formal studies indicated", "; unnamed industry experts called"
            }
            if (start < 2 || text.charAt(start - 1) != ' ') {
                return phrase;
            }
            int ws = TextScan.previousWordStart(text, start - 1);
            if (ws < 0 || TextScan.skipSpacesBack(text, start - 1) != start - 1) {
                return phrase;
            }
            String w = text.substring(ws, start - 1);
            String lower = w.toLowerCase(Locale.ROOT);
            if (SpeechVocabulary.DETERMINERS.contains(lower) || possessor(w)) {
                // "The hotel's website": a possessor right before the role noun joins it with its determiner
                if (i == 0 && !(possessor(w) && Character.isLowerCase(w.charAt(0)))) {
                    return phrase;
                }
                int s = possessor(w) ? withDeterminerBefore(text, ws) : ws;
                TextRange widened = new TextRange(s, phrase.end());
                if (PREPOSITIONS.contains(TextScan.previousWord(text, ws).toLowerCase(Locale.ROOT))) {
                    // "a spokeswoman for the regional fire service": the object of a role's preposition completes the
                    // role; any other preposition's object is an adjunct, no subject
                    TextRange role = SpeakerPhrases.withRoleOf(text, widened);
                    return role.equals(widened) ? phrase : role;
                }
                return withRoleOf(text, widened);
            }
            if (i > 0 && nameModifier(text, w, ws)) {
                start = ws; // "the UN refugee agency": a name before the lower-case modifiers
                continue;
            }
            if (!w.chars().allMatch(Character::isLowerCase) && !YEAR.matcher(w).matches()
                    || SpeechVocabulary.BARE_CLAUSE_VERBS.contains(lower)
                    || SpeechVocabulary.ADVERBS.contains(lower) || lower.endsWith("ly") || lower.equals("and")
                    || PREPOSITIONS.contains(lower) || RELATIVES.contains(lower)) {
                return phrase;
            }
            start = ws;
        }
        return phrase;
    }

    /** {@code The head of} + {@code the police's internal investigators}: the role whose {@code of}-phrase it is. */
    private static TextRange withRoleOf(String text, TextRange phrase) {
        int ofStart = phrase.start() - 3;
        if (ofStart < 2 || !text.startsWith("of ", ofStart) || text.charAt(ofStart - 1) != ' ') {
            return phrase;
        }
        int roleStart = TextScan.previousWordStart(text, ofStart - 1);
        int detStart = roleStart < 0 ? -1 : TextScan.previousWordStart(text, roleStart);
        if (detStart < 0 || !SpeechVocabulary.ROLE_WORDS.contains(text.substring(roleStart, ofStart - 1))
                || !SpeechVocabulary.DETERMINERS.contains(text.substring(detStart, roleStart - 1).toLowerCase(Locale.ROOT))
                || TextScan.skipSpacesBack(text, roleStart) != roleStart - 1) {
            return phrase;
        }
        return new TextRange(detStart, phrase.end());
    }

    /** A capitalised word inside the sentence that modifies the role noun like an adjective: {@code UN}, {@code EU}. */
    private static boolean nameModifier(String text, String w, int ws) {
        return TextScan.startsUpper(w) && !TextScan.isSentenceStart(text, ws) && !SpeechVocabulary.NOT_NAMES.contains(w)
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-');
    }

    /** {@code which state media reported}: a relative word opens the clause, no modifier of its subject. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that", "what", "where", "when");

    /** {@code A 2015 court decision}: a year modifies the role noun like an adjective. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private static boolean isPlural(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss") || SpeechVocabulary.PLURAL_NOUNS.contains(noun);
    }

    /** {@code pos} opens a sentence or a clause: after a comma, semicolon or colon, or a conjunction. */
    private static boolean opensClause(String text, int pos) {
        int p = TextScan.skipSpacesBack(text, pos);
        return TextScan.isSentenceStart(text, pos) || p > 0 && ",;:".indexOf(text.charAt(p - 1)) >= 0
                || CONJUNCTIONS.contains(TextScan.previousWord(text, pos).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "though", "although",
            "because", "since", "as", "so", "yet", "or");

    /** {@code Day's}, {@code the agency's}: a capitalised possessor, or a lower-case one after a determiner. */
    private static boolean possessor(String w) {
        return (w.endsWith("'s") || w.endsWith("’s")) && w.length() > 2;
    }

    private static int withDeterminerBefore(String text, int ws) {
        int s = TextScan.previousWordStart(text, ws);
        return s >= 0 && text.charAt(ws - 1) == ' '
                && SpeechVocabulary.DETERMINERS.contains(text.substring(s, ws - 1).toLowerCase(Locale.ROOT)) ? s : ws;
    }
}
