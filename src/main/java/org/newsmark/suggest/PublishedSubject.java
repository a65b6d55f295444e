package org.newsmark.suggest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;

/**
 * A document or group named with where it appeared or who made it, before a name found as the subject of a
 * speech verb: {@code A study published in Nature found} gives {@code A study published in Nature}, not
 * {@code Nature}; {@code a survey conducted by Gallup} and {@code The report by the WMO} give the whole phrase.
 */
final class PublishedSubject {

    /** How far before the name the determiner may stand. */
    private static final int REACH = 80;
    private static final Pattern PUBLISHED_BEFORE = Pattern.compile(
            "(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne) (?:[\\p{L}'’-]+ ){0,2}?(\\p{L}+)"
            + "(?: (?:published|released|issued|presented|conducted|carried out|led|funded|commissioned|posted)"
            + " (?:online )?(?:in|by|on|at|for)| by) (?:the )?(?:journal )?$");

    private PublishedSubject() {
    }

    /** The subject with the phrase it completes, or the subject itself. */
    static TextRange widen(String text, TextRange subject) {
        int sentenceStart = Sentences.startOf(text, subject.start());
        int from = Math.max(sentenceStart, subject.start() - REACH);
        Matcher m = PUBLISHED_BEFORE.matcher(text).region(from, subject.start());
        while (m.find()) {
            if (SpeechVocabulary.ROLE_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT))
                    && (m.start() == 0 || !Character.isLetter(text.charAt(m.start() - 1)))) {
                return new TextRange(m.start(), subject.end());
            }
            if (m.start() + 1 >= subject.start()) {
                break;
            }
            m.region(m.start() + 1, subject.start());
        }
        return subject;
    }
}
