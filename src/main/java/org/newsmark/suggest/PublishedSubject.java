package org.newsmark.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A document or group named with where it appeared or who made it, before a name found as the subject of a
 * speech verb: {@code A study published in Nature found} gives {@code A study published in Nature}, not
 * {@code Nature}; {@code a survey conducted by Gallup} and {@code The report by the WMO} give the whole phrase.
 */
final class PublishedSubject {

    /** How far before the name the determiner may stand. */
    private static final int REACH = 80;
    /** When a document appeared: {@code Thursday}, {@code last month}'s {@code month}. */
    private static final String DAY_OR_SPAN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month"
            + "|year|today|yesterday)";
    private static final Pattern PUBLISHED_BEFORE = Pattern.compile(
            "(?:((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne) (?:[\\p{L}'’-]+ ){0,2}?))?(\\p{L}+)"
            + "(?: (?:published|released|issued|presented|conducted|carried out|led|funded|commissioned|posted|signed"
            + "|written|sent|filed)"
            // when: {@code A study published Thursday in Nature}, {@code published last month in the journal Science}
            + "(?: (?:on |last |this |earlier this )?" + DAY_OR_SPAN + ")?"
            + " (?:online )?(?:in|by|on|at|for|from)| by) (?:the )?(?:journal )?$");

    /** What a role is from or working on, up to the verb: {@code from several countries}, {@code working on the project}. */
    private static final String WHERE_FROM_OR_ON = "(?:from|in|with|across|behind|near|working on|involved in|based in)"
            + " [^,;:\"“”()\\n]{2,80}";
    /** {@code A senior US official speaking …}: a country's or a body's short form between the modifier and the noun. */
    private static final String ACRONYM = "(?:U\\.S\\.|U\\.N\\.|\\p{Lu}{2,4})";
    /**
     * A clause opened by a role with what it is from or working on, up to the verb: {@code Scientists from several
     * countries}, {@code Critics from across the political spectrum}, {@code Researchers working on the project}.
     */
    private static final Pattern POST_MODIFIED = Pattern.compile("(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther"
            + "|[Tt]wo|[Tt]hree|[Ff]our|[Aa]n?|[Oo]ne|[Aa]nother) )?"
            // "The UN's top humanitarian official in the region": a possessor's name and two modifiers before the noun
            + "(?:\\p{Lu}[\\p{L}.&-]*(?: \\p{Lu}[\\p{L}.&-]*)?['’]s (?:\\p{Ll}[\\p{Ll}-]* ){0,2}|(?:\\p{Ll}[\\p{Ll}-]* )?)"
            + "(?:" + ACRONYM + " )?(\\p{L}+) " + WHERE_FROM_OR_ON);
    /**
     * {@code Local election officials in the southern state}: a capitalised word opening the sentence, then the
     * modifier and the noun (the second group), which {@link #POST_MODIFIED} takes for a name.
     */
    private static final Pattern POST_MODIFIED_OPENING = Pattern.compile("(\\p{Lu}\\p{Ll}+) (?:\\p{Ll}[\\p{Ll}-]* )?(\\p{Ll}+) "
            + WHERE_FROM_OR_ON);
    /**
     * {@code State legislators supporting the law}, {@code The officials who ordered the change}, {@code Several
     * witnesses interviewed by the BBC}: a participle or relative.
     */
    private static final Pattern POST_PARTICIPLE = Pattern.compile("(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther"
            // "An Israeli military official speaking on condition of anonymity": two modifiers after a determiner only
            + "|[Aa]n?|[Oo]ne|[Aa]nother) (?:\\p{L}[\\p{Ll}-]* (?:\\p{Ll}[\\p{Ll}-]* )?)?|(?:\\p{L}[\\p{Ll}-]* )?)(?:" + ACRONYM + " )?(\\p{L}+) (?:(?!including|according|filing|briefing|ruling|hearing|meeting|building)\\p{Ll}{3,}ing"
            + "|who (?!said|says|told)\\p{Ll}+|whose \\p{Ll}+"
            // Several witnesses interviewed by the BBC, Residents contacted by Reuters: people and who reached them
            // (a document's participle names its authors after by, who speak: a study conducted by X)
            + "|(?!published|released|issued|presented|conducted|commissioned|funded|signed|filed)\\p{Ll}{3,}ed by)"
            + " [^,;:\"“”()\\n]{2,80}");

    /** {@code A study published last month}, {@code The report released on Monday}: a document and when it appeared. */
    private static final Pattern POST_DATED = Pattern.compile("(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir) )?"
            + "(?:\\p{Ll}[\\p{Ll}-]* )?(\\p{L}+) (?:published|released|issued|posted|presented|filed) (?:on )?"
            + "(?:last |this |earlier this )?" + DAY_OR_SPAN);

    private PublishedSubject() {
    }

    /**
     * The role and its post-modifier that open the sentence (or the clause after a comma) and end at {@code end},
     * when the whole stretch is one: the subject of a verb that the nearest noun phrase alone would miss.
     */
    static Optional<TextRange> postModified(String text, int end) {
        return postModified(text, end, false);
    }

