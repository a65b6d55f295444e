package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A speaker phrase headed by a common noun that is no role word, introduced by a determiner, a quantifier
 * or a possessor: {@code The defendants claimed}, {@code Both officers indicated}, {@code according to his
 * publicist}, {@code said the embassy.}
 */
final class CommonNounPhrase {

    /** Words that introduce such a phrase besides the determiners. */
    private static final Set<String> QUANTIFIERS = Set.of("both", "all", "several", "many", "some", "another",
            "one", "two", "three", "four", "five", "this", "that", "each",
            // a large count before who speaks: {@code two million people replied}
            "hundred", "thousand", "million");
    /** After a cue: determiner, one lower-case noun, then the end of the phrase (a comma, a stop or a bracket). */
    private static final String DETERMINER = " *(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur) \\p{Ll}{3,}";
    private static final Pattern AFTER = Pattern.compile(DETERMINER + "(?=[,.;)]|$)");
    /** As the subject of a sentence: determiner and noun, then a lower-case verb. */
    private static final Pattern SUBJECT = Pattern.compile(DETERMINER + "(?= \\p{Ll})");

    private static final Set<String> LARGE_COUNTS = Set.of("hundred", "thousand", "million");
    /** The number before a large count word, with a comparison: {@code More than two }, {@code Some 3 }. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess) than "
            + "|[Oo]ver |[Aa]bout |[Nn]early |[Aa]lmost |[Aa]round |[Ss]ome )?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix"
            + "|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|\\d+(?:\\.\\d+)?) $");

    private CommonNounPhrase() {
    }

    /** The phrase ending right before {@code end}, such as {@code The defendants} before {@code claimed}. */
    static Optional<TextRange> before(String text, int end) {
        int e = TextScan.skipSpacesBack(text, end);
        int nounStart = TextScan.previousWordStart(text, e);
        // "the rally", "his family": after a determiner (checked below) a word in -ly is a noun, not an adverb
        if (nounStart < 0 || !isCommonNoun(text.substring(nounStart, e))) {
            return Optional.empty();
        }
        int introStart = TextScan.previousWordStart(text, nounStart);
        if (introStart < 0 || TextScan.skipSpacesBack(text, nounStart) != nounStart - 1) {
            return Optional.empty();
        }
        String intro = text.substring(introStart, nounStart - 1);
        String lower = intro.toLowerCase(Locale.ROOT);
        boolean possessor = TextScan.startsUpper(intro) && (intro.endsWith("'s") || intro.endsWith("’s"));
        if (possessor && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, introStart).toLowerCase(Locale.ROOT))
                && text.charAt(introStart - 1) == ' ') {
            introStart = TextScan.previousWordStart(text, introStart); // The WHO's website
        }
        if (LARGE_COUNTS.contains(lower)) {
            // "More than two million people": the number and its comparison before the count word
            java.util.regex.Matcher m = COUNT_BEFORE.matcher(text).region(Math.max(0, introStart - 24), introStart);
            return m.find() ? Optional.of(new TextRange(m.start(), e)) : Optional.empty();
        }
        return SpeechVocabulary.DETERMINERS.contains(lower) || QUANTIFIERS.contains(lower) || possessor
                ? Optional.of(new TextRange(introStart, e)) : Optional.empty();
    }

    /** The phrase starting right after {@code start}, such as {@code the embassy} in {@code said the embassy.} */
    static Optional<TextRange> after(String text, int start) {
        return AnchoredScan.at(AFTER, text, start).map(m -> new TextRange(m.start(), m.end()).trimmedIn(text));
    }

    /** The subject starting at {@code start}, such as {@code The embassy} in {@code The embassy declined …}. */
    static Optional<TextRange> subjectAt(String text, int start) {
        return AnchoredScan.at(SUBJECT, text, start).map(m -> new TextRange(m.start(), m.end()).trimmedIn(text));
    }

    private static boolean isCommonNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() >= 3 && word.chars().allMatch(Character::isLowerCase)
                && !SpeechVocabulary.PRONOUNS.contains(lower) && !SpeechVocabulary.ADVERBS.contains(lower)
                && !SpeechVocabulary.DETERMINERS.contains(lower);
    }
}
