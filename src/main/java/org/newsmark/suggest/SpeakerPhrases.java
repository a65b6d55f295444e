package org.newsmark.suggest;

import java.util.Optional;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * Finds the speaker phrase next to a speech verb: determiner, titles, roles and the name
 * ({@code NATO Secretary General Mark Rutte}, {@code South Korea's President Yoon Suk Yeol},
 * {@code the agency}, {@code he}). Leaves out a bracketed abbreviation and a trailing {@code in <place>}.
 */
final class SpeakerPhrases {

    /** Letters after a name that are a role, not part of it: {@code Kama Melly QC}. */
    private static final java.util.Set<String> POST_NOMINALS = java.util.Set.of("QC", "KC", "MP", "MEP", "MSP",
            "OBE", "CBE", "MBE");

    /** Number words that count a role rather than stand in a name: {@code One MP}. */
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "another", "each",
            "every", "a", "an", "the");

    /** Capitalised heads of organisation names that an {@code of}-phrase completes: {@code Royal Bank of Scotland}. */
    private static final java.util.Set<String> ORGANISATION_HEADS = java.util.Set.of("Bank", "University", "Institute",
            "College", "Church", "Museum", "Republic", "Kingdom", "States", "Union", "Academy", "Society", "Friends",
            // bodies named by their kind, then what they are of: {@code National Conference of Town Clerks}
            "Conference", "Commission", "Council", "Association", "Federation", "Organization", "Organisation",
            "Department", "Ministry", "Agency", "Bureau", "Committee", "Authority", "Assembly", "League", "Alliance");

    /** Determiner, up to two modifiers, a role word, then a participle and its phrase. */
    private static final java.util.regex.Pattern PARTICIPLE_ROLE = java.util.regex.Pattern.compile(
            "(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:[\\p{L}'’-]+ ){0,2}?(\\p{L}+) \\p{Ll}+(?:ing|ed) [^,;.]{2,60}");

    /**
     * Determiner, up to three modifiers, a role word, then where or whom it serves, opening the sentence before a
     * name in apposition: {@code The Samoan delegate to the U.S. House of Representatives, Aumua Amata,}.
     */
    private static final java.util.regex.Pattern ROLE_WITH_PREPOSITION = java.util.regex.Pattern.compile(
            "(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:[\\p{L}'’-]+ ){0,3}?(\\p{L}+) (?:to|of|for|at|in|from) "
            + "(?!.*\\b(?:has|have|had|is|was|were|are|will|would|can|could|may|said|says|\\p{Ll}+ed)\\b)"
            + "(?:[^,;.]|(?<=\\p{Lu})\\.){2,60}");

    /** Words that introduce a role like a determiner: {@code Another eyewitness, Nicole Towarek}. */
    private static final java.util.Set<String> ROLE_COUNTERS = java.util.Set.of("another", "one", "each");

    /** Prepositions that tie a determiner's phrase to the role before it: {@code a spokesperson for the company}. */
    private static final java.util.Set<String> OF_OR_FOR = java.util.Set.of("of", "for");

    private SpeakerPhrases() {
    }

    /** The phrase ending right before {@code end} (spaces skipped). */
    static Optional<TextRange> before(String text, int end) {
        Optional<TextRange> counted = familyRoleWithCount(text, end);
        if (counted.isPresent()) {
            return counted;
        }
        Optional<TextRange> quantifier = quantifierPronoun(text, end);
        if (quantifier.isPresent()) {
            return quantifier;
        }
        Optional<TextRange> named = namedBefore(text, end);
        // "Other Republican leaders": a capitalised modifier before a role in lower case, which the quantifier introduces
        Optional<TextRange> common = named.isEmpty() || Character.isLowerCase(text.charAt(named.get().start()))
                || Character.isLowerCase(text.charAt(named.get().end() - 1)) && Character.isLowerCase(
                        text.charAt(named.get().start() + named.get().of(text).lastIndexOf(' ') + 1))
                ? CommonNounPhrase.before(text, end) : Optional.empty();
        // a role in lower case is widened to the noun phrase it heads: "Both officers", not "officers"
        Optional<TextRange> phrase = named.isPresent() && common.filter(c -> c.end() == named.get().end()
                && c.start() < named.get().start()).isEmpty() ? named : common.or(() -> named);
        if (named.isEmpty()) {
            phrase = phrase.map(p -> withRoleOf(text, p));
        }
        phrase = phrase.map(p -> withAbbreviatedOffice(text, p));
        return WidenedSubject.widen(text, end, phrase).or(() -> peopleOfBareNoun(text, end));
    }

    /**
     * {@code Several supporters of reform said}: people of a bare noun in lower case, the phrase before {@code of}
     * naming them.
     */
    private static Optional<TextRange> peopleOfBareNoun(String text, int end) {
        int e = TextScan.skipSpacesBack(text, end);
        int nounStart = TextScan.previousWordStart(text, e);
        if (nounStart < 1 || text.charAt(nounStart - 1) != ' ' || !text.substring(nounStart, e).chars().allMatch(Character::isLowerCase)
                || !TextScan.previousWord(text, nounStart).equals("of")) {
            return Optional.empty();
        }
        int of = TextScan.previousWordStart(text, nounStart);
        return CommonNounPhrase.before(text, of)
                .filter(p -> CommonNounPhrase.namesPerson(TextScan.lastWord(p.of(text)).toLowerCase(java.util.Locale.ROOT)))
                .map(p -> new TextRange(p.start(), e));
    }

    /**
     * {@code and several said}, {@code while some say}: a quantifier standing for the people the sentence spoke of,
     * after a conjunction or a comma (capitalised at a sentence's start it is found as a name).
     */
    private static Optional<TextRange> quantifierPronoun(String text, int end) {
        int e = TextScan.skipSpacesBack(text, end);
        int ws = TextScan.previousWordStart(text, e);
        if (ws < 1 || !QUANTIFIER_PRONOUNS.contains(text.substring(ws, e))
                || ADJECTIVAL_PARTICIPLES.contains(TextScan.firstWord(text.substring(end, Math.min(text.length(), end + 12))))) {
            return Optional.empty(); // "several alleged accomplices": an adjective, no verb
        }
        int before = TextScan.skipSpacesBack(text, ws);
        boolean afterComma = before > 0 && text.charAt(before - 1) == ',';
        return afterComma || CLAUSE_JOINS.contains(TextScan.previousWord(text, ws).toLowerCase(java.util.Locale.ROOT))
                ? Optional.of(new TextRange(ws, e)) : Optional.empty();
    }

    private static final java.util.Set<String> QUANTIFIER_PRONOUNS = java.util.Set.of("some", "several", "many", "most",
            "few", "both", "another", "others");
    private static final java.util.Set<String> ADJECTIVAL_PARTICIPLES = java.util.Set.of("alleged", "reported", "claimed",
            "stated", "noted", "announced", "confirmed", "suspected");
    private static final java.util.Set<String> CLAUSE_JOINS = java.util.Set.of("and", "but", "while", "whereas", "yet");

    /** Family roles that news counts the children of: {@code a mother of two}. */
    private static final java.util.Set<String> FAMILY_ROLES = java.util.Set.of("mother", "father", "parent", "grandmother",
            "grandfather", "grandparent", "mum", "mom", "dad");
    private static final java.util.Set<String> COUNTS = java.util.Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** {@code the 34-year-old mother of two told}: the count of children belongs to the role it follows. */
    private static Optional<TextRange> familyRoleWithCount(String text, int end) {
        int e = TextScan.skipSpacesBack(text, end);
        String count = TextScan.previousWord(text, e);
        int countStart = TextScan.previousWordStart(text, e);
        if (countStart < 1 || !COUNTS.contains(count) && !count.chars().allMatch(Character::isDigit)
                || !"of".equals(TextScan.previousWord(text, countStart))) {
            return Optional.empty();
        }
        int ofStart = TextScan.previousWordStart(text, countStart);
        if (!FAMILY_ROLES.contains(TextScan.previousWord(text, ofStart).toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return CommonNounPhrase.before(text, ofStart).map(role -> new TextRange(role.start(), e));
    }

    /**
     * {@code Organizers of the rally}, {@code the family's statement on the death}, {@code An aide to the senator}: a
     * determiner's phrase after {@code of} (or {@code on}, {@code at} …, and {@code to} after a role that serves someone)
     * completes the role phrase before it, which is the speaker.
     */
    static TextRange withRoleOf(String text, TextRange phrase) {
        int of = TextScan.previousWordStart(text, phrase.start());
        String preposition = TextScan.previousWord(text, phrase.start());
        boolean to = preposition.equals("to");
        if (of < 1 || !ROLE_PREPOSITIONS.contains(preposition) && !to || text.charAt(of - 1) != ' ') {
            return phrase;
        }
        // "an aide to the senator": only a role that serves someone takes "to"
        // the one that starts first: "A top aide" (its modifier in lower case), "the Deputy Secretary General"
        Optional<TextRange> role = java.util.stream.Stream.of(namedBefore(text, of - 1), CommonNounPhrase.before(text, of - 1))
                .flatMap(Optional::stream).min(java.util.Comparator.comparingInt(TextRange::start));
        return role.filter(r -> r.end() == of - 1 && (to ? isEnvoy(TextScan.lastWord(r.of(text)))
                        : SpeechVocabulary.isRoleWord(TextScan.lastWord(r.of(text)).toLowerCase(java.util.Locale.ROOT))))
                .map(r -> new TextRange(r.start(), phrase.end())).orElse(phrase);
    }

    /** {@code organizers of the rally}, {@code the family's statement on the death}, {@code officials at the hotel}. */
    private static final java.util.Set<String> ROLE_PREPOSITIONS = java.util.Set.of("of", "on", "for", "at", "in", "from",
            "with"); // "a pilot with the airline"


    /** A name, role or pronoun ending right before {@code end}. */
    private static Optional<TextRange> namedBefore(String text, int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        e = skipBracketBack(text, e);
        int start = -1;
        int pos = e;
        while (true) {
            int ws = wordStartBefore(text, pos);
            if (ws < 0) {
                break;
            }
            String w = text.substring(ws, pos);
            if (start < 0 && SpeechVocabulary.PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(new TextRange(ws, pos));
            }
            int contracted = pronounBeforeContraction(w);
            if (start < 0 && contracted > 0) {
                return Optional.of(new TextRange(ws, ws + contracted));
            }
            if ((!partOfPhrase(w, text, ws) || endsSentence(w)) && !joinsNameWords(text, w, ws, start)
                    && !(start >= 0 && linksRole(text, w, ws)) && !possessorOfName(text, w, ws, start)) {
                break;
            }
            start = ws;
            if (SpeechVocabulary.DETERMINERS.contains(w.toLowerCase(java.util.Locale.ROOT))
                    && !OF_OR_FOR.contains(TextScan.previousWord(text, ws)) && !afterEnvoyTo(text, ws)
                    && !linksRole(text, TextScan.previousWord(text, ws), TextScan.previousWordStart(text, ws))) {
                break;
            }
            pos = ws;
            while (pos > 0 && text.charAt(pos - 1) == ' ') {
                pos--;
            }
            if (pos == ws) {
                break;
            }
        }
        if (start >= 0) {
            start = withoutLooseConjunct(text, start, e);
        }
        Optional<TextRange> phrase = trimmed(text, start, e);
        return phrase.flatMap(p -> headOfPostModified(text, p).or(() -> Optional.of(p)));
    }

    /**
     * {@code the country's Supreme Court}: a lower-case possessor between a determiner and the capitalised name
     * it owns, which the guidelines tag with the name.
     */
    private static boolean possessorOfName(String text, String w, int ws, int start) {
        // also before a role in lower case: "the city's deputy mayor for public health"
        return start >= 0 && (Character.isUpperCase(text.charAt(start))
                || SpeechVocabulary.isRoleWord(text.substring(start, TextScan.wordEnd(text, start))))
                && isLowerPossessor(w) && ws > 0
                && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, ws).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isLowerPossessor(String w) {
        return (w.endsWith("'s") || w.endsWith("’s")) && w.length() > 3 && Character.isLowerCase(w.charAt(0))
                && w.substring(0, w.length() - 2).chars().allMatch(Character::isLetter);
    }

    /** {@code a source within the ministry}, {@code an official at the embassy}: a role word, then where it serves. */
    private static boolean linksRole(String text, String w, int ws) {
        return ws > 0 && ROLE_LINKS.contains(w)
                && SpeechVocabulary.isRoleWord(TextScan.previousWord(text, ws).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> ROLE_LINKS = java.util.Set.of("within", "at");

    /**
     * {@code the National Institute of Allergy and Infectious Diseases}: {@code and} between capitalised words,
     * kept only in a name with {@code of} or {@code for} ({@link #withoutLooseConjunct}).
     */
    private static boolean joinsNameWords(String text, String w, int ws, int start) {
        if (w.equals("to") && start >= 0 && Character.isUpperCase(text.charAt(start))) {
            // "the Committee to Protect Journalists", not "sent by the Commission to Meloni"
            return BODIES_WITH_AIMS.contains(TextScan.previousWord(text, ws))
                    && AIMS.contains(TextScan.firstWord(text.substring(start, Math.min(text.length(), start + 20))));
        }
        return w.equals("and") && start >= 0 && Character.isUpperCase(text.charAt(start))
                && TextScan.startsUpper(TextScan.previousWord(text, ws))
                && !TextScan.isSentenceStart(text, TextScan.previousWordStart(text, ws));
    }

    /** Bodies whose names say what they are for with {@code to}: {@code the Campaign to Stop Killer Robots}. */
    private static final java.util.Set<String> BODIES_WITH_AIMS = java.util.Set.of("Committee", "Campaign", "Coalition",
            "Alliance", "Movement", "Fund", "Foundation", "Centre", "Center", "Institute", "Network", "Society", "Project",
            "Initiative", "Council", "Association", "Commission", "Partnership", "Mission");
    /** The verbs such a name says its aim with: {@code to Protect}, {@code to Stop}. */
    private static final java.util.Set<String> AIMS = java.util.Set.of("Protect", "Stop", "Save", "End", "Prevent", "Defend",
            "Free", "Ban", "Abolish", "Fight", "Reduce", "Restore", "Combat", "Support", "Elect", "Unite", "Preserve");

    /**
     * Where a phrase walked back over {@code and} starts: at its first word when the words before the last
     * {@code and} hold {@code of} or {@code for} (one name), else after that {@code and} ({@code Smith and Jones}
     * are two speakers; {@link JointSubject} joins them).
     */
    private static int withoutLooseConjunct(String text, int start, int end) {
        String phrase = " " + text.substring(start, end);
        int and = phrase.lastIndexOf(" and ");
        if (and < 0) {
            return start;
        }
        String head = phrase.substring(0, and) + " ";
        return head.contains(" of ") || head.contains(" for ") ? start : start + and + "and ".length();
    }

    /** {@code I've always said}, {@code he'd said}: the length of the pronoun before an auxiliary's contraction, or 0. */
    private static int pronounBeforeContraction(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apostrophe <= 0 || !CONTRACTIONS.contains(word.substring(apostrophe + 1).toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        return SpeechVocabulary.PRONOUNS.contains(word.substring(0, apostrophe).toLowerCase(java.util.Locale.ROOT))
                ? apostrophe : 0;
    }

    private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("ve", "d", "ll", "s", "re", "m");

    /**
     * A name with the role it follows as an apposition, as the guidelines tag it:
     * {@code a spokesperson, Morgan Ortagus} or {@code the director of Amnesty Argentina, Mariela Belski}.
     * The phrase itself when no role ending in a role word stands right before it, behind a comma.
     */
    static TextRange withRoleBefore(String text, TextRange name) {
        String who = name.of(text);
        if (!TextScan.startsUpper(who) || SpeechVocabulary.PRONOUNS.contains(who.toLowerCase(java.util.Locale.ROOT))
                || name.start() < 2 || !text.startsWith(", ", name.start() - 2)) {
            return name;
        }
        return before(text, name.start() - 2)
                .filter(role -> (isRolePhrase(role.of(text)) || openingPersonPhrase(text, role)) && !afterPreposition(text, role.start())
                        && !afterOtherVerb(text, role.start()))
                .or(() -> participleRole(text, name.start() - 2))
                .map(role -> new TextRange(role.start(), name.end()))
                .orElse(name);
    }

    /**
     * {@code This includes a special force, Carter said}, {@code It has a spokesman, …}: a role phrase right after a verb
     * that is no speech verb is its object, no apposition of the name after it.
     */
    private static boolean afterOtherVerb(String text, int start) {
        String previous = TextScan.previousWord(text, start);
        if (previous.length() < 2 || !previous.chars().allMatch(Character::isLowerCase)
                || SpeechVocabulary.BARE_CLAUSE_VERBS.contains(previous) || SpeechVocabulary.QUOTE_VERBS.contains(previous)) {
            return false;
        }
        return previous.endsWith("ed") || previous.endsWith("es") || IRREGULAR_VERBS.contains(previous);
    }

    private static final java.util.Set<String> IRREGULAR_VERBS = java.util.Set.of("is", "was", "has", "had", "became",
            "met", "contains", "represents", "leads", "runs");

    /**
     * {@code An Israeli blogger, Tal Schneider}: a person's noun in the singular that opens the sentence or a clause
     * is the name's role; inside a clause it ends another phrase ({@code after he won the primary, Sanders}).
     */
    private static boolean openingPersonPhrase(String text, TextRange role) {
        int p = TextScan.skipSpacesBack(text, role.start());
        String last = TextScan.lastWord(role.of(text)).toLowerCase(java.util.Locale.ROOT);
        return isPersonPhrase(role.of(text)) && !CommonNounPhrase.isPlural(last)
                && (TextScan.isSentenceStart(text, role.start()) || p > 0 && text.charAt(p - 1) == ',');
    }

    /** {@code In a statement, Vázquez said}: the phrase before the comma is an adjunct, not a role. */
    private static boolean afterPreposition(String text, int start) {
        String previous = TextScan.previousWord(text, start).toLowerCase(java.util.Locale.ROOT);
        // "However, addressing the global leaders, Chakrapani proposed": a participle's object, no role
        return ADJUNCT_PREPOSITIONS.contains(previous) || previous.length() > 5 && previous.endsWith("ing");
    }

    private static final java.util.Set<String> ADJUNCT_PREPOSITIONS = java.util.Set.of("in", "on", "at", "during", "to",
            "after", "before", "from", "with", "by", "via", "through", "like", "unlike");

    /**
     * {@code The judge presiding over the case}: a role with a participle phrase, opening the sentence or a
     * clause and ending at {@code comma}.
     */
    private static Optional<TextRange> participleRole(String text, int comma) {
        int sentenceStart = Sentences.startOf(text, comma);
        int previousComma = text.lastIndexOf(',', comma - 1);
        int start = previousComma >= sentenceStart ? previousComma + 1 : sentenceStart;
        while (start < comma && text.charAt(start) == ' ') {
            start++;
        }
        java.util.regex.Matcher m = PARTICIPLE_ROLE.matcher(text).region(start, comma);
        java.util.regex.Matcher pp = ROLE_WITH_PREPOSITION.matcher(text).region(start, comma);
        return m.matches() && SpeechVocabulary.ROLE_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
                || pp.matches() && SpeechVocabulary.ROLE_WORDS.contains(pp.group(1).toLowerCase(java.util.Locale.ROOT))
                ? Optional.of(new TextRange(start, comma)) : Optional.empty();
    }

    /**
     * {@code said Democratic strategist Hank Sheinkopf}, {@code according to Yale University political scholar Kim
     * Dane}: a capitalised phrase found after a cue, widened over the lower-case role and the name that follow it.
     */
    static TextRange withRoleAndNameAfter(String text, TextRange phrase) {
        String p = phrase.of(text);
        if (!TextScan.startsUpper(p) || SpeechVocabulary.PRONOUNS.contains(p.toLowerCase(java.util.Locale.ROOT))) {
            return phrase;
        }
        return RoleModifiers.after(text, phrase.end()).filter(r -> r.start() == phrase.end() + 1)
                .map(r -> new TextRange(phrase.start(), r.end())).orElse(phrase);
    }

    /** {@code the El Paso mayor, Dee Margo}: a role phrase found after a verb, with the name in apposition. */
    static TextRange withNameAfter(String text, TextRange role) {
        if (!isRolePhrase(role.of(text)) && !isPersonPhrase(role.of(text)) || !text.startsWith(", ", role.end())) {
            return role;
        }
        return namedAfter(text, role.end() + 2)
                .filter(n -> n.start() == role.end() + 2 && TextScan.startsUpper(n.of(text))
                        && !SpeechVocabulary.PRONOUNS.contains(n.of(text).toLowerCase(java.util.Locale.ROOT))
                        && (n.end() >= text.length() || ".,;".indexOf(text.charAt(n.end())) >= 0))
                .map(n -> new TextRange(role.start(), n.end()))
                .orElse(role);
    }

    /**
     * {@code a spokesperson}, {@code the director of Amnesty Argentina}, {@code Smith's lawyer}: a determiner
     * or a possessor, then a role word or an {@code of}-phrase.
     */
    static boolean isRolePhrase(String phrase) {
        String[] words = phrase.split(" ");
        String last = stripPossessive(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        boolean introduced = SpeechVocabulary.DETERMINERS.contains(first) || ROLE_COUNTERS.contains(first)
                || possessorBefore(words);
        return words.length >= 2 && introduced
                && (SpeechVocabulary.isRoleWord(last) || phrase.contains(" of ") || phrase.contains(" for "));
    }

    /**
     * {@code the agency's administrator}, {@code the 22-year-old striker}: a determiner or a possessor, then a noun
     * for a person that no role list holds; before a name in apposition it is that name's role.
     */
    private static boolean isPersonPhrase(String phrase) {
        String[] words = phrase.split(" ");
        String last = words[words.length - 1];
        return words.length >= 2 && last.chars().allMatch(Character::isLowerCase)
                && (SpeechVocabulary.DETERMINERS.contains(words[0].toLowerCase(java.util.Locale.ROOT)) || possessorBefore(words))
                && CommonNounPhrase.namesPerson(last);
    }

    /** {@code Smith's lawyer}, {@code German Chancellor Jo Bloggs's spokesperson}: a possessor before the last word. */
    private static boolean possessorBefore(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            if (!stripPossessive(words[i]).equals(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * For {@code the Service in South Korea said}: the phrase before {@code in}, when there is one. People in the
     * plural without a determiner keep where they are, which tells who they are: {@code researchers in the United
     * Kingdom}, {@code others in the Democratic Party}.
     */
    private static Optional<TextRange> headOfPostModified(String text, TextRange phrase) {
        int ws = wordStartBefore(text, TextScan.skipSpacesBack(text, phrase.start()));
        if (ws < 0 || TextScan.skipSpacesBack(text, phrase.start()) == phrase.start()) {
            return Optional.empty();
        }
        String prep = text.substring(ws, TextScan.skipSpacesBack(text, phrase.start()));
        if (prep.equals("from")) {
            return before(text, ws).filter(p -> !isPronoun(text, p)).map(p -> new TextRange(p.start(), phrase.end()));
        }
        if (!prep.equals("in") && !prep.equals("at")) {
            return Optional.empty();
        }
        return before(text, ws).filter(p -> !SpeechVocabulary.PRONOUNS.contains(p.of(text).toLowerCase(java.util.Locale.ROOT)))
                .map(p -> prep.equals("in") && isBarePlural(p.of(text)) ? new TextRange(p.start(), phrase.end()) : p);
    }

    /** {@code researchers}, {@code Women}, {@code senior officials}: a plural noun for people, no determiner before it. */
    private static boolean isBarePlural(String phrase) {
        String first = TextScan.firstWord(phrase).toLowerCase(java.util.Locale.ROOT);
        String last = TextScan.lastWord(phrase).toLowerCase(java.util.Locale.ROOT);
        return !SpeechVocabulary.DETERMINERS.contains(first) && !first.endsWith("'s") && !first.endsWith("’s")
                && last.endsWith("s") && CommonNounPhrase.namesPerson(last);
    }

    private static boolean isPronoun(String text, TextRange r) {
        return SpeechVocabulary.PRONOUNS.contains(r.of(text).toLowerCase(java.util.Locale.ROOT));
    }


    private static boolean endsSentence(String w) {
        if (!w.endsWith(".") || w.length() <= 2) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        // a title or suffix (Col. Steven Warren, John Kennedy Jr.) or initials (U.S.) does not end the sentence
        return !TITLE_ABBREVIATIONS.contains(stem) && !stem.equals("Jr") && !stem.equals("Sr")
                && !INITIALS.matcher(w).matches();
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+");

    /** The phrase starting right after {@code start} (spaces skipped), as in {@code said the agency}. */
    static Optional<TextRange> after(String text, int start) {
        Optional<TextRange> named = namedAfter(text, start);
        if (named.isPresent() && named.get().of(text).chars().noneMatch(Character::isUpperCase)) {
            // "former thinktank executive Ken Gude": lower-case role words that run on to a name are its role
            Optional<TextRange> role = RoleModifiers.after(text, start).filter(r -> r.end() > named.get().end())
                    .or(() -> personNounThenName(text, start).filter(r -> r.end() > named.get().end()));
            if (role.isPresent()) {
                return role; // "said former quarterback Tom Brady": not "former" alone
            }
        }
        return named.map(p -> ServedBody.widen(text, p)).or(() -> ServedBody.ownedAfter(text, start))
                .or(() -> RoleModifiers.after(text, start))
                .or(() -> CommonNounPhrase.after(text, start)).or(() -> CommonNounPhrase.modifiedAfter(text, start))
                .or(() -> CommonNounPhrase.partitiveAfter(text, start)).or(() -> personNounThenName(text, start))
                .or(() -> agedName(text, start))
                .or(() -> AnchoredScan.at(PRONOUN_AFTER, text, start).map(m -> new TextRange(m.start(1), m.end(1))))
                .map(p -> AnchoredScan.at(NAMED_AS, text, p.end()).map(m -> new TextRange(p.start(), m.end())).orElse(p));
    }

    /** {@code said another,}, {@code said one of them.}: a pronoun for someone of the people the text spoke of. */
    private static final java.util.regex.Pattern PRONOUN_AFTER = java.util.regex.Pattern.compile(
            " ?(another|others|(?:one|some|many|most|two|three|several|none) of (?:them|us|those))(?=[,.;]|$)");
    /** {@code a woman named Sara}, {@code a man identified only as Ahmed}: the name the text gives the person. */
    private static final java.util.regex.Pattern NAMED_AS = java.util.regex.Pattern.compile(
            " (?:named|called|identified (?:only )?as|who gave (?:only )?(?:his|her) (?:first )?name as) \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?"
            + "(?=[,.;]|$)");

    /**
     * {@code said 34-year-old Fatima Ahmed}, {@code said 34-year-old resident Fatima Ahmed}: an age (and a noun for a
     * person) before a name describes the person it names.
     */
    private static Optional<TextRange> agedName(String text, int start) {
        return AnchoredScan.at(AGE_BEFORE_NAME, text, start)
                .filter(m -> m.group(2) == null || CommonNounPhrase.namesPerson(m.group(2)))
                .flatMap(m -> namedAfter(text, m.end())
                        .filter(n -> n.start() == m.end() && TextScan.startsUpper(n.of(text)))
                        .map(n -> new TextRange(m.start(1), n.end())));
    }

    private static final java.util.regex.Pattern AGE_BEFORE_NAME = java.util.regex.Pattern.compile(
            " ?(" + CommonNounPhrase.AGED.pattern() + ") (?:(\\p{Ll}{3,}) )?(?=\\p{Lu})");

    /**
     * {@code said widow Ann Lee}, {@code said 9/11 widow Terry Strada}: a lower-case noun for a person (maybe after
     * one modifier) that no role list holds, right before a name, is the name's description.
     */
    private static Optional<TextRange> personNounThenName(String text, int start) {
        Optional<java.util.regex.MatchResult> found = AnchoredScan.at(PERSON_NOUN_BEFORE_NAME, text, start)
                .filter(m -> (CommonNounPhrase.namesPerson(m.group(2)) || fullNameAt(text, m.end())
                        && !NOT_PERSON_NOUNS.contains(m.group(2)) && !CommonNounPhrase.isFunctionWord(m.group(2)))
                        && !SpeechVocabulary.ROLE_WORDS.contains(m.group(2)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        java.util.regex.MatchResult m = found.get();
        int phraseStart = m.start(1) >= 0 ? m.start(1) : m.start(2);
        return namedAfter(text, m.end()).filter(n -> n.start() == m.end() && TextScan.startsUpper(n.of(text))
                        && !SpeechVocabulary.PRONOUNS.contains(n.of(text).toLowerCase(java.util.Locale.ROOT)))
                .map(n -> new TextRange(phraseStart, n.end()));
    }

    /**
     * {@code said retired neurosurgeon Ben Carson}: before a first and last name, a noun no list holds describes the
     * person too (not a time of the speaking: {@code said Tuesday night Ben …}).
     */
    private static boolean fullNameAt(String text, int at) {
        return AnchoredScan.at(FULL_NAME, text, at).isPresent();
    }

    private static final java.util.regex.Pattern FULL_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}'’-]+(?=[ ,.;])");
    private static final java.util.Set<String> NOT_PERSON_NOUNS = java.util.Set.of("night", "morning", "afternoon",
            "evening", "today", "yesterday", "week", "weekend", "month", "year", "time", "also", "then", "although",
            "though", "because", "unless", "since", "until", "whether", "including", "except", "once", "whereas");

    private static final java.util.regex.Pattern PERSON_NOUN_BEFORE_NAME = java.util.regex.Pattern.compile(
            " ?([\\d/]+ |\\p{Ll}[\\p{Ll}-]+ )?(\\p{Ll}{3,}) (?=\\p{Lu})");

    /** {@code Member of Parliament (MP) }: an office, its abbreviation in brackets, right before a name. */
    private static final java.util.regex.Pattern ABBREVIATED_OFFICE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:[Mm]embers?|[Ss]peaker|[Pp]resident|[Mm]inister|[Ss]ecretary|[Dd]irector|[Cc]hair(?:man|woman)?)"
            + " of (?:the )?(?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+ \\(\\p{Lu}{2,6}\\) $");
    private static final int OFFICE_REACH = 70;

    private static TextRange withAbbreviatedOffice(String text, TextRange name) {
        if (!TextScan.startsUpper(name.of(text)) || name.start() < 2 || text.charAt(name.start() - 2) != ')') {
            return name;
        }
        java.util.regex.Matcher m = ABBREVIATED_OFFICE.matcher(text).useTransparentBounds(true)
                .region(Math.max(0, name.start() - OFFICE_REACH), name.start());
        return m.find() ? new TextRange(m.start(), name.end()) : name;
    }

    /** {@code Smith's longtime tag team partner Mary Doe}: a possessor, then the role and name it owns. */
    private static Optional<TextRange> withOwnedRole(String text, TextRange phrase) {
        String p = phrase.of(text);
        if (!(p.endsWith("'s") || p.endsWith("’s")) || !text.startsWith(" ", phrase.end())) {
            return Optional.empty();
        }
        return RoleModifiers.after(text, phrase.end()).filter(r -> r.start() == phrase.end() + 1)
                .map(r -> new TextRange(phrase.start(), r.end()));
    }

    /** A name, role or pronoun starting right after {@code start}. */
    private static Optional<TextRange> namedAfter(String text, int start) {
        int s = start;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int pos = s;
        int end = -1;
        while (true) {
            int we = wordEndAfter(text, pos);
            if (we < 0) {
                break;
            }
            String w = text.substring(pos, we);
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (end < 0 && SpeechVocabulary.PRONOUNS.contains(lower)) {
                return Optional.of(new TextRange(pos, we));
            }
            boolean det = end < 0 && SpeechVocabulary.DETERMINERS.contains(lower);
            boolean coordinated = end >= 0 && w.equals("and") && TextScan.startsUpper(nextWordOf(text, we));
            boolean possessor = end >= 0 && end == firstWordEnd(text, s)
                    && SpeechVocabulary.DETERMINERS.contains(text.substring(s, end).toLowerCase(java.util.Locale.ROOT))
                    && isLowerPossessor(w) && TextScan.startsUpper(nextWordOf(text, we));
            // "the EU's foreign policy chief": a word in lower case between two words of a role
            boolean insideRole = end >= 0 && w.chars().allMatch(Character::isLowerCase) && !w.endsWith("ed")
                    && !w.endsWith("ing") && nextIsLowerRole(text, we)
                    && SpeechVocabulary.isRoleWord(TextScan.previousWord(text, pos));
            if (!det && !coordinated && !possessor && !insideRole && !partOfPhrase(w, text, pos)) {
                break;
            }
            if (end >= 0 && SpeechVocabulary.DETERMINERS.contains(lower) && !OF_OR_FOR.contains(TextScan.previousWord(text, pos))) {
                break; // "told AFP the police had …": a determiner after a name opens the next phrase
            }
            end = we;
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            pos = we + 1;
        }
        if (end > s) {
            Optional<TextRange> owned = withOwnedRole(text, new TextRange(s, end));
            if (owned.isPresent()) {
                return owned;
            }
        }
        return end < 0 ? Optional.empty() : trimmed(text, s, end);
    }

    /** Where the first word from {@code s} ends: the next space, else the text's end (without copying the rest of the text). */
    private static int firstWordEnd(String text, int s) {
        int space = text.indexOf(' ', s);
        return space < 0 ? text.length() : space;
    }

    private static String nextWordOf(String text, int end) {
        int we = end + 1 < text.length() && text.charAt(end) == ' ' ? wordEndAfter(text, end + 1) : -1;
        return we < 0 ? "" : text.substring(end + 1, we);
    }

    private static boolean partOfPhrase(String w, String text, int at) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (OPENING_PREPOSITIONS.contains(w) && TextScan.isSentenceStart(text, at)) {
            return false; // "Following the vote, Smith said": a capitalised preposition opens a phrase, names no one
        }
        if (MEDIA_MODIFIERS.contains(w) && MEDIA_DOCUMENTS.contains(nextWordOf(text, at + w.length()))) {
            return true; // "a club press release": a medium modifying the document that speaks
        }
        if (SpeechVocabulary.NOT_NAMES.contains(w) || SpeechVocabulary.NOT_NAMES.contains(stripPossessive(w))) {
            return titleWithToday(w, text, at);
        }
        return Character.isUpperCase(w.charAt(0)) || isPrefixedName(w) || SpeechVocabulary.isRoleWord(stripPossessive(lower))
                || lower.equals("of") || lower.equals("for") || SpeechVocabulary.DETERMINERS.contains(lower)
                || w.equals("to") && isEnvoy(TextScan.previousWord(text, at))
                && (nextIsCapitalised(text, at + 2) || text.startsWith(" the", at + 2) && nextIsCapitalised(text, at + 6))
                || isCompoundModifier(w, text, at) || regionalBetweenNames(w, text, at) || modifierOfDeterminedName(w, text, at)
                || particleBeforeName(text, w, at)
                || w.equals("affairs") && AFFAIRS_KINDS.contains(TextScan.previousWord(text, at))
                || modifierOfRoleObject(w, text, at)
                || w.equals("on") && BODIES_ON.contains(TextScan.previousWord(text, at)) && nextIsCapitalised(text, at + 2)
                || isPeoplesPossessive(w) && !TextScan.insideSingleQuote(text, at);
    }

    /** {@code protesters'}, {@code victims'}: people in the plural owning what follows ({@code the victims' families}). */
    private static boolean isPeoplesPossessive(String w) {
        return w.length() > 4 && (w.endsWith("s'") || w.endsWith("s’")) && Character.isLowerCase(w.charAt(0))
                && CommonNounPhrase.namesPerson(w.substring(0, w.length() - 1));
    }

    /** {@code the deputy mayor for public health}: one lower-case modifier of what a role's {@code for} or {@code of} names. */
    private static boolean modifierOfRoleObject(String w, String text, int at) {
        String preposition = TextScan.previousWord(text, at);
        int prepositionStart = TextScan.previousWordStart(text, at);
        return w.length() > 3 && w.chars().allMatch(Character::isLowerCase) && nextIsLowerRole(text, at + w.length())
                && (preposition.equals("for") || preposition.equals("of")) && prepositionStart > 0
                && SpeechVocabulary.isRoleWord(TextScan.previousWord(text, prepositionStart).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean nextIsLowerRole(String text, int pos) {
        String next = nextWordOf(text, pos);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && SpeechVocabulary.isRoleWord(next);
    }

    /**
     * {@code the nonpartisan Congressional Budget Office}, {@code the state-run Xinhua}, {@code the host Steve Doocy}: one
     * lower-case modifier or role between a determiner and the name it describes (not a place's head: {@code the capital
     * Kyiv}).
     */
    private static boolean modifierOfDeterminedName(String w, String text, int at) {
        return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && nextIsCapitalised(text, at + w.length())
                && (looksAdjectival(w) || SpeechVocabulary.isRoleWord(w) || CommonNounPhrase.listedPerson(w))
                && !PLACE_HEADS_BEFORE_NAMES.contains(w) && at > 1 && text.charAt(at - 1) == ' '
                && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, at).toLowerCase(java.util.Locale.ROOT))
                && CommonNounPhrase.isModifier(text, at, at + w.length());
    }

    /**
     * A hyphenated modifier or an adjective's ending: not a noun that a relative clause without {@code that} follows
     * ({@code a process Zapata described}, {@code the debate Trump said}).
     */
    private static boolean looksAdjectival(String w) {
        return w.indexOf('-') > 0 || ADJECTIVE_ENDINGS.stream().anyMatch(w::endsWith);
    }

    private static final java.util.List<String> ADJECTIVE_ENDINGS = java.util.List.of("an", "al", "ive", "ous", "ful", "less",
            "ish", "ent", "ant", "ary");

    private static final java.util.Set<String> PLACE_HEADS_BEFORE_NAMES = java.util.Set.of("capital", "city", "town",
            "village", "province", "region", "state", "country", "island", "port", "county", "district", "river");

    /** {@code Chelyabinsk regional Deputy Governor}: an adjective in {@code -al} between a place and a title. */
    private static boolean regionalBetweenNames(String w, String text, int at) {
        return w.length() > 5 && w.endsWith("al") && w.chars().allMatch(Character::isLowerCase)
                && nextIsCapitalised(text, at + w.length()) && at > 1 && text.charAt(at - 1) == ' '
                && TextScan.startsUpper(TextScan.previousWord(text, at)) && !TextScan.isSentenceStart(text, TextScan.previousWordStart(text, at));
    }

    /**
     * Lower-case particles inside a surname, before its capitalised part: {@code Mayor de Blasio}, {@code van Gogh}; and
     * the Arabic {@code bin}, {@code ibn}, {@code al} written apart ({@code Mohammed bin Salman}, {@code Bashar al Assad}).
     */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "del", "dela", "della", "der", "den",
            "di", "da", "du", "dos", "das", "van", "von", "ten", "ter", "la", "le", "bin", "ibn", "bint", "al", "el", "zu");

    /** {@code de} in {@code de Blasio}, {@code von} and {@code der} in {@code von der Leyen}. */
    private static boolean particleBeforeName(String text, String w, int at) {
        if (!NAME_PARTICLES.contains(w)) {
            return false;
        }
        int next = at + w.length();
        if (nextIsCapitalised(text, next)) {
            return true;
        }
        int we = next + 1 < text.length() && text.charAt(next) == ' ' ? wordEndAfter(text, next + 1) : -1;
        return we > 0 && NAME_PARTICLES.contains(text.substring(next + 1, we)) && nextIsCapitalised(text, we);
    }

    /** {@code the minister of foreign affairs of Brazil}: the portfolio of an office, in lower case. */
    private static final java.util.Set<String> AFFAIRS_KINDS = java.util.Set.of("foreign", "home", "internal",
            "external", "public", "economic", "consumer", "veterans");

    /** Bodies named after their subject with {@code on}: {@code the Commission on Presidential Debates}. */
    private static final java.util.Set<String> BODIES_ON = java.util.Set.of("Commission", "Committee", "Council",
            "Conference", "Panel", "Subcommittee", "Forum", "Board");

    /** {@code The three-judge court}, {@code a five-member team}: a hyphenated modifier right after a determiner. */
    private static boolean isCompoundModifier(String w, String text, int at) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen < w.length() - 1 && Character.isLowerCase(w.charAt(0))
                && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, at).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code el-Sisi}, {@code al-Assad}: a surname after a lower-case Arabic article is part of the name. */
    private static boolean isPrefixedName(String w) {
        return PREFIXED_NAME.matcher(w).matches();
    }

    private static final java.util.regex.Pattern PREFIXED_NAME = java.util.regex.Pattern.compile(
            "(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn)-\\p{Lu}[\\p{L}'’-]*");

    /** {@code Ambassador to the United Nations}: a determiner after an envoy's {@code to} stays in the phrase. */
    private static boolean afterEnvoyTo(String text, int ws) {
        return TextScan.previousWord(text, ws).equals("to")
                && isEnvoy(TextScan.previousWord(text, TextScan.previousWordStart(text, ws)));
    }

    /**
     * {@code US Ambassador to Germany Richard Grenell}, {@code advisers to Mr. Obama}, {@code an aide to the senator}: a
     * role that serves someone or is sent to somewhere, before {@code to}.
     */
    private static boolean isEnvoy(String word) {
        return SERVING_ROLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> SERVING_ROLES = java.util.Set.of("ambassador", "ambassadors", "envoy",
            "envoys", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant", "assistants", "counsel",
            "consultant", "consultants", "emissary", "spokesman", "spokeswoman", "spokesperson", "representative",
            "delegate", "commissioner");

    private static boolean nextIsCapitalised(String text, int pos) {
        return pos + 1 < text.length() && text.charAt(pos) == ' ' && Character.isUpperCase(text.charAt(pos + 1));
    }

    /** {@code USA Today}, {@code Russia Today}: a title ending in {@code Today} after a name. */
    private static boolean titleWithToday(String w, String text, int at) {
        String previous = TextScan.previousWord(text, at);
        return w.equals("Today") && at > 0 && text.charAt(at - 1) == ' ' && TextScan.startsUpper(previous)
                && !SpeechVocabulary.NOT_NAMES.contains(previous) && !TextScan.isSentenceStart(text, at);
    }

    private static String stripPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Drops leading/trailing {@code of}/{@code for} and requires a name, role or body word. */
    private static Optional<TextRange> trimmed(String text, int start, int end) {
        if (start < 0 || start >= end) {
            return Optional.empty();
        }
        String phrase = text.substring(start, end);
        String[] words = phrase.split(" ");
        int s = start;
        int i = 0;
        while (i < words.length && (words[i].equals("of") || words[i].equals("for"))) {
            s += words[i].length() + 1;
            i++;
        }
        int e = end;
        int j = words.length - 1;
        while (j > i && (words[j].equals("of") || words[j].equals("for") || isPostNominal(words, j)
                || SpeechVocabulary.DETERMINERS.contains(words[j].toLowerCase(java.util.Locale.ROOT)))) {
            e -= words[j].length() + 1;
            j--;
        }
        if (i > j) {
            return Optional.empty();
        }
        String last = words[j];
        boolean headOk = (Character.isUpperCase(last.charAt(0)) || isPrefixedName(last))
                && !SpeechVocabulary.DETERMINERS.contains(last.toLowerCase(java.util.Locale.ROOT))
                || SpeechVocabulary.isRoleWord(stripPossessive(last.toLowerCase(java.util.Locale.ROOT)))
                || last.equals("affairs") && AFFAIRS_KINDS.contains(words[j - 1]);
        boolean possessive = last.endsWith("'s") || last.endsWith("’s");
        if (possessive) {
            // "said Professor David Livermore of the University of East Anglia's medical school": the person before the
            // of-phrase that owns something else
            int of = phrase.lastIndexOf(" of ", e - start);
            return of > s - start ? trimmed(text, start, start + of) : Optional.empty();
        }
        return headOk ? Optional.of(withoutOrigin(text, new TextRange(s, e))) : Optional.empty();
    }

    /** {@code Kama Melly QC}, but not {@code One MP}: letters after a name, not after a number word. */
    private static boolean isPostNominal(String[] words, int j) {
        return POST_NOMINALS.contains(words[j]) && !NUMBER_WORDS.contains(words[j - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A person's name without the place they come from or represent: {@code Jerrold Nadler of New York} →
     * {@code Jerrold Nadler}; {@code Secretary of State} and {@code Bank of England} stay whole.
     */
    private static TextRange withoutOrigin(String text, TextRange phrase) {
        String p = phrase.of(text);
        int of = p.indexOf(" of ");
        if (of < 0) {
            return phrase;
        }
        String[] head = p.substring(0, of).split(" ");
        String last = head[head.length - 1];
        // "the WHO's Monitored Emergency Use of …": a body's possession named, no person
        boolean ownedName = SpeechVocabulary.DETERMINERS.contains(head[0].toLowerCase(java.util.Locale.ROOT))
                && head.length >= 3 && !stripPossessive(head[1]).equals(head[1]);
        boolean personName = head.length >= 2 && (TextScan.startsUpper(last) || isPrefixedName(last)) && !ownedName
                && (TextScan.startsUpper(head[head.length - 2]) || NAME_PARTICLES.contains(head[head.length - 2]))
                && !SpeechVocabulary.ROLE_WORDS.contains(last.toLowerCase(java.util.Locale.ROOT))
                && !ORGANISATION_HEADS.contains(last);
        return personName ? new TextRange(phrase.start(), phrase.start() + of) : phrase;
    }

    private static int skipBracketBack(String text, int e) {
        if (e > 0 && text.charAt(e - 1) == ')') {
            int open = text.lastIndexOf('(', e - 1);
            if (open > 0 && e - open < MAX_BRACKET) { // an abbreviation or a spelt-out name of a body
                int p = open;
                while (p > 0 && text.charAt(p - 1) == ' ') {
                    p--;
                }
                return p;
            }
        }
        return e;
    }

    private static final int MAX_BRACKET = 80;

    /** Prepositions and participles that open a sentence capitalised: {@code By}, {@code Following}. */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("By", "Following", "For", "With",
            "From", "Under", "Despite", "Amid", "Among", "Until", "Upon", "Within", "Without", "Through", "Against",
            "Regarding", "Concerning", "Unlike", "Given", "Per", "Of", "To", "Into", "Across", "Around", "Near");

    /** Lower-case media that modify a document after them: {@code press release}, {@code news release}. */
    private static final java.util.Set<String> MEDIA_MODIFIERS = java.util.Set.of("press", "news");
    private static final java.util.Set<String> MEDIA_DOCUMENTS = java.util.Set.of("release", "releases", "statement",
            "statements", "bulletin", "advisory");

    /** {@code AT&T}, {@code Export–Import Bank}: an ampersand between letters, or an en dash before a capital, joins one name. */
    private static boolean innerJoiner(String text, int i) {
        if (i <= 0 || i + 1 >= text.length() || !Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
        char c = text.charAt(i);
        return c == '&' && Character.isLetter(text.charAt(i + 1)) || c == '–' && Character.isUpperCase(text.charAt(i + 1));
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.';
    }

    private static int wordStartBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && (isTokenChar(text.charAt(i - 1)) || innerJoiner(text, i - 1))) {
            i--;
        }
        while (i < pos && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i < pos && Character.isLetter(text.charAt(i)) ? i : -1;
    }

    private static int wordEndAfter(String text, int pos) {
        if (pos >= text.length() || !Character.isLetter(text.charAt(pos))) {
            return -1;
        }
        int i = pos;
        while (i < text.length() && (isTokenChar(text.charAt(i)) || innerJoiner(text, i))) {
            i++;
        }
        while (i > pos && !Character.isLetter(text.charAt(i - 1)) && !isInitialDot(text, i - 1)
                && !(text.charAt(i - 1) == '.' && TITLE_ABBREVIATIONS.contains(text.substring(pos, i - 1)))
                && !pluralPossessiveInName(text, pos, i - 1)) {
            i--;
        }
        return i;
    }

    /** {@code Bishops' Conference}, {@code Veterans' Affairs}: a capitalised plural's apostrophe before the name's next word. */
    private static boolean pluralPossessiveInName(String text, int wordStart, int apostrophe) {
        char c = text.charAt(apostrophe);
        return (c == '\'' || c == '’') && apostrophe - wordStart >= 3 && text.charAt(apostrophe - 1) == 's'
                && Character.isUpperCase(text.charAt(wordStart)) && apostrophe + 2 < text.length()
                && text.charAt(apostrophe + 1) == ' ' && Character.isUpperCase(text.charAt(apostrophe + 2));
    }

    /** {@code Dr. Jane Miller}: a title whose full stop is part of the name, not the sentence's end. */
    private static final java.util.Set<String> TITLE_ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "St",
            "Gen", "Gov", "Sen", "Rep", "Prof", "Lt", "Col", "Capt", "Sgt", "Maj", "Cpl", "Adm", "Cmdr", "Rev", "Hon",
            "Pres", "Supt", "Insp", "Det", "Amb");

    private static boolean isInitialDot(String text, int i) {
        return text.charAt(i) == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2)) || text.charAt(i - 2) == '.');
    }
}
