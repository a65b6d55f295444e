package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A role written in lower case before a name, as part of the speaker phrase: {@code television broadcaster
 * PBS}, {@code Fashion designer Mary Quant}, {@code an attendee Om Prakash}, {@code Former US presidential
 * candidate Elizabeth Warren}.
 */
final class RoleModifiers {

    /** How many words before the role noun may modify it. */
    private static final int MAX_MODIFIERS = 4;
    /** Before a name, up to the clause's start: {@code Birmingham City University criminology professor David Wilson}. */
    private static final int MAX_MODIFIERS_BEFORE = 8;
    /** Endings of nouns of occupation or part: {@code designer}, {@code prosecutor}, {@code attendee}. */
    private static final String[] ROLE_ENDINGS = {"er", "or", "ist", "ee", "ant", "ent", "ian", "ate"};
    /** Lower-case words ending like a role noun that are not one. */
    private static final Set<String> NOT_ROLES = Set.of("after", "over", "under", "never", "other", "whether", "her",
            "ever", "however", "later", "earlier", "former", "rather", "either", "neither", "together", "further",
            "for", "or", "nor", "major", "minor", "prior", "recent", "current", "different", "present", "urgent",
            "private", "separate", "late", "ultimate", "accurate", "senate", "climate", "debate", "state", "date",
            "rate", "fate", "gate", "plate", "ent", "meanwhile", "tuber", "number", "member");
    /** Occupations too short for {@link #ROLE_ENDINGS} to tell them from other words. */
    private static final Set<String> SHORT_ROLES = Set.of("artist", "actor", "actress", "expert", "poet", "pilot",
            "nurse", "chef", "dentist", "tutor", "cleric", "priest", "pastor", "rabbi", "imam", "bishop", "scholar", "executive");
    /** Words that end a speaker phrase on its left, outside it. */
    private static final Set<String> LEFT_BOUNDARIES = Set.of("to", "by", "from", "with", "and", "said", "says",
            "told", "according", "but", "or", "while", "whereas", "when", "as", "because", "although", "though", "so", "yet");

    private RoleModifiers() {
    }

    /** The name widened to the lower-case role before it, or the name itself. */
    static TextRange before(String text, TextRange name) {
        String who = name.of(text);
        int space = who.indexOf(' ');
        if (space > 0 && isRoleNoun(who.substring(0, space)) && TextScan.startsUpper(who.substring(space + 1))) {
            return before(text, new TextRange(name.start() + space + 1, name.end())); // broadcaster PBS
        }
        int nameAt = nameAfterLowerRoles(who);
        if (nameAt > 0) { // public health expert Wendy Parmet: the name, widened again from the clause's start
            TextRange widened = before(text, new TextRange(name.start() + nameAt, name.end()));
            return widened.start() < name.start() ? widened : name;
        }
        if (!TextScan.startsUpper(who) || SpeechVocabulary.PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
            return name;
        }
        int roleStart = gluedWordStart(text, name.start());
        if (roleStart < 0 || !isRoleNoun(text.substring(roleStart, name.start() - 1))) {
            return withNewlyAppointed(text, name);
        }
        int start = roleStart;
        int candidate = roleStart;
        for (int i = 0; i < MAX_MODIFIERS_BEFORE; i++) {
            if (TextScan.isSentenceStart(text, candidate) || text.charAt(candidate - 1) != ' '
                    || text.charAt(TextScan.skipSpacesBack(text, candidate) - 1) == ',') {
                return new TextRange(candidate, name.end());
            }
            int ws = gluedWordStart(text, candidate);
            if (ws < 0) {
                return new TextRange(candidate, name.end());
            }
            String w = text.substring(ws, candidate - 1);
            String lower = w.toLowerCase(Locale.ROOT);
            if (SpeechVocabulary.DETERMINERS.contains(lower)) {
                return new TextRange(ws, name.end());
            }
            if (lower.equals("and") && joinsModifiers(text, ws)) {
                candidate = ws; // AU trade and industry commissioner Albert Muchanga
                continue;
            }
            if (LEFT_BOUNDARIES.contains(lower)) {
                return new TextRange(candidate, name.end());
            }
            String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
            // "Train drivers' trade union Aslef general secretary": a possessor among the modifiers
            if (SpeechVocabulary.NOT_NAMES.contains(w) || bare.isEmpty()
                    || !bare.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                break;
            }
            candidate = ws;
        }
        return new TextRange(start, name.end());
    }