    /** {@code A court document filed Thursday}: a document and the day it appeared, ending at {@code end}. */
    static Optional<TextRange> dated(String text, int end) {
        return postModified(text, end, true);
    }

    private static Optional<TextRange> postModified(String text, int end, boolean datedOnly) {
        int e = TextScan.skipSpacesBack(text, end);
        int sentenceStart = Sentences.startOf(text, e);
        int comma = text.lastIndexOf(',', e - 1);
        int start = comma >= sentenceStart ? comma + 1 : sentenceStart;
        while (start < e && text.charAt(start) == ' ') {
            start++;
        }
        if (start >= e || e - start > REACH + 20) {
            return Optional.empty();
        }
        Matcher m = POST_MODIFIED.matcher(text).region(start, e);
        Matcher p = POST_PARTICIPLE.matcher(text).region(start, e);
        Matcher d = POST_DATED.matcher(text).region(start, e);
        // "A man who witnessed the crash", "A farmer near the border": a person's noun too, whose modifier's object
        // ("the crash", "the border") the nearest phrase would otherwise take for the speaker
        boolean opensSentence = comma < sentenceStart;
        return !datedOnly && (m.matches() && speaks(m) || p.matches() && speaks(p) || opensSentence && modifiedOpening(text, start, e))
                || d.matches() && speaks(d) ? Optional.of(new TextRange(start, e)) : Optional.empty();
    }

    /** {@code Nearly a third in the poll say}: a share of those polled, whom the poll speaks for (counts are function words). */
    private static final Set<String> SHARES = Set.of("one", "half", "third", "quarter");

    /** {@code Local election officials in …}, not {@code Nearly three in four} or {@code But organizers in …}. */
    private static boolean modifiedOpening(String text, int start, int end) {
        Matcher o = POST_MODIFIED_OPENING.matcher(text).region(start, end);
        if (!o.matches() || CommonNounPhrase.isFunctionWord(o.group(1))) {
            return false;
        }
        String head = o.group(2);
        return !SHARES.contains(head) && !CommonNounPhrase.isFunctionWord(head) && CommonNounPhrase.namesPerson(head);
    }

    /**
     * A role or body that speaks, or a lower-case noun for a person ({@code man}, {@code farmer}) after a word that
     * introduces or modifies it ({@code A man}, {@code female donors}), or a person's noun no suffix shows
     * ({@code insiders}); a capitalised head may be a surname in a person suffix's form ({@code Turner in a statement}),
     * a lower-case one alone a verb ({@code disagrees with}).
     */
    private static boolean speaks(Matcher m) {
        String head = m.group(1);
        String lower = head.toLowerCase(Locale.ROOT);
        if (SpeechVocabulary.ROLE_WORDS.contains(lower)) {
            return true;
        }
        String first = TextScan.firstWord(m.group()).toLowerCase(Locale.ROOT);
        boolean introduced = m.start(1) > m.start() && !SpeechVocabulary.PRONOUNS.contains(first)
                && !SpeechVocabulary.ADVERBS.contains(first);
        return Character.isLowerCase(head.charAt(0)) && CommonNounPhrase.namesPerson(lower)
                && (introduced || CommonNounPhrase.listedPerson(lower));
    }

    /** A bare plural opens the sentence, or follows {@code according to}. */
    private static boolean bareStart(String text, int start) {
        return TextScan.isSentenceStart(text, start) || text.startsWith("to ", Math.max(0, start - 3));
    }

    /** The words {@link #PUBLISHED_BEFORE} ends with before its optional {@code the } and {@code journal }. */
    private static final List<String> PREPOSITIONS = List.of(" in ", " by ", " on ", " at ", " for ", " from ");

    /** Whether the text before {@code end} ends as {@link #PUBLISHED_BEFORE} must: a preposition, {@code the}, {@code journal}. */
    private static boolean afterPreposition(String text, int end) {
        int e = end;
        if (text.startsWith("journal ", e - 8)) {
            e -= 8;
        }
        if (text.startsWith("the ", e - 4)) {
            e -= 4;
        }
        for (String p : PREPOSITIONS) {
            if (text.startsWith(p, e - p.length())) {
                return true;
            }
        }
        return false;
    }

    /** The subject with the phrase it completes, or the subject itself. */
    static TextRange widen(String text, TextRange subject) {
        if (!afterPreposition(text, subject.start())) {
            return subject; // every match of the phrase ends with one of its prepositions right before the subject
        }
        int sentenceStart = Sentences.startOf(text, subject.start());
        int from = Math.min(subject.start(), Math.max(sentenceStart, subject.start() - REACH));
        Matcher m = PUBLISHED_BEFORE.matcher(text).region(from, subject.start());
        while (m.find()) {
            String head = m.group(2).toLowerCase(Locale.ROOT);
            // "Projections by CNN": without a determiner, only a plural role noun opens the phrase
            boolean bare = m.group(1) == null;
            if (SpeechVocabulary.ROLE_WORDS.contains(head) && (!bare || head.endsWith("s") && bareStart(text, m.start()))
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
