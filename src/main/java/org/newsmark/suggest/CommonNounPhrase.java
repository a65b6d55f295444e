package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A speaker phrase headed by a common noun that is no role word, introduced by a determiner, a quantifier
 * or a possessor: {@code The defendants claimed}, {@code Both officers indicated}, {@code according to his
 * publicist}, {@code said the embassy.}
 */
final class CommonNounPhrase {

    /** Words that introduce such a phrase besides the determiners. */
    private static final Set<String> QUANTIFIERS = Set.of("both", "all", "several", "many", "some", "another",
            "one", "two", "three", "four", "five", "this", "that", "each", "other", "most", "few", "various", "numerous",
            "these", "those",
            // a large count before who speaks: {@code two million people replied}
            "hundred", "thousand", "million");
    /** After a cue: determiner, one lower-case noun, then the end of the phrase (a comma, a stop or a bracket). */
    private static final String DETERMINER = " *(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur) \\p{Ll}{3,}";
    private static final Pattern AFTER = Pattern.compile(DETERMINER + "(?=[,.;)]|$)");
    /** As the subject of a sentence: determiner and noun, then a lower-case verb. */
    private static final Pattern SUBJECT = Pattern.compile(DETERMINER + "(?= \\p{Ll})");

    private static final Set<String> LARGE_COUNTS = Set.of("hundred", "thousand", "million");
    /** Counts and {@code other} that a determiner may introduce: {@code the two men}, {@code the other candidates}. */
    private static final Set<String> COUNTS_AFTER_DETERMINER = Set.of("two", "three", "four", "five", "other", "few");
    /** The number before a large count word, with a comparison: {@code More than two }, {@code Some 3 }. */
    /** A comparison before a count: {@code More than }, {@code About }. */
    private static final String COMPARISON = "(?:[Mm]ore|[Ff]ewer|[Ll]ess) than |[Oo]ver |[Aa]bout |[Nn]early |[Aa]lmost "
            + "|[Aa]round |[Ss]ome ";
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:" + COMPARISON + ")?"
            + "(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix"
            + "|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|\\d+(?:\\.\\d+)?) $");

    private static final Pattern NUMERAL = Pattern.compile("\\d+");
    /** A comparison and the thousands of a count ending where its last digits start: {@code More than }, {@code 1,}. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?<![\\p{L}\\d,.])(" + COMPARISON
            + "|[Aa]t least |[Uu]p to )?((?:\\d{1,3},)*)$");
    private static final int NUMBER_REACH = 30;
    private CommonNounPhrase() {
    }

    /** The phrase ending right before {@code end}, such as {@code The defendants} before {@code claimed}. */
    /**
     * {@code The White House's}: where a possessor's name of several capitalised words starts with the determiner before
     * it; {@code from} itself when no determiner opens the run (a capitalised word before it may open the sentence).
     */
    private static int determinedName(String text, int from) {
        int s = from;
        for (int words = 0; words < 3 && s > 0 && text.charAt(s - 1) == ' '; words++) {
            String previous = TextScan.previousWord(text, s);
            int previousStart = TextScan.previousWordStart(text, s);
            if (previousStart < 0) {
                return from;
            }
            if (SpeechVocabulary.DETERMINERS.contains(previous.toLowerCase(Locale.ROOT))) {
                return s == from ? from : previousStart;
            }
            if (!TextScan.startsUpper(previous) || SpeechVocabulary.NOT_NAMES.contains(previous)) {
                return from;
            }
            s = previousStart;
        }
        return from;
    }

    static Optional<TextRange> before(String text, int end) {
        int e = TextScan.skipSpacesBack(text, end);
        int nounStart = TextScan.previousWordStart(text, e);
        // "the rally", "his family": after a determiner (checked below) a word in -ly is a noun, not an adverb
        if (nounStart < 0) {
            return Optional.empty();
        }
        if (AGED.matcher(text.substring(nounStart, e)).matches()) {
            return aged(text, nounStart, e);
        }
        if (!isCommonNoun(text.substring(nounStart, e))) {
            return Optional.empty();
        }
        String noun = text.substring(nounStart, e).toLowerCase(Locale.ROOT);
        int phraseStart = nounStart;
        int introStart = TextScan.previousWordStart(text, phraseStart);
        // "one longtime friend", "a top GOP strategist": modifiers between the introducing word and the noun
        int modifiedFrom = determinerBeforeModifiers(text, nounStart);
        boolean roleObject = modifiedFrom > 0 && objectOfRole(text, modifiedFrom);
        // "The billionaire real estate magnate says": a determined phrase opening the clause, whatever its noun
        boolean person = namesPerson(noun) || roleObject
                || modifiedFrom >= 0 && opensClause(text, modifiedFrom) && !noun.endsWith("ed") && !QUANTIFIERS.contains(noun)
                && !verbAmongModifiers(text, modifiedFrom, nounStart);
        for (int modifiers = 0; person && introStart >= 0 && modifiers < MAX_MODIFIERS && text.charAt(phraseStart - 1) == ' '
                && (isModifier(text, introStart, phraseStart - 1) || joinsModifiers(text, introStart, phraseStart - 1, modifiers));
                modifiers++) {
            phraseStart = introStart;
            introStart = TextScan.previousWordStart(text, phraseStart);
        }
        Optional<TextRange> owned = person ? ownedByLowerPossessor(text, introStart, phraseStart, e) : Optional.empty();
        if (owned.isPresent()) {
            return owned;
        }
        if (phraseStart != nounStart && introStart > 0 && !roleObject
                && NOT_MODIFIERS.contains(TextScan.previousWord(text, introStart).toLowerCase(Locale.ROOT))) {
            // "After the meeting officials said": a determiner after a preposition opens its object, not the subject
            phraseStart = nounStart;
            introStart = TextScan.previousWordStart(text, phraseStart);
        }
        boolean pluralPeople = person && isPlural(noun);
        if (introStart < 0 || TextScan.skipSpacesBack(text, phraseStart) != phraseStart - 1) {
            return pluralPeople && (phraseStart != nounStart || PEOPLE.contains(singularOf(noun)))
                    && opensClause(text, phraseStart)
                    ? Optional.of(new TextRange(phraseStart, e)) : Optional.empty();
        }
        String intro = text.substring(introStart, phraseStart - 1);
        String lower = intro.toLowerCase(Locale.ROOT);
        boolean possessor = TextScan.startsUpper(intro) && (intro.endsWith("'s") || intro.endsWith("’s")
                || intro.endsWith("s'") || intro.endsWith("s’")); // "Sanders' aides"
        if (possessor && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, introStart).toLowerCase(Locale.ROOT))
                && text.charAt(introStart - 1) == ' ') {
            introStart = TextScan.previousWordStart(text, introStart); // The WHO's website
        } else if (possessor) {
            introStart = determinedName(text, introStart); // The White House's press secretary
        }
        if (pluralPeople && NUMERAL.matcher(intro).matches()) {
            // "More than 100 economists warned", "1,200 doctors signed": the count and its comparison open the phrase
            java.util.regex.Matcher count = NUMBER_BEFORE.matcher(text)
                    .region(Math.max(0, introStart - NUMBER_REACH), introStart);
            if (count.find()) {
                boolean compared = count.group(1) != null; // a year dates the noun: "In 2019 economists warned"
                String digits = text.substring(count.start(2), phraseStart - 1);
                if ((compared || !YEAR.matcher(digits).matches()) && opensClause(text, count.start())) {
                    return Optional.of(new TextRange(count.start(), e));
                }
            }
        }
        if (LARGE_COUNTS.contains(lower)) {
            // "More than two million people": the number and its comparison before the count word
            java.util.regex.Matcher m = COUNT_BEFORE.matcher(text).region(Math.max(0, introStart - 24), introStart);
            return m.find() ? Optional.of(new TextRange(m.start(), e)) : Optional.empty();
        }
        if (lower.equals("that") && !TextScan.isSentenceStart(text, introStart)
                && !NOT_MODIFIERS.contains(TextScan.previousWord(text, introStart).toLowerCase(Locale.ROOT))) {
            // "noted that experts say": after a verb, "that" opens a clause; its subject starts after it
            return pluralPeople ? Optional.of(new TextRange(phraseStart, e)) : Optional.empty();
        }
        if (COUNTS_AFTER_DETERMINER.contains(lower) && person && introStart > 0 && text.charAt(introStart - 1) == ' ') {
            // "The two men told police", "his three sons said": the determiner before the count opens the phrase
            int determinerStart = TextScan.previousWordStart(text, introStart);
            String determiner = TextScan.previousWord(text, introStart).toLowerCase(Locale.ROOT);
            if (determinerStart >= 0 && SpeechVocabulary.DETERMINERS.contains(determiner)
                    && !NOT_MODIFIERS.contains(TextScan.previousWord(text, determinerStart).toLowerCase(Locale.ROOT))) {
                return Optional.of(new TextRange(determinerStart, e));
            }
        }
        if (SpeechVocabulary.DETERMINERS.contains(lower) || QUANTIFIERS.contains(lower) || possessor) {
            return Optional.of(new TextRange(introStart, e));
        }
        // "Republican leaders said", ", current and former officials said", "advisers and allies say": people in the
        // plural, no determiner
        if (pluralPeople) {
            // "But specialists say", "But hacking specialists say": after the conjunction that opens the sentence
            boolean afterOpeningConjunction = afterOpeningConjunction(text, phraseStart);
            if ((opensClause(text, phraseStart) || afterOpeningConjunction)
                    && (phraseStart != nounStart || PEOPLE.contains(singularOf(noun)) || afterOpeningConjunction)) {
                return Optional.of(new TextRange(phraseStart, e));
            }
            if (TextScan.isSentenceStart(text, introStart) && TextScan.startsUpper(intro) && !SpeechVocabulary.NOT_NAMES.contains(intro)
                    && intro.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return Optional.of(new TextRange(introStart, e));
            }
        }
        return Optional.empty();
    }

    /** {@code The 45-year-old said}: an age after a determiner stands for the person. */
    private static Optional<TextRange> aged(String text, int nounStart, int end) {
        int determinerStart = TextScan.previousWordStart(text, nounStart);
        return determinerStart >= 0 && text.charAt(nounStart - 1) == ' '
                && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, nounStart).toLowerCase(Locale.ROOT))
                && !NOT_MODIFIERS.contains(TextScan.previousWord(text, determinerStart).toLowerCase(Locale.ROOT))
                ? Optional.of(new TextRange(determinerStart, end)) : Optional.empty();
    }

    static final Pattern AGED = Pattern.compile("\\d{1,3}-year-old");

    /**
     * {@code The agency's administrator said}, {@code the company's chief executive}: a possessor in lower case after a
     * determiner owns the person; the phrase runs from the determiner, unless a preposition makes it an object.
     */
    private static Optional<TextRange> ownedByLowerPossessor(String text, int possessorStart, int phraseStart, int end) {
        if (possessorStart < 1 || text.charAt(phraseStart - 1) != ' ' || text.charAt(possessorStart - 1) != ' '
                || !isLowerPossessor(text.substring(possessorStart, phraseStart - 1))
                || TextScan.insideSingleQuote(text, possessorStart)) { // the 'concerned parents' group: a closing mark
            return Optional.empty();
        }
        int determinerStart = TextScan.previousWordStart(text, possessorStart);
        String determiner = TextScan.previousWord(text, possessorStart).toLowerCase(Locale.ROOT);
        if (POSSESSOR_COUNTS.contains(determiner) && determinerStart > 0 && text.charAt(determinerStart - 1) == ' ') {
            // "The two men's lawyer": a count between the determiner and the possessor
            determiner = TextScan.previousWord(text, determinerStart).toLowerCase(Locale.ROOT);
            determinerStart = TextScan.previousWordStart(text, determinerStart);
        }
        if (determinerStart < 0 || !SpeechVocabulary.DETERMINERS.contains(determiner)
                || NOT_MODIFIERS.contains(TextScan.previousWord(text, determinerStart).toLowerCase(Locale.ROOT))
                && !ofRoleOrPart(text, determinerStart)) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(determinerStart, end));
    }

    /**
     * {@code A lawyer for the protesters' families}, {@code One of the hostages' relatives}: the owned phrase after a role's
     * or a part's {@code for} or {@code of} is no object; the role or the part before it joins it later.
     */
    private static boolean ofRoleOrPart(String text, int determinerStart) {
        String preposition = TextScan.previousWord(text, determinerStart);
        int prepositionStart = TextScan.previousWordStart(text, determinerStart);
        if (!(preposition.equals("of") || preposition.equals("for")) || prepositionStart < 1
                || text.charAt(prepositionStart - 1) != ' ') {
            return false;
        }
        String before = TextScan.previousWord(text, prepositionStart).toLowerCase(Locale.ROOT);
        return SpeechVocabulary.isRoleWord(before) || preposition.equals("of") && PARTS.contains(before);
    }

    /** Words for part of a group before its {@code of}: {@code one of the hostages' relatives}. */
    private static final Set<String> PARTS = Set.of("one", "some", "many", "several", "two", "three", "most", "all",
            "each", "none", "both");

    private static boolean isLowerPossessor(String word) {
        if (word.endsWith("s'") || word.endsWith("s’")) { // "the victims' families": a plural's possessive
            return word.length() > 4 && word.substring(0, word.length() - 1).chars().allMatch(Character::isLowerCase);
        }
        return (word.endsWith("'s") || word.endsWith("’s")) && word.length() > 3
                && word.substring(0, word.length() - 2).chars().allMatch(Character::isLowerCase);
    }

    /** Counts that stand between a determiner and the possessor it introduces: {@code the two men's lawyer}. */
    private static final Set<String> POSSESSOR_COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozen", "many", "several");

    /** {@code current and former officials}: {@code and} between two modifiers. */
    private static boolean joinsModifiers(String text, int start, int end, int modifiers) {
        if (modifiers == 0 || !text.substring(start, end).equals("and")) {
            return false;
        }
        int before = TextScan.previousWordStart(text, start);
        return before >= 0 && text.charAt(start - 1) == ' ' && isModifier(text, before, start - 1);
    }

    static boolean isPlural(String noun) {
        return !singularOf(noun).equals(noun) || SpeechVocabulary.PLURAL_NOUNS.contains(noun);
    }

    /**
     * The sentence starts at {@code start}, or a comma, {@code and} or {@code but} comes right before it, or a quote
     * that closes on a comma ({@code "It was very nice," the gambling tycoon said}).
     */
    private static boolean opensClause(String text, int start) {
        int p = TextScan.skipSpacesBack(text, start);
        if (TextScan.isSentenceStart(text, start) || p > 0 && (text.charAt(p - 1) == ',' || text.charAt(p - 1) == ';')) {
            return true;
        }
        if (p > 1 && "\"”’'".indexOf(text.charAt(p - 1)) >= 0 && ",?!".indexOf(text.charAt(p - 2)) >= 0) {
            return true;
        }
        String previous = TextScan.previousWord(text, start);
        return previous.equals("and") || previous.equals("but");
    }

    /** Conjunctions that may open a sentence before its subject: {@code But specialists say}. */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "yet");

    /** The word before {@code start} is a conjunction that opens the sentence: {@code But} in {@code But specialists say}. */
    static boolean afterOpeningConjunction(String text, int start) {
        int previousStart = TextScan.previousWordStart(text, start);
        return previousStart >= 0 && CLAUSE_CONJUNCTIONS.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT))
                && TextScan.isSentenceStart(text, previousStart);
    }

    /** The phrase starting right after {@code start}, such as {@code the embassy} in {@code said the embassy.} */
    static Optional<TextRange> after(String text, int start) {
        return AnchoredScan.at(AFTER, text, start).map(m -> new TextRange(m.start(), m.end()).trimmedIn(text));
    }

    /**
     * After a cue, a determiner or a count, up to three modifiers and a noun for people, then the end of the phrase or
     * what describes the person: {@code said one Democrat familiar with the talks}, {@code said the base chief known as
     * Bob}, {@code said a longtime adviser, who}.
     */
    static Optional<TextRange> modifiedAfter(String text, int start) {
        int s = start;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int introEnd = wordEndAt(text, s);
        if (introEnd == s || !INTRODUCERS_AFTER.contains(text.substring(s, introEnd))) {
            return Optional.empty();
        }
        int pos = introEnd;
        for (int words = 0; words <= MAX_MODIFIERS && pos < text.length() && text.charAt(pos) == ' '; words++) {
            int wordStart = pos + 1;
            int wordEnd = wordEndAt(text, wordStart);
            if (wordEnd == wordStart) {
                return Optional.empty();
            }
            String word = text.substring(wordStart, wordEnd);
            String lower = word.toLowerCase(Locale.ROOT);
            // "said the 46-year-old.": right after a determiner, an age that ends the phrase stands for the person
            if (words == 0 && SpeechVocabulary.DETERMINERS.contains(text.substring(s, introEnd))
                    && AGED.matcher(word).matches() && endsPhrase(text, wordEnd)) {
                return Optional.of(new TextRange(s, wordEnd));
            }
            if (namesPerson(lower)) {
                Optional<TextRange> served = withWhomServed(text, s, wordEnd);
                if (served.isPresent()) {
                    return served;
                }
                if (endsPhrase(text, wordEnd)) {
                    return Optional.of(new TextRange(s, wordEnd));
                }
            }
            // "said the two leaders", "said the other men": a count right after the determiner
            boolean count = words == 0 && SpeechVocabulary.DETERMINERS.contains(text.substring(s, introEnd))
                    && COUNTS_AFTER_DETERMINER.contains(lower);
            if (!count && !isModifier(text, wordStart, wordEnd)) {
                return Optional.empty();
            }
            pos = wordEnd;
        }
        return Optional.empty();
    }

    /**
     * {@code said one of the survivors}, {@code said some of the protesters}: a count or quantifier, {@code of}, then a
     * speaker phrase after a determiner ({@link #modifiedAfter}) that closes there.
     */
    static Optional<TextRange> partitiveAfter(String text, int start) {
        return AnchoredScan.at(PARTITIVE, text, start).flatMap(m -> modifiedAfter(text, m.end())
                .filter(r -> r.start() == m.end()).map(r -> new TextRange(m.start() + m.group().indexOf(m.group().strip()), r.end())));
    }

    private static final Pattern PARTITIVE = Pattern.compile(" *(?:one|some|many|several|most|both|each|two|three|four|five)"
            + " of (?=(?:the|his|her|their|its|our) )");

    /**
     * Determiners, possessives and counts that open a speaker phrase after its cue (in lower case, inside the
     * sentence): {@code said his best friend at Lehigh, Bruce Turry}.
     */
    private static final Set<String> INTRODUCERS_AFTER = Set.of("the", "a", "an", "one", "another", "two", "three",
            "several", "some", "many", "multiple", "numerous", "both", "his", "her", "their", "its", "our");

    /** What may follow the noun of a speaker phrase after its cue. */
    private static final Set<String> DESCRIBING_WORDS = Set.of("who", "familiar", "close", "involved", "speaking",
            "knowledgeable", "briefed", "known", "with", "whose", "named", "identified");

    /**
     * {@code a strategist for one of these candidates,}, {@code a longtime adviser to Trump,}: the role's {@code for},
     * {@code of}, {@code at} or {@code to} phrase up to the comma or stop that closes it, when it holds no clause; so
     * too what describes the person, which tells who speaks ({@code one Democrat familiar with the discussion,}).
     */
    private static Optional<TextRange> withWhomServed(String text, int start, int nounEnd) {
        if (nounEnd >= text.length() || text.charAt(nounEnd) != ' ') {
            return Optional.empty();
        }
        int next = wordEndAt(text, nounEnd + 1);
        String complement = text.substring(nounEnd + 1, next);
        if (!SERVING.contains(complement) && !DESCRIPTIONS.contains(complement)) {
            return Optional.empty();
        }
        int end = next;
        while (end < text.length() && end - nounEnd <= MAX_SERVED && ",.;".indexOf(text.charAt(end)) < 0 && text.charAt(end) != '\n') {
            end++;
        }
        if (end >= text.length() || end - nounEnd > MAX_SERVED || text.charAt(end) == '\n') {
            return Optional.empty();
        }
        String served = " " + text.substring(nounEnd, end) + " ";
        for (String clauseWord : CLAUSE_WORDS) {
            if (served.contains(" " + clauseWord + " ")) {
                return Optional.empty();
            }
        }
        return Optional.of(new TextRange(start, end));
    }

    /** {@code familiar} in {@code people familiar with the plans}: a word that opens what follows a person's noun. */
    static boolean opensComplement(String word) {
        return SERVING.contains(word) || DESCRIPTIONS.contains(word);
    }

    private static final Set<String> SERVING = Set.of("for", "of", "at", "to");
    /** Adjectives and participles that open what describes a person: {@code familiar with the talks}. */
    private static final Set<String> DESCRIPTIONS = Set.of("familiar", "close", "involved", "knowledgeable", "briefed");
    private static final int MAX_SERVED = 60;
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "that", "which", "said", "says", "is", "was", "are",
            "were", "has", "had", "have", "will", "would", "and");

    private static boolean endsPhrase(String text, int end) {
        if (end >= text.length() || ",.;:)".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        if (text.charAt(end) != ' ') {
            return false;
        }
        int next = wordEndAt(text, end + 1);
        return DESCRIBING_WORDS.contains(text.substring(end + 1, next));
    }

    private static int wordEndAt(String text, int pos) {
        int e = pos;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return e;
    }

    /** The subject starting at {@code start}, such as {@code The embassy} in {@code The embassy declined …}. */
    static Optional<TextRange> subjectAt(String text, int start) {
        return AnchoredScan.at(SUBJECT, text, start).map(m -> new TextRange(m.start(), m.end()).trimmedIn(text));
    }

    /**
     * A word that may stand between a determiner and its noun: a lower-case adjective or noun
     * ({@code longtime}, {@code self-described}), or a capitalised word inside the sentence ({@code GOP}).
     */
    static boolean isModifier(String text, int start, int end) {
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        if (AGE_OR_SIZE.matcher(word).matches() || PREFIXED_NAME.matcher(word).matches()) {
            return true; // "the 22-year-old striker", "a 12-member panel", "a pro-Trump rally"
        }
        if (YEAR.matcher(word).matches() && SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT))) {
            return true; // "a 2008 campaign veteran": a year right after the determiner dates the role
        }
        if (word.length() < 2 || !Character.isLetter(word.charAt(word.length() - 1)) || NOT_MODIFIERS.contains(lower)
                || SpeechVocabulary.PRONOUNS.contains(lower) || SpeechVocabulary.ADVERBS.contains(lower)
                || SpeechVocabulary.DETERMINERS.contains(lower) || QUANTIFIERS.contains(lower)
                || lower.endsWith("ly") && !adverbOfParticiple(text, start, end) || word.endsWith("'s") || word.endsWith("’s")) {
            return false;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        // a plural noun before another ends a phrase of its own: "many times people told"
        boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("ous") && !lower.endsWith("ics");
        return capitalised ? !TextScan.isSentenceStart(text, start) && !SpeechVocabulary.NOT_NAMES.contains(word)
                : (!plural || PLURAL_MODIFIERS.contains(lower)) && word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    private static final int MAX_MODIFIERS = 3;

    /**
     * Where the determiner starts that opens one or more modifiers before the noun at {@code nounStart}: {@code a} in
     * {@code a pro-government militia}; -1 if no determiner opens them.
     */
    private static int determinerBeforeModifiers(String text, int nounStart) {
        int s = nounStart;
        for (int i = 0; i <= MAX_MODIFIERS && s > 1 && text.charAt(s - 1) == ' '; i++) {
            int ws = TextScan.previousWordStart(text, s);
            if (ws < 0) {
                return -1;
            }
            if (SpeechVocabulary.DETERMINERS.contains(text.substring(ws, s - 1).toLowerCase(Locale.ROOT))) {
                return i > 0 ? ws : -1;
            }
            if (!isModifier(text, ws, s - 1)) {
                return -1;
            }
            s = ws;
        }
        return -1;
    }

    /**
     * {@code The fire produced smoke}: a past tense after the first modifier is the clause's verb, no modifier (the first
     * may be a participle: {@code the retired neurosurgeon}).
     */
    private static boolean verbAmongModifiers(String text, int determinerStart, int nounStart) {
        String[] words = text.substring(determinerStart, nounStart).strip().split(" ");
        for (int i = 2; i < words.length; i++) {
            if (words[i].endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code The leader of a pro-government militia}, {@code the organizer of the big rally}: the object of a role's
     * {@code of} takes modifiers whatever its noun, since the role before it names who speaks.
     */
    private static boolean objectOfRole(String text, int determinerStart) {
        int of = TextScan.previousWordStart(text, determinerStart);
        return of > 0 && text.substring(of, determinerStart - 1).equals("of") && text.charAt(of - 1) == ' '
                && SpeechVocabulary.isRoleWord(TextScan.previousWord(text, of).toLowerCase(Locale.ROOT));
    }

    /** {@code pro-Trump}, {@code anti-Kremlin}: a prefix before a name, a modifier in lower case. */
    private static final Pattern PREFIXED_NAME = Pattern.compile("\\p{Ll}{2,5}-\\p{Lu}[\\p{L}-]*");
    /** Nouns in a plural form that modify the noun after them: {@code human rights groups}, {@code customs officials}. */
    private static final Set<String> PLURAL_MODIFIERS = Set.of("rights", "news", "sports", "arms", "customs", "affairs");
    private static final Pattern AGE_OR_SIZE = Pattern.compile("\\d+(?:-\\p{Ll}+)+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern PARTICIPLE_NEXT = Pattern.compile(" \\p{Ll}{3,}(?:ed|en)\\b");

    /**
     * {@code the newly elected mayor}: right after a determiner, an adverb in {@code -ly} modifies the participle after
     * it inside the phrase ({@code Obama passionately rebuked critics} is a clause, no phrase).
     */
    private static boolean adverbOfParticiple(String text, int start, int end) {
        return SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT))
                && AnchoredScan.at(PARTICIPLE_NEXT, text, end).isPresent();
    }

    static String singularOf(String noun) {
        if (noun.endsWith("men") && !NOT_MEN.contains(noun)) {
            return noun.substring(0, noun.length() - 3) + "man"; // men, women, gunmen, spokesmen
        }
        if (noun.equals("children")) {
            return "child";
        }
        return noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** Words in {@code -men} that are no plural of {@code -man}. */
    private static final Set<String> NOT_MEN = Set.of("specimen", "regimen", "abdomen", "omen", "amen", "semen", "stamen",
            "hymen", "acumen", "albumen");

    /**
     * A noun for people or a body that can speak ({@code strategist}, {@code donors}, {@code friend}); modifiers are
     * taken only before such a noun, since before a thing they are as likely the end of another phrase
     * ({@code the attention people thought}, {@code an inflation formula called}).
     */
    static boolean namesPerson(String noun) {
        String singular = singularOf(noun);
        if (SpeechVocabulary.isRoleWord(noun) || SpeechVocabulary.isRoleWord(singular) || PEOPLE.contains(singular)) {
            return true;
        }
        for (String suffix : PERSON_SUFFIXES) {
            if (singular.endsWith(suffix) && singular.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** A noun for people named in the list, not only by its suffix: {@code insiders}, {@code people}. */
    static boolean listedPerson(String noun) {
        return PEOPLE.contains(singularOf(noun));
    }

    private static final java.util.List<String> PERSON_SUFFIXES = java.util.List.of("ist", "ian", "man", "woman", "person",
            "ee", "eer", "ger", "ner", "ker", "ter", "der", "ver", "ler", "ser", "ber", "per", "or", "ant", "ent",
            "ic", "crat", "ite", "ary");

    /** Nouns for people that no suffix shows. */
    private static final Set<String> PEOPLE = Set.of("friend", "aide", "ally", "source", "people", "person", "insider",
            "veteran", "voter", "critic", "expert", "observer", "analyst", "official", "staff", "staffer", "adviser",
            "advisor", "representative", "executive", "detective", "colleague", "strategist", "donor", "lawmaker",
            "neighbour", "neighbor", "relative", "parent", "child", "man", "woman", "guard", "nurse", "chef", "priest", "bishop", "pastor", "imam", "rabbi", "monk", "nun", "pilot", "crew", "coach",
            "player", "fan", "student", "mom", "dad", "boss", "chief", "judge", "jury", "panel", "union", "agency", "firm",
            "group", "campaign", "organization", "organisation", "network", "outlet", "newspaper", "paper", "magazine",
            "poll", "survey", "study", "report", "statement", "committee", "commission", "council", "court", "ministry",
            "government", "administration", "department", "office", "team", "club", "league", "company",
            // a body's part: "Hamas's armed wing said"
            "wing",
            // endings shared with things ("state", "initiative"), so named one by one
            "advocate", "candidate", "delegate", "associate", "graduate", "operative", "conservative", "liberal",
            "progressive", "republican",
            // "Edwards and others said", "others say he has never been healthier"
            "other",
            // people whose nouns no suffix above shows: "the county clerk told reporters", "the boy's aunt said"
            "clerk", "host", "farmer", "uncle", "aunt", "soldier", "citizen", "taxpayer", "landlord", "grandmother",
            "grandfather", "cousin", "nephew", "niece", "boy", "girl", "teen", "kid", "pupil", "pope", "king", "queen",
            "prince", "princess", "magistrate", "plaintiff", "suspect", "agent", "warden", "inmate", "hostage",
            "architect", "entrepreneur", "employer", "athlete", "swimmer", "boxer", "actress", "producer", "poet",
            "photographer", "rival",
            // titles of honour and of the Church: "the two-time champion said", "the 81-year-old pontiff said"
            "champion", "pontiff", "laureate", "monarch", "sultan", "emir", "cardinal", "archbishop", "winner",
            "medallist", "medalist", "finalist", "survivor", "widow", "victim", "witness", "star", "legend", "icon");

    /** Function words, which end a noun phrase rather than modify its noun. */
    private static final Set<String> NOT_MODIFIERS = Set.of("and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
            "from", "with", "by", "about", "as", "into", "over", "under", "after", "before", "than", "that", "which", "who",
            "whom", "whose", "what", "when", "where", "while", "if", "because", "not", "no", "is", "are", "was", "were", "be",
            "been", "being", "do", "does", "did", "can", "could", "may", "might", "must", "shall", "should", "said", "says",
            "told", "very", "so", "too", "there", "here", "now", "just", "only", "among", "between", "against", "through",
            "during", "without", "within", "across", "around", "behind", "beyond", "toward", "towards", "upon", "via", "like",
            "unlike", "despite", "per", "off", "out", "up", "down", "ago", "already", "overall", "alone", "himself",
            "herself", "itself", "themselves", "how", "why", "well", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /** A preposition, conjunction, auxiliary, pronoun, adverb or determiner: no noun. */
    static boolean isFunctionWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return NOT_MODIFIERS.contains(lower) || SpeechVocabulary.PRONOUNS.contains(lower) || SpeechVocabulary.ADVERBS.contains(lower)
                || SpeechVocabulary.DETERMINERS.contains(lower);
    }

    private static boolean isCommonNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        // "front-runner", "co-founder": a hyphen joins the parts of a noun for people (not "by-now-familiar")
        boolean hyphenedPerson = word.indexOf('-') > 0 && namesPerson(lower)
                && word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && Character.isLowerCase(word.charAt(word.length() - 1));
        return word.length() >= 3 && (word.chars().allMatch(Character::isLowerCase) || hyphenedPerson)
                && !NOT_MODIFIERS.contains(lower)
                && !SpeechVocabulary.PRONOUNS.contains(lower) && !SpeechVocabulary.ADVERBS.contains(lower)
                && !SpeechVocabulary.DETERMINERS.contains(lower);
    }
}