    /** {@code Newly elected Assemblywoman Selena Torres}: an adverb and a participle of office before a capitalised role. */
    private static TextRange withNewlyAppointed(String text, TextRange name) {
        int participle = gluedWordStart(text, name.start());
        if (participle < 0 || !OFFICE_PARTICIPLES.contains(text.substring(participle, name.start() - 1).toLowerCase(Locale.ROOT))) {
            return name;
        }
        int adverb = gluedWordStart(text, participle);
        return adverb >= 0 && OFFICE_ADVERBS.contains(text.substring(adverb, participle - 1).toLowerCase(Locale.ROOT))
                ? new TextRange(adverb, name.end()) : name;
    }

    private static final Set<String> OFFICE_PARTICIPLES = Set.of("elected", "appointed", "re-elected", "reelected",
            "installed", "retired", "confirmed", "named", "sworn-in");
    private static final Set<String> OFFICE_ADVERBS = Set.of("newly", "recently", "democratically", "just");

    /**
     * Where the name starts in {@code health expert Wendy Parmet}: lower-case words ending in a role noun, then a
     * capitalised word; 0 when the phrase is not of that shape.
     */
    private static int nameAfterLowerRoles(String who) {
        if (who.isEmpty() || !Character.isLowerCase(who.charAt(0))) {
            return 0;
        }
        int at = 0;
        String previous = "";
        while (at < who.length() && Character.isLowerCase(who.charAt(at))) {
            int space = who.indexOf(' ', at);
            if (space < 0) {
                return 0;
            }
            previous = who.substring(at, space);
            at = space + 1;
        }
        return at < who.length() && Character.isUpperCase(who.charAt(at)) && isRoleNoun(previous) ? at : 0;
    }

    /** {@code television broadcaster PBS} starting at {@code start} (spaces skipped): lower-case role, then a name. */
    static java.util.Optional<TextRange> after(String text, int start) {
        int s = start;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int p = s;
        String previous = "";
        for (int i = 0; i <= MAX_MODIFIERS && p < text.length() && Character.isLowerCase(text.charAt(p)); i++) {
            int e = p;
            while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
                e++;
            }
            previous = text.substring(p, e);
            if (e >= text.length() || text.charAt(e) != ' ' || LEFT_BOUNDARIES.contains(previous)) {
                return java.util.Optional.empty();
            }
            p = e + 1;
        }
        // "member" is no role noun on its own ("member states"), but before a name it is one: committee member Ulf Danielsson
        if (p == s || p >= text.length() || !Character.isUpperCase(text.charAt(p)) || !isRoleNoun(previous) && !previous.equals("member")) {
            return java.util.Optional.empty();
        }
        int nameStart = p;
        int phraseStart = s;
        return SpeakerPhrases.after(text, nameStart).filter(n -> n.start() == nameStart && TextScan.startsUpper(n.of(text)))
                .map(n -> new TextRange(phraseStart, n.end()));
    }

    /**
     * {@code civil and environmental engineering professor}: {@code and} at {@code andStart} between two lower-case
     * modifiers, the first no plural noun ({@code reporters and police commissioner X} joins two subjects).
     */
    private static boolean joinsModifiers(String text, int andStart) {
        int ws = gluedWordStart(text, andStart);
        if (ws < 0) {
            return false;
        }
        String w = text.substring(ws, andStart - 1);
        return !w.isEmpty() && w.chars().allMatch(Character::isLowerCase) && !w.endsWith("s")
                && !SpeechVocabulary.BARE_CLAUSE_VERBS.contains(w) && !LEFT_BOUNDARIES.contains(w);
    }

    /** The start of the word right before {@code pos}, one space between, or -1. */
    private static int gluedWordStart(String text, int pos) {
        if (pos < 3 || text.charAt(pos - 1) != ' ' || !Character.isLetter(text.charAt(pos - 2))
                && !(text.charAt(pos - 2) == '\'' && Character.isLetter(text.charAt(pos - 3)))) {
            return -1;
        }
        return TextScan.previousWordStart(text, pos - 1);
    }

    static boolean isRoleNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || NOT_ROLES.contains(lower)
                || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-') || word.endsWith("-")) {
            return false;
        }
        if (SpeechVocabulary.isRoleWord(lower) || SHORT_ROLES.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') >= 0) {
            return isRoleNoun(lower.substring(lower.lastIndexOf('-') + 1)); // co-founder, vice-chancellor
        }
        for (String ending : ROLE_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 3) {
                return true;
            }
        }
        return false;
    }
}
