package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * The subject of a speech verb that a comma or a dash separates from it, because an apposition stands between:
 * {@code Nancy Pelosi, the Speaker of the House, said} (the name before the apposition),
 * {@code The Vice President, Mike Pence, said} (the role and the name it introduces) or
 * {@code Jason Sims — a teacher — says}.
 */
final class AppositiveSubject {

    /** An apposition longer than this is more likely a clause of its own. */
    private static final int MAX_APPOSITION = 160;

    private AppositiveSubject() {
    }

    /** The subject of the verb starting at {@code verbStart}, when a comma or a dash stands right before the verb. */
    static Optional<TextRange> before(String text, int verbStart) {
        int comma = TextScan.skipSpacesBack(text, verbStart) - 1;
        if (comma >= 1 && DASHES.indexOf(text.charAt(comma)) >= 0) {
            return beforeDashes(text, comma); // here "comma" is the closing dash
        }
        if (comma < 1 || text.charAt(comma) != ',') {
            return Optional.empty();
        }
        int sentenceStart = Sentences.startOf(text, comma);
        int segmentStart = segmentStart(text, sentenceStart, comma);
        Optional<TextRange> name = SpeakerPhrases.before(text, comma).map(n -> JointSubject.extend(text, n))
                .filter(n -> n.start() == segmentStart && TextScan.startsUpper(n.of(text))
                        && !widensPlace(text, sentenceStart, n.start()))
                .map(n -> SpeakerPhrases.withRoleBefore(text, n));
        if (name.isPresent() && endsInLowerCaseRole(name.get().of(text))) {
            // "Ana Ruiz, ESPN columnist, said": a role after a name, which the name before it owns
            Optional<TextRange> owner = SpeakerPhrases.before(text, segmentStart - 2)
                    .filter(n -> TextScan.startsUpper(n.of(text)) && !endsInLowerCaseRole(n.of(text))
                            && !SpeechVocabulary.PRONOUNS.contains(n.of(text).toLowerCase(Locale.ROOT))
                            && startsClause(text, n.start(), sentenceStart) && !widensPlace(text, sentenceStart, n.start()));
            if (owner.isPresent()) {
                return owner;
            }
        }
        if (name.isPresent() && !isPossessiveRole(text, segmentStart)) {
            return name;
        }
        int previousComma = segmentStart - 2;
        if (!appositionAfterComma(text, sentenceStart, segmentStart, comma, comma)) {
            return name;
        }
        // "The mother of one of the victims, who lives nearby, said": the role whose of-phrase the nearest phrase is
        Optional<TextRange> subject = SpeakerPhrases.before(text, previousComma).map(n -> SpeakerPhrases.withRoleOf(text, n))
                .filter(n -> (TextScan.startsUpper(n.of(text)) || startsWithDeterminer(text, n))
                        && startsClause(text, n.start(), sentenceStart) && !widensPlace(text, sentenceStart, n.start()))
                .map(n -> SpeakerPhrases.isRolePhrase(n.of(text)) && isModifiedName(text, segmentStart, comma)
                        ? new TextRange(n.start(), TextScan.skipSpacesBack(text, comma))
                        : SpeakerPhrases.withRoleBefore(text, n));
        return subject.or(() -> beforeSeveralSegments(text, sentenceStart, segmentStart, comma))
                .or(() -> name);
    }

    private static final String DASHES = "—–-";

