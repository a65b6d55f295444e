package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import org.newsmark.model.TextRange;

/**
 * The subject of a speech verb that a comma separates from it, because an apposition stands between:
 * {@code Nancy Pelosi, the Speaker of the House, said} (the name before the apposition) or
 * {@code The Vice President, Mike Pence, said} (the role and the name it introduces).
 */
final class AppositiveSubject {

    /** An apposition longer than this is more likely a clause of its own. */
    private static final int MAX_APPOSITION = 160;

    private AppositiveSubject() {
    }

    /** The subject of the verb starting at {@code verbStart}, when a comma stands right before the verb. */
    static Optional<TextRange> before(String text, int verbStart) {
        int comma = TextScan.skipSpacesBack(text, verbStart) - 1;
        if (comma < 1 || text.charAt(comma) != ',') {
            return Optional.empty();
        }
        int sentenceStart = Sentences.startOf(text, comma);
        int segmentStart = segmentStart(text, sentenceStart, comma);
        Optional<TextRange> name = SpeakerPhrases.before(text, comma).map(n -> JointSubject.extend(text, n))
                .filter(n -> n.start() == segmentStart && TextScan.startsUpper(n.of(text)));
        if (name.isPresent()) {
            return name.map(n -> SpeakerPhrases.withRoleBefore(text, n));
        }
        int previousComma = segmentStart - 2;
        if (previousComma <= sentenceStart || text.charAt(previousComma) != ','
                || comma - segmentStart > MAX_APPOSITION || !isApposition(text, segmentStart)) {
            return Optional.empty();
        }
        return SpeakerPhrases.before(text, previousComma)
                .filter(n -> (TextScan.startsUpper(n.of(text)) || startsWithDeterminer(text, n))
                        && startsClause(text, n.start(), sentenceStart))
                .map(n -> SpeakerPhrases.withRoleBefore(text, n));
    }

    /** Where the comma-delimited segment ending at {@code comma} begins (after {@code ", "} or the sentence start). */
    private static int segmentStart(String text, int sentenceStart, int comma) {
        int previous = text.lastIndexOf(',', comma - 1);
        int start = previous >= sentenceStart ? previous + 1 : sentenceStart;
        while (start < comma && text.charAt(start) == ' ') {
            start++;
        }
        return start;
    }

    /** {@code the Speaker of the House}, {@code a lawyer for the victim}, {@code also CIA}: lower-case first word. */
    private static boolean isApposition(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = text.substring(start, end);
        return !first.isEmpty() && (Character.isLowerCase(first.charAt(0))
                || SpeechVocabulary.DETERMINERS.contains(first.toLowerCase(Locale.ROOT)));
    }

    /** {@code Late on Sunday, the president, in a statement, announced}: a determiner's phrase in apposition. */
    private static boolean startsWithDeterminer(String text, TextRange phrase) {
        return SpeechVocabulary.DETERMINERS.contains(TextScan.firstWord(phrase.of(text)));
    }

    /** The name opens the sentence or a comma-delimited clause of it. */
    private static boolean startsClause(String text, int start, int sentenceStart) {
        int p = TextScan.skipSpacesBack(text, start);
        return p <= sentenceStart || text.charAt(p - 1) == ',';
    }
}
