package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * The subject of a speech verb described, up to the verb, by what the speakers know or whom they are close to:
 * {@code people familiar with her thinking say}, {@code sources close to her campaign say}, {@code A person
 * involved in the talks said}; or by who reached them, in a relative clause without {@code that}: {@code the experts I
 * interviewed said}, {@code Residents the BBC spoke to said}. The description tells who speaks, so it belongs to the
 * speaker.
 */
final class DescribedSubject {

    private static final Pattern DESCRIPTION = Pattern.compile(
            " (?:familiar with|close to|briefed on|involved in|knowledgeable about|with (?:direct )?knowledge of) ");
    /**
     * {@code Many of those interviewed by the BBC said}: whom {@code those} were reached by (a noun before it is found as
     * such already, with its time words left out: {@code Witnesses interviewed by the BBC on Tuesday said}).
     */
    private static final Pattern REACHED_BY = Pattern.compile(" (?:interviewed|surveyed|polled|questioned|contacted) by ");
    private static final String NAME = "\\p{Lu}[\\p{L}.&’'-]*(?: \\p{Lu}[\\p{L}.&’'-]*){0,3}";
    /** Who reached the people, ending right before the verb: {@code  the BBC spoke to}, {@code  I interviewed}. */
    private static final Pattern CONTACT = Pattern.compile(" (?:I|we|he|she|they|" + NAME + "|the " + NAME + ")"
            + " (?:(?:spoke|talked|has spoken|have spoken|had spoken) (?:to|with)|interviewed|contacted|consulted"
            + "|surveyed|polled|reached|questioned)$");
    /** How far before the verb the description may start. */
    private static final int MAX_DESCRIPTION = 80;
    /** Marks that end a clause or open an aside, which no description runs across. */
    private static final String BREAKS = ",;:\"“”()";

    /** Pronouns for people that a description completes: {@code those close to him}, {@code someone familiar with it}. */
    private static final java.util.Set<String> PEOPLE_PRONOUNS = java.util.Set.of("those", "someone", "somebody", "others");
    /** Shares of those described: {@code One of those close to him}, {@code Many of those familiar with it}. */
    private static final java.util.Set<String> SHARES = java.util.Set.of("one", "some", "many", "most", "several", "two",
            "three", "few", "all", "none");

    private DescribedSubject() {
    }

    private static final java.util.Set<String> JOINING = java.util.Set.of("and", "but", "or");

    /**
     * {@code Those who attended the rally said}, {@code People whose homes flooded say}: where the first restrictive
     * relative clause after people in the plural opens, or -1. Its object ({@code the rally}) is no speaker; the people
     * are.
     */
    private static int relativeDescription(String text, int from, int end) {
        // "those who left but said", "who rate it high and also say": a second verb of the relative's, no subject
        if (JOINING.contains(TextScan.previousWord(text, end))) {
            return -1;
        }
        for (int at = text.indexOf(" who", from); at >= 0 && at < end; at = text.indexOf(" who", at + 4)) {
            boolean relative = text.startsWith(" who ", at) || text.startsWith(" whose ", at);
            String before = TextScan.previousWord(text, at).toLowerCase(Locale.ROOT);
            // "those who said": the relative's own verb is the cue, whose speaker the relative's antecedent is
            boolean ownVerb = TextScan.previousWordStart(text, end) > at + 1
                    // "The men who he said attacked him": the relative's own subject says it
                    && !SpeechVocabulary.PRONOUNS.contains(TextScan.nextWord(text, at + (text.startsWith(" who ", at) ? 5 : 7))
                    .toLowerCase(Locale.ROOT));
            // people in the plural: "A White House official who spoke anonymously said" keeps its official alone
            boolean people = PEOPLE_PRONOUNS.contains(before)
                    || CommonNounPhrase.namesPerson(before) && CommonNounPhrase.isPlural(before);
            if (relative && ownVerb && people) {
                return at;
            }
        }
        return -1;
    }

    /** The described speaker whose description ends right before the verb at {@code verbStart} (adverbs skipped). */
    static Optional<TextRange> before(String text, int verbStart) {
        int end = TextScan.skipSpacesBack(text, verbStart);
        int from = Math.max(Sentences.startOf(text, verbStart), end - MAX_DESCRIPTION);
        if (from >= end) {
            return Optional.empty();
        }
        Matcher m = DESCRIPTION.matcher(text).region(from, end);
        int description = -1;
        while (m.find()) {
            description = m.start();
        }
        if (description < 0) {
            Matcher contact = CONTACT.matcher(text).region(from, end);
            description = contact.find() ? contact.start() : -1;
        }
        if (description < 0) {
            Matcher reached = REACHED_BY.matcher(text).region(from, end);
            description = reached.find() && PEOPLE_PRONOUNS.contains(TextScan.previousWord(text, reached.start())
                    .toLowerCase(Locale.ROOT)) ? reached.start() : -1;
        }
        if (description < 0) {
            description = relativeDescription(text, from, end);
        }
        if (description < 0) {
            return Optional.empty();
        }
        for (int i = description; i < end; i++) {
            if (BREAKS.indexOf(text.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        int at = description;
        int pronoun = TextScan.previousWordStart(text, at);
        if (pronoun >= 0 && PEOPLE_PRONOUNS.contains(TextScan.previousWord(text, at).toLowerCase(Locale.ROOT))) {
            // "Those familiar with the matter said"; "One of those close to him said": the share of them
            int of = TextScan.previousWordStart(text, pronoun);
            int share = of >= 0 && TextScan.previousWord(text, pronoun).equals("of") ? TextScan.previousWordStart(text, of) : -1;
            boolean partitive = share >= 0 && SHARES.contains(TextScan.previousWord(text, of).toLowerCase(Locale.ROOT));
            if (share >= 0 && !partitive) {
                // "The families of those who died said": the people the described ones are of speak
                Optional<TextRange> owner = SpeakerPhrases.before(text, of).filter(p -> p.end() == of - 1);
                if (owner.isPresent()) {
                    return Optional.of(new TextRange(owner.get().start(), end));
                }
            }
            return Optional.of(new TextRange(partitive ? share : pronoun, end));
        }
        return SpeakerPhrases.before(text, at)
                .filter(p -> p.end() == at && CommonNounPhrase.namesPerson(TextScan.lastWord(p.of(text)).toLowerCase(Locale.ROOT)))
                .map(p -> new TextRange(p.start(), end));
    }

}