    /**
     * {@code Jason Sims — a teacher from Mount Pleasant — says}, {@code Kall -- co-editor of a book -- said}: an
     * apposition between two dashes, the name before the first of them opening the clause.
     */
    private static Optional<TextRange> beforeDashes(String text, int closing) {
        int sentenceStart = Sentences.startOf(text, closing);
        int closingStart = closing;
        while (closingStart > 0 && text.charAt(closingStart - 1) == '-') {
            closingStart--;
        }
        if (text.charAt(closing) == '-' && closing - closingStart != 1 || closingStart < 1 || text.charAt(closingStart - 1) != ' ') {
            return Optional.empty(); // a single hyphen belongs to a word; a spaced dash is "--", "—" or "–"
        }
        int opening = -1;
        for (int i = closingStart - 2; i > sentenceStart && closingStart - i <= MAX_APPOSITION; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '"' || c == '“' || c == '”') {
                return Optional.empty();
            }
            if ((c == '—' || c == '–' || c == '-' && text.charAt(i - 1) == '-') && text.charAt(i + 1) == ' ') {
                opening = c == '-' ? i - 1 : i;
                break;
            }
        }
        if (opening < 0) {
            return Optional.empty();
        }
        return SpeakerPhrases.before(text, opening)
                .filter(n -> TextScan.startsUpper(n.of(text)) && startsClause(text, n.start(), sentenceStart)
                        && !widensPlace(text, sentenceStart, n.start()))
                .map(n -> SpeakerPhrases.withRoleBefore(text, n));
    }

    private static boolean endsInLowerCaseRole(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return phrase.indexOf(' ') > 0 && last.chars().allMatch(Character::isLowerCase) && SpeechVocabulary.isRoleWord(last);
    }

    /**
     * {@code Yin Myint May, 60, a doctor, said}, {@code Cory James, 22, of Flint, Mich., said}, {@code Matthew Prince,
     * chief executive of CloudFlare, a San Francisco company, said}: a name before more than one apposition, each an
     * age, a role, a phrase of origin or a state's abbreviation.
     */
    private static Optional<TextRange> beforeSeveralSegments(String text, int sentenceStart, int lastSegmentStart, int comma) {
        int segmentStart = lastSegmentStart;
        for (int segments = 1; segments < MAX_SEGMENTS; segments++) {
            int segmentEnd = segmentStart - 2;
            segmentStart = segmentStart(text, sentenceStart, segmentEnd);
            int previousComma = segmentStart - 2;
            if (!appositionAfterComma(text, sentenceStart, segmentStart, segmentEnd, comma)) {
                return Optional.empty();
            }
            Optional<TextRange> name = SpeakerPhrases.before(text, previousComma)
                    .filter(n -> TextScan.startsUpper(n.of(text)) && !SpeechVocabulary.PRONOUNS.contains(n.of(text).toLowerCase(Locale.ROOT))
                            && startsClause(text, n.start(), sentenceStart) && !widensPlace(text, sentenceStart, n.start()));
            if (name.isPresent()) {
                return name.map(n -> SpeakerPhrases.withRoleBefore(text, n));
            }
        }
        return Optional.empty();
    }

    private static final int MAX_SEGMENTS = 4;

    /**
     * The segment {@code [segmentStart, segmentEnd)} follows a comma inside the sentence, is an apposition, an age or
     * an origin, and the appositions up to the verb's {@code comma} are not too long to be appositions.
     */
    private static boolean appositionAfterComma(String text, int sentenceStart, int segmentStart, int segmentEnd, int comma) {
        int previousComma = segmentStart - 2;
        return previousComma > sentenceStart && text.charAt(previousComma) == ',' && comma - segmentStart <= MAX_APPOSITION
                && (isApposition(text, segmentStart) || isAgeOrOrigin(text, segmentStart, segmentEnd)
                || widensPlace(text, sentenceStart, segmentStart));
    }

    /**
     * {@code Clinton, during a meeting in Columbus, Ohio, said}: the name at {@code start} follows a place that an aside
     * names after {@code in} or {@code at}, so it is the place's state or country, not the subject. An opening phrase
     * ({@code In Washington, Pelosi said}) is no aside: the name after it is the subject.
     */
    private static boolean widensPlace(String text, int sentenceStart, int start) {
        if (start < 2 || !text.startsWith(", ", start - 2)) {
            return false;
        }
        int p = start - 2;
        for (int words = 0; words < MAX_PLACE_WORDS; words++) {
            int ws = TextScan.previousWordStart(text, p); // -1 at a comma or other mark: no aside's place
            if (ws < 0) {
                return false;
            }
            String w = TextScan.previousWord(text, p);
            if (words > 0 && PLACE_PREPOSITIONS.contains(w)) {
                int comma = text.lastIndexOf(',', ws);
                return comma > sentenceStart; // the aside opened after a comma inside the sentence
            }
            if (!TextScan.startsUpper(w) || TextScan.isSentenceStart(text, ws)) {
                return false;
            }
            p = ws;
        }
        return false;
    }

    private static final int MAX_PLACE_WORDS = 4;
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "near");

    /**
     * {@code 60}, {@code R-Ky.}, {@code of Flint}, {@code Mich.}, {@code N.H.}: an age, a party and state, where someone
     * is from, or a state's abbreviation.
     */
    private static boolean isAgeOrOrigin(String text, int start, int end) {
        String segment = text.substring(start, end).strip();
        return AGE_OR_ORIGIN.matcher(segment).matches();
    }

    private static final java.util.regex.Pattern AGE_OR_ORIGIN = java.util.regex.Pattern.compile(
            "\\d{1,3}|[RDI]-\\p{Lu}[\\p{L}.]*|(?:of|from) \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}|\\p{Lu}[\\p{L}]{0,5}\\.(?:\\p{Lu}\\.)?");

    /**
     * {@code doctoral candidate Maninder Thind}: the segment is a name with only lower-case modifiers before it, the
     * name that a role before the comma introduces ({@code The study's lead author, doctoral candidate Maninder Thind,}).
     */
    private static boolean isModifiedName(String text, int segmentStart, int comma) {
        Optional<TextRange> name = SpeakerPhrases.before(text, comma);
        if (name.isEmpty() || !endsCapitalised(name.get().of(text)) || name.get().start() < segmentStart
                || SpeechVocabulary.PRONOUNS.contains(name.get().of(text).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String modifiers = text.substring(segmentStart, name.get().start()).strip();
        if (modifiers.isEmpty()) {
            return true;
        }
        String[] words = modifiers.split(" ");
        if (words.length > MAX_NAME_MODIFIERS) {
            return false;
        }
        for (String w : words) {
            if (!w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || NOT_MODIFIERS.contains(w)
                    || w.endsWith("ed") || SpeechVocabulary.BARE_CLAUSE_VERBS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsCapitalised(String phrase) {
        return TextScan.startsUpper(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }

    private static final int MAX_NAME_MODIFIERS = 6;
    /** Words that make a segment a clause or an adjunct rather than a name's modifiers. */
    private static final java.util.Set<String> NOT_MODIFIERS = java.util.Set.of("who", "which", "that", "whose", "by",
            "with", "to", "from", "in", "on", "at", "of", "for", "as", "is", "was", "are", "were", "has", "had", "have",
            "will", "would", "his", "her", "its", "their", "the", "a", "an");

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
                || SpeechVocabulary.DETERMINERS.contains(first.toLowerCase(Locale.ROOT))
                // "Jean Muyembe, Director General of the institute, said": a capitalised title
                || SpeechVocabulary.isRoleWord(first.toLowerCase(Locale.ROOT)) && text.startsWith(" ", end)
                || isPossessiveRole(text, start));
    }

    /**
     * {@code Tina Tchen, Mrs. Obama's chief of staff, said}, {@code William Daley, President Obama's former chief of
     * staff, said}: a segment that opens with a possessor's name and goes on in lower case is a role of the name
     * before it, not the subject.
     */
    private static boolean isPossessiveRole(String text, int start) {
        return AnchoredScan.at(POSSESSIVE_ROLE, text, start).isPresent();
    }

    private static final java.util.regex.Pattern POSSESSIVE_ROLE = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.-]* ){0,2}\\p{Lu}[\\p{L}-]*['’]s? \\p{Ll}");

    /** {@code Late on Sunday, the president, in a statement, announced}: a determiner's phrase in apposition. */
    private static boolean startsWithDeterminer(String text, TextRange phrase) {
        return SpeechVocabulary.DETERMINERS.contains(TextScan.firstWord(phrase.of(text)));
    }

    /** The name opens the sentence or a comma-delimited clause of it. */
    private static boolean startsClause(String text, int start, int sentenceStart) {
        int p = TextScan.skipSpacesBack(text, start);
        if (p <= sentenceStart || text.charAt(p - 1) == ',' || afterQuotedClause(text, p) || "—–;:".indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        // "But Matt Morrison, the group's deputy director, said": a conjunction opening the sentence or after a comma;
        // so too "Even Rendell, a stalwart Clinton supporter, said"
        int conjunction = TextScan.previousWordStart(text, start);
        if (CONJUNCTIONS.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT)) && conjunction >= 0
                && (conjunction <= sentenceStart || TextScan.skipSpacesBack(text, conjunction) > 0
                && text.charAt(TextScan.skipSpacesBack(text, conjunction) - 1) == ',')) {
            return true;
        }
        // "NPR reported Adil Abdul-Mahdi, the Prime Minister, said": a clause that a report (or "that") opens
        String previous = TextScan.previousWord(text, start);
        if (WEEKDAYS.contains(previous)) {
            // "Reuters reported on Monday a government source, whom they did not name, said": the report's day between
            int day = TextScan.previousWordStart(text, start);
            previous = TextScan.previousWord(text, day);
            if (previous.equals("on")) {
                previous = TextScan.previousWord(text, TextScan.previousWordStart(text, day));
            }
        }
        return previous.equals("that") || SpeechVocabulary.BARE_CLAUSE_VERBS.contains(previous);
    }

    /**
     * {@code "That is the point," Doug Usher, …, said}: a quoted clause closed by its comma before the name; the
     * closing mark may be single or doubled ({@code ''We should not …,'' Lael Brainard, a Fed governor, said}).
     */
    private static boolean afterQuotedClause(String text, int p) {
        int mark = p - 1;
        while (mark > 0 && CLOSING_MARKS.indexOf(text.charAt(mark)) >= 0 && p - mark <= 2) {
            mark--;
        }
        return mark < p - 1 && ",?!".indexOf(text.charAt(mark)) >= 0;
    }

    private static final String CLOSING_MARKS = "\"”’'";

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "but", "yet", "so", "even");

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "yesterday", "today");
}
