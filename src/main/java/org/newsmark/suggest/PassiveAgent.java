package org.newsmark.suggest;

import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * {@code declared a "pandemic" by the World Health Organization}, {@code described as "stable" by police}: words in
 * marks followed by the agent of a passive, who said them.
 */
final class PassiveAgent {

    /** Bodies of people named without capitals that can be the agent who said something. */
    private static final Set<String> PEOPLE = Set.of("police", "officials", "authorities", "doctors", "witnesses",
            "investigators", "prosecutors", "experts", "critics", "residents", "scientists", "researchers", "analysts");
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "on");
    private static final int MAX_WORDS = 8;

    private PassiveAgent() {
    }

    /**
     * A passive participle right before the opening mark, with {@code as}, {@code to be} and an article between:
     * {@code announced to be a "…"}, {@code labeled as a "…"}, {@code deemed "…"}; not {@code a memoir "…" by X}, whose
     * {@code by} names an author, nor {@code those "terrified" by X}.
     */
    private static final java.util.regex.Pattern PARTICIPLE_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:\\p{L}+ed|said|told|known|seen|thought|held)(?: as| to be)?(?: a| an| the)? ?\\p{Pi}?[\"“‘']?$");
    private static final int PARTICIPLE_REACH = 40;

    /**
     * {@code condemned by the United Nations as "a clear violation"}, {@code dismissed by Kremlin spokesman Dmitry Peskov as
     * "absurd"}: a participle, its agent, and {@code as} right before the opening mark.
     */
    private static final java.util.regex.Pattern AGENT_THEN_AS = java.util.regex.Pattern.compile(
            "\\b\\p{Ll}+ed by ((?:[Tt]he )?[\\p{L}'’.-]+(?: [\\p{L}'’.-]+){0,7}?) as (?:a |an |the )?\\p{Pi}?[\"“‘']$");
    /** An agent named in capitals: {@code the United Nations}, {@code Amnesty International}. */
    private static final java.util.regex.Pattern NAMED_AGENT = java.util.regex.Pattern.compile(
            "(?:[Tt]he )?(?:\\p{Lu}[\\p{L}'’.-]*(?: (?:of|for|and|on|the))? )*\\p{Lu}[\\p{L}'’.-]*");
    private static final int AGENT_REACH = 90;

    /** The agent named before the quote {@code q} ({@code by X as "…"}), when there is one. */
    static Optional<TextRange> before(String text, TextRange q) {
        int open = q.start();
        int from = Math.max(0, open - AGENT_REACH);
        java.util.regex.Matcher m = AGENT_THEN_AS.matcher(text).region(from, open);
        return m.find() && speaks(m.group(1)) ? Optional.of(new TextRange(m.start(1), m.end(1))) : Optional.empty();
    }

    /**
     * Whether an agent before {@code as "…"} is someone who speaks: a name in capitals, people in the plural
     * ({@code campaigners}), or roles and a name ({@code Kremlin spokesman Dmitry Peskov}, {@code the UN secretary-general}).
     */
    private static boolean speaks(String agent) {
        if (NAMED_AGENT.matcher(agent).matches()) {
            return true;
        }
        String[] words = agent.replaceFirst("^[Tt]he ", "").split(" ");
        String last = words[words.length - 1];
        if (words.length == 1 && pluralPeople(last)) {
            return true;
        }
        boolean role = false;
        for (String w : words) {
            boolean lower = Character.isLowerCase(w.charAt(0));
            if (lower && !SpeechVocabulary.isRoleWord(w) && !JOINERS.contains(w)) {
                return false;
            }
            role |= lower && SpeechVocabulary.isRoleWord(w);
        }
        return role && (TextScan.startsUpper(last) || SpeechVocabulary.isRoleWord(last));
    }

    /** The agent right after the quote {@code q} ({@code "…" by X}), when there is one. */
    static Optional<TextRange> after(String text, TextRange q) {
        int from = Math.max(0, q.start() - PARTICIPLE_REACH);
        if (!PARTICIPLE_BEFORE.matcher(text.substring(from, q.start())).find()) {
            return Optional.empty();
        }
        int p = q.end();
        while (p < text.length() && DirectQuoteFinder.CLOSERS.indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        if (!text.startsWith(" by ", p)) {
            return Optional.empty();
        }
        int start = p + 4;
        int w = start;
        if (text.startsWith("the ", w) || text.startsWith("The ", w)) {
            w += 4;
        }
        String first = TextScan.nextWord(text, w);
        // described as "catastrophic" by forecasters, hailed as "historic" by campaigners: people in the plural
        if (pluralPeople(first)) {
            return Optional.of(new TextRange(start, w + first.length()));
        }
        int end = -1;
        for (int words = 0; words < MAX_WORDS && w < text.length(); words++) {
            String word = TextScan.nextWord(text, w);
            boolean name = TextScan.startsUpper(word) && !SpeechVocabulary.NOT_NAMES.contains(word);
            if (!name && !(JOINERS.contains(word) && end > 0)) {
                break;
            }
            if (name) {
                end = w + word.length();
            }
            if (w + word.length() >= text.length() || text.charAt(w + word.length()) != ' ') {
                break;
            }
            w += word.length() + 1;
        }
        return end < 0 ? Optional.empty() : Optional.of(new TextRange(start, end));
    }

    /** {@code police}, {@code campaigners}, {@code forecasters}: people in the plural named without capitals. */
    private static boolean pluralPeople(String word) {
        return PEOPLE.contains(word) || word.chars().allMatch(Character::isLowerCase)
                && !CommonNounPhrase.singularOf(word).equals(word) && CommonNounPhrase.namesPerson(word);
    }
}
