package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * The body a role phrase found after its cue serves, written with lower-case words that end the name search:
 * {@code said a spokesman for the regional fire service.}, {@code said the head of the UN refugee agency,}. The
 * body tells who speaks, so it belongs to the speaker; it runs to the end of the clause or to an adjunct of the
 * verb ({@code in a statement}, {@code on Monday}), and only over words that can stand in a noun phrase.
 */
final class ServedBody {

    /** Prepositions that tie a role to the body it serves. */
    private static final Set<String> SERVING = Set.of("for", "of", "at", "with", "from");
    /** Words that open an adjunct or a clause after the body, outside the speaker. */
    private static final Set<String> AFTER_BODY = Set.of("on", "in", "at", "during", "last", "this", "earlier", "after",
            "before", "when", "while", "who", "which", "that", "where", "whose", "since", "as", "following", "to", "via",
            "by");
    /** Lower-case words that cannot stand inside a noun phrase. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("and", "or", "but", "that", "which", "whom", "whose", "what",
            "where", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can",
            "may", "might", "should", "must", "not", "no", "if", "because", "than", "about", "into", "over", "under",
            "there", "here", "now", "then", "also", "still", "just", "only", "very", "so", "too", "said", "says", "told",
            "adding", "saying", "noting", "citing", "for", "of", "with", "from", "against", "among", "between", "within",
            "across", "through", "toward", "towards", "without", "per", "like", "near", "onto", "upon");
    private static final int MAX_WORDS = 8;

    private ServedBody() {
    }

    /** {@code phrase} (found after a cue) widened over the body it serves, or {@code phrase} itself. */
    static TextRange widen(String text, TextRange phrase) {
        String p = phrase.of(text);
        String[] words = p.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length < 2 || !SpeechVocabulary.DETERMINERS.contains(first) && !first.equals("one") && !first.equals("another")) {
            return phrase;
        }
        if (!text.startsWith(" ", phrase.end())) {
            return phrase;
        }
        String last = words[words.length - 1];
        if (p.contains(" of ") || p.contains(" for ")) {
            // "the head of the UN" + "refugee agency", "the president of the national" + "football federation"
            return bodyEnd(text, phrase.end(), true, false).map(e -> new TextRange(phrase.start(), e)).orElse(phrase);
        }
        if (!Character.isLowerCase(last.charAt(0)) || !CommonNounPhrase.namesPerson(last.toLowerCase(Locale.ROOT))) {
            return phrase;
        }
        int prepEnd = wordEnd(text, phrase.end() + 1);
        String prep = text.substring(phrase.end() + 1, prepEnd);
        if (!SERVING.contains(prep)) {
            // "said the national" + "weather service": a modifier that is a role word, then the body's noun
            return p.chars().allMatch(c -> !Character.isUpperCase(c))
                    ? bodyEnd(text, phrase.end(), true, false).map(e -> new TextRange(phrase.start(), e)).orElse(phrase)
                    : phrase;
        }
        // "the mother of the missing boy": what a role is of or for completes it; "at", "with", "from" only a body
        boolean ofOrFor = prep.equals("of") || prep.equals("for");
        return bodyEnd(text, prepEnd, false, ofOrFor).map(e -> new TextRange(phrase.start(), e)).orElse(phrase);
    }

    /** After a cue, a determiner and a lower-case possessor: {@code the ministry's}, {@code the country's}. */
    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile(
            " *(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur) \\p{Ll}[\\p{Ll}-]*['’]s(?= \\p{Ll})");

    /**
     * The phrase after a cue that a lower-case possessor opens, up to the body or person it owns: {@code said the
     * ministry's press service.}, {@code said the agency's administrator,}.
     */
    static Optional<TextRange> ownedAfter(String text, int start) {
        return AnchoredScan.at(OWNER, text, start).flatMap(m -> bodyEnd(text, m.end(), true, false)
                .map(e -> new TextRange(m.start(), e).trimmedIn(text)));
    }

    /** Where the body starting after {@code from} ends, when it is a noun phrase ending in a body or a name. */
    private static Optional<Integer> bodyEnd(String text, int from, boolean continued, boolean anyNoun) {
        int pos = from;
        String lastWord = "";
        for (int n = 0; n < MAX_WORDS; n++) {
            if (pos >= text.length() || text.charAt(pos) != ' ') {
                break;
            }
            int ws = pos + 1;
            int we = wordEnd(text, ws);
            if (we == ws) {
                break;
            }
            String w = text.substring(ws, we);
            String lower = w.toLowerCase(Locale.ROOT);
            if (n > 0 && AFTER_BODY.contains(lower) || !fitsPhrase(w, lower, n, continued)) {
                break;
            }
            lastWord = w;
            pos = we;
        }
        if (pos == from || !closes(text, pos)) {
            return Optional.empty();
        }
        // any noun only where the clause ends: before a word such as "to" it may be the verb ("declined to")
        anyNoun &= pos >= text.length() || text.charAt(pos) != ' ';
        // a possessor last ("the country's") owns a noun the scan did not reach
        boolean body = !lastWord.endsWith("'s") && !lastWord.endsWith("’s")
                && (anyNoun || TextScan.startsUpper(lastWord) || SpeechVocabulary.isRoleWord(lastWord.toLowerCase(Locale.ROOT))
                || CommonNounPhrase.namesPerson(lastWord.toLowerCase(Locale.ROOT)));
        return body ? Optional.of(pos) : Optional.empty();
    }

    private static boolean fitsPhrase(String w, String lower, int n, boolean continued) {
        if (SpeechVocabulary.DETERMINERS.contains(lower)) {
            return n == 0 && !continued;
        }
        if (Character.isDigit(w.charAt(0))) {
            return false; // "A group of 67 artists, writers and …": a counted group, whose list a comma does not end
        }
        if (TextScan.startsUpper(w)) {
            return !SpeechVocabulary.NOT_NAMES.contains(w.replaceAll("['’]s$", ""));
        }
        return !NOT_IN_PHRASE.contains(lower) && !SpeechVocabulary.ADVERBS.contains(lower) && !lower.endsWith("ly")
                && !SpeechVocabulary.BARE_CLAUSE_VERBS.contains(lower) && !SpeechVocabulary.QUOTE_VERBS.contains(lower)
                && !(continued && n == 0 && AFTER_BODY.contains(lower));
    }

    /** The clause ends at {@code pos}, or an adjunct of the verb opens there. */
    private static boolean closes(String text, int pos) {
        if (pos >= text.length() || ",.;:)\n".indexOf(text.charAt(pos)) >= 0) {
            return true;
        }
        if (text.charAt(pos) != ' ') {
            return false;
        }
        int we = wordEnd(text, pos + 1);
        return AFTER_BODY.contains(text.substring(pos + 1, we));
    }

    private static int wordEnd(String text, int pos) {
        int e = pos;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\''
                || text.charAt(e) == '’' || text.charAt(e) == '.' && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)))) {
            e++;
        }
        return e;
    }
}
