package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * The subject of a speech verb that a relative clause without {@code that} says who reached them:
 * {@code the experts I interviewed said}, {@code residents the BBC spoke to said}, {@code people CNN contacted say}.
 * The people reached are the speakers, with the clause that says so.
 */
final class ContactedSubject {

    private static final String NAME = "\\p{Lu}[\\p{L}.&’'-]*(?: \\p{Lu}[\\p{L}.&’'-]*){0,3}";
    private static final Pattern CONTACT = Pattern.compile(" (?:I|we|he|she|they|" + NAME + "|the " + NAME + ")"
            + " (?:(?:spoke|talked|has spoken|have spoken|had spoken) (?:to|with)|interviewed|contacted|consulted"
            + "|surveyed|polled|reached|questioned)$");
    /** How far before the verb the clause may start. */
    private static final int MAX_CLAUSE = 60;

    private ContactedSubject() {
    }

    /** The people reached, with the clause, ending right before the verb at {@code verbStart} (adverbs skipped). */
    static Optional<TextRange> before(String text, int verbStart) {
        int end = TextScan.skipSpacesBack(text, verbStart);
        int from = Math.max(Sentences.startOf(text, verbStart), end - MAX_CLAUSE);
        if (from >= end) {
            return Optional.empty();
        }
        Matcher m = CONTACT.matcher(text).region(from, end);
        if (!m.find()) {
            return Optional.empty();
        }
        int at = m.start();
        return SpeakerPhrases.before(text, at)
                .filter(p -> p.end() == at && CommonNounPhrase.namesPerson(TextScan.lastWord(p.of(text)).toLowerCase(Locale.ROOT)))
                .map(p -> new TextRange(p.start(), end));
    }
}
