package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A name that opens the clause, followed by the body it belongs to, before its speech verb: in
 * {@code Peter Iseley of worldwide victim group Ending Clergy Abuse said} the speaker is {@code Peter Iseley},
 * not the group nearest the verb; likewise {@code Jennifer Daskal of American University and contributor to
 * Slate wrote}.
 */
final class AffiliatedSubject {

    /** How far before the nearest phrase the clause may begin. */
    private static final int REACH = 120;
    private static final int MAX_WORDS = 10;
    private static final String OF = " of ";
    /** Words that make the stretch after {@code of} a clause of its own rather than a post-modifier. */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "whom", "whose", "which", "that", "is", "was", "are",
            "were", "has", "have", "had", "will", "would", "said", "says", "told", "when", "while", "after", "before");

    private AffiliatedSubject() {
    }

    /** The name opening the clause when {@code nearest} (the phrase right before the verb) is in its of-phrase. */
    static Optional<TextRange> opening(String text, TextRange nearest) {
        int sentenceStart = Sentences.startOf(text, nearest.start());
        int clauseStart = -1;
        for (int i = nearest.start() - 1; i >= Math.max(sentenceStart, nearest.start() - REACH); i--) {
            if (text.charAt(i) == ',' || text.charAt(i) == ';' || i == sentenceStart) {
                clauseStart = text.charAt(i) == ',' || text.charAt(i) == ';' ? i + 1 : i;
                break;
            }
        }
        while (clauseStart >= 0 && clauseStart < nearest.start() && text.charAt(clauseStart) == ' ') {
            clauseStart++;
        }
        if (clauseStart < 0 || clauseStart >= nearest.start()) {
            return Optional.empty();
        }
        int from = clauseStart;
        Optional<TextRange> name = SpeakerPhrases.after(text, from)
                .filter(n -> n.start() == from && n.end() < nearest.start() && text.startsWith(OF, n.end())
                        && TextScan.startsUpper(n.of(text))
                        && !SpeechVocabulary.PRONOUNS.contains(n.of(text).toLowerCase(Locale.ROOT))
                        && !SpeechVocabulary.isRoleWord(TextScan.firstWord(n.of(text)).toLowerCase(Locale.ROOT)));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(name.get().end() + OF.length(), nearest.start()).strip();
        String[] words = rest.isEmpty() ? new String[0] : rest.split(" ");
        if (words.length > MAX_WORDS) {
            return Optional.empty();
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (CLAUSE_WORDS.contains(lower) || SpeechVocabulary.BARE_CLAUSE_VERBS.contains(lower)
                    || SpeechVocabulary.QUOTE_VERBS.contains(lower) || w.indexOf('"') >= 0 || w.indexOf('“') >= 0) {
                return Optional.empty();
            }
        }
        // "The head of the regional police department said": a role with a determiner is one phrase with its
        // of-phrase, not a name apart from a body it belongs to
        boolean role = SpeechVocabulary.DETERMINERS.contains(TextScan.firstWord(name.get().of(text)).toLowerCase(Locale.ROOT));
        return role ? Optional.of(new TextRange(name.get().start(), nearest.end())) : name;
    }
}
