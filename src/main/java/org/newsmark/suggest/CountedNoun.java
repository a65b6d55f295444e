package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsmark.text.TextScan;

/**
 * Where the noun a number counts ends: {@code 12,000 troops}, {@code 45 % of voters}, {@code six Mexican
 * nationals}, {@code four deadly mass shootings}, {@code 43 years old}. A hyphenated compound is a figure
 * by itself ({@code a 19-year-old motorcyclist} → {@code 19-year-old}), and a verb after the noun stays out.
 */
final class CountedNoun {

    /** How many words a counted noun may have. */
    private static final int MAX_WORDS = 4;
    /** Plurals without an {@code s}, which end the noun like {@code troops} does. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children",
            "personnel", "cattle", "sheep", "fish", "aircraft", "feet", "teeth", "mice", "geese", "buffalo", "bison",
            "elk", "moose", "reindeer", "caribou", "salmon", "trout", "swine", "poultry");
    /** Words in {@code -s} that are no plural nouns: {@code for 27 years always}, {@code two weeks afterwards}. */
    private static final Set<String> ADVERBS_IN_S = Set.of("always", "sometimes", "perhaps", "afterwards", "towards",
            "backwards", "forwards", "upwards", "downwards", "besides", "nevertheless", "thus", "yes", "whereas", "hers",
            "ours", "yours", "theirs", "overseas", "indoors", "outdoors", "upstairs", "downstairs", "nowadays", "anyways",
            "meanwhile", "apiece", "ahead", "abroad");
    /** Nouns that count many in their singular form: {@code 40 staff}, {@code 12 crew}. */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("staff", "police", "crew", "offspring", "livestock",
            "clergy", "deer", "spacecraft", "faculty", "infantry", "cavalry", "artillery");
    /** A singular unit after a number makes a modifier, which ends the figure: {@code a 47 month term}. */
    private static final Set<String> SINGULAR_UNITS = Set.of("second", "minute", "hour", "day", "week", "month",
            "year", "mile", "decade", "century", "kilometre", "kilometer", "metre", "meter", "foot", "inch", "acre", "ton", "tonne", "point", "megawatt", "kilowatt", "gigawatt", "dollar", "euro", "pound");
    /**
     * Words that stand for the counted noun itself: {@code 25 others}, {@code seven more}, and the adjectives of a toll
     * used as its nouns ({@code 27 dead}, {@code 40 wounded}).
     */
    private static final Set<String> STAND_INS = Set.of("others", "more", "dead", "injured", "wounded", "missing");
    private static final Set<String> SUPERLATIVES = Set.of("most", "least");
    /** Determiners of a partitive {@code of}: {@code six of the committees}. */
    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "all", "its", "their", "his", "her", "our",
            "my", "your", "these", "those");
    /** Verbs that follow a counted noun: {@code 40% of the vote went}, {@code 11 landed}. */
    private static final Set<String> PAST_TENSE = Set.of("went", "came", "got", "took", "made", "gave", "fell", "rose",
            "saw", "became", "began", "stood", "lost", "won", "ran", "held", "kept", "met", "paid", "sent", "spent",
            "told", "thought", "found", "felt", "grew", "stayed", "voted", "attended", "gathered", "marched", "sold", "hit",
            "struck", "led", "built", "bought", "brought", "caught", "fought", "shot", "fled", "hurt", "swept", "sank",
            "flew", "drew", "threw", "wrote", "spoke", "broke", "chose", "drove", "sought", "hid", "sat", "wore", "beat",
            "dug", "shut", "quit", "burnt", "spread");
    /** Verbs in {@code -s} that follow a counted noun and are seldom nouns: {@code 16 percent of African trade occurs}. */
    private static final Set<String> PRESENT_TENSE = Set.of("occurs", "remains", "lives", "comes", "goes", "seems",
            "appears", "exists", "belongs", "depends", "includes", "involves", "contains", "means", "becomes", "happens",
            "takes", "makes", "gets", "gives", "keeps", "lacks", "owns", "wants", "believes", "thinks", "agrees",
            "supports", "opposes", "receives", "earns", "spends", "says", "suggests", "faces", "accounts", "lies",
            "falls", "rises", "grows", "works", "is", "has", "was", "does",
            // {@code the first of the three trials begins}: verbs that no plural noun's head is spelt as (not "tries",
            // "starts", "stays", "meets", "serves", "costs", "finds": "three penalty tries", "1.2 million hotel stays")
            "begins", "continues", "requires", "dies", "follows", "allows", "expects", "seeks", "loses", "tends",
            "affects", "applies", "arrives", "brings", "carries", "decides", "describes", "develops", "employs", "enters",
            "explains", "knows", "prefers", "produces", "proves", "provides", "refuses", "represents", "sends", "speaks",
            "teaches", "tells", "understands", "waits");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "my", "your");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "have", "has", "had", "will",
            "would", "could", "can", "may", "might", "must", "should", "did", "do", "does");
    /** Number words, which a participle does not modify: {@code two aged fourteen} is two figures. */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion");
    /** {@code 75 miles per hour}: a rate unit is one unit with the measure before it. */
    private static final Pattern PER_TIME = Pattern.compile(" per (?:hour|minute|second)\\b");
    private static final Pattern ATTACHED_UNIT = Pattern.compile("\\d" + FigurePatterns.ATTACHED_UNIT + "$");
    private static final Pattern A_UNIT = Pattern.compile(" an? (\\p{Ll}+)\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}(?= )");
    private static final Pattern YEARS = Pattern.compile(" years?");
    private static final Pattern MILLIONS = Pattern.compile("\\d[\\d.,]*m");
    private static final Pattern YEAR_LIKE = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Pattern SCALED = Pattern.compile("(?:[\\d.,]+|[a-z -]+) ?(?:hundred|thousand|million|billion|trillion)"
            + "|(?:(?:tens|hundreds) of )?(?:hundreds|thousands|millions|billions|dozens|scores)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern CENTS_OR_POINTS = Pattern.compile("(?s).*(?:cent|points?)");
    /** Pronouns that may determine a noun instead: {@code three of these bone tools}. */
    private static final Set<String> DEMONSTRATIVES = Set.of("these", "those");
    /** Adjectives that stand for people after {@code the}: {@code four of the deceased}. */
    private static final Set<String> NOMINAL_ADJECTIVES = Set.of("dead", "deceased", "injured", "wounded", "missing",
            "accused", "elderly", "living");
    /** Pronouns of a partitive {@code of}: {@code two of them}, {@code 91% of those}. */
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "those", "us", "these", "you");
    private static final Pattern REDUCED_RELATIVE = Pattern.compile(" (?:\\p{Ll}+ed|known|born|taken|hurt|seen|held|left"
            + "|thought|said)(?: to be (?:\\p{Ll}+ed|known|taken|hurt|seen|held))?(?: (?:with|by|in|from) \\p{Lu}[\\p{L}-]*)?(?![\\w'’])");
    private static final Pattern BRACKETED_NAME = Pattern.compile(" \\(\\p{Lu}[^()\\n]{0,60}\\)");
    /** {@code 35 degrees Celsius}: the scale belongs to the degrees. */
    private static final Pattern DEGREE_SCALE = Pattern.compile(" (?:Celsius|Fahrenheit|centigrade|C|F)(?![\\w])");
    /**
     * {@code 43 years old}, {@code 103 years of age}, {@code 10–19 year olds}: an age, one figure; never part of a
     * longer word ({@code a hundred years older} compares).
     */
    private static final Pattern AGE = Pattern.compile(" (?:olds?|of age)(?![\\w'’-])");

    private CountedNoun() {
    }

    /** The end of the figure whose number ends at {@code end}. */
    static int end(String text, String core, int end) {
        int pos = ApproximateSuffix.end(text, end);
        if (pos == end && charIs(text, end, '-') && end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1))) {
            return skipHyphenated(text, end);
        }
        Optional<String> w = wordAt(text, pos + 1);
        boolean measured = isMeasured(core);
        int unitStart = measurePrefixEnd(text, pos, w);
        if (unitStart > pos + 1) {
            w = wordAt(text, unitStart); // 40 billion cubic metres: the unit after its measure word
        }
        if (w.isPresent() && charIs(text, pos, ' ') && FigurePatterns.UNIT_WORDS.contains(w.get())) {
            int unitEnd = squared(text, unitStart + w.get().length());
            // a unit ends the figure: {@code within 100 miles of the islands}, {@code 75 miles per hour}, but for
            // the stuff it measures, without a determiner: {@code 50 gallons of diesel fuel}
            boolean ofStuff = STUFF_UNITS.contains(w.get()) || unitEnd > unitStart + w.get().length()
                    || unitStart > pos + 1 && !LINEAR_MEASURE_WORDS.contains(wordAt(text, pos + 1).orElse(""))
                    || LENGTH_UNITS.contains(w.get()) && text.startsWith(" of ", unitEnd)
                    && wordAt(text, unitEnd + 4).filter(LAYERED_STUFF::contains).isPresent();
            if (w.get().equals("degrees")) {
                return AnchoredScan.at(DEGREE_SCALE, text, unitEnd).map(MatchResult::end).orElse(unitEnd);
            }
            return AnchoredScan.at(PER_TIME, text, unitEnd).map(MatchResult::end)
                    .orElseGet(() -> ofStuff ? measuredStuffEnd(text, unitEnd) : unitEnd);
        }
        if (isFraction(core)) {
            Optional<MatchResult> unit = AnchoredScan.at(A_UNIT, text, pos);
            if (unit.isPresent() && SINGULAR_UNITS.contains(unit.get().group(1))) {
                return unit.get().end(); // half a mile, half an hour
            }
            Optional<MatchResult> ofUnit = text.startsWith(" of a", pos) ? AnchoredScan.at(A_UNIT, text, pos + 3) : Optional.empty();
            if (ofUnit.isPresent() && SINGULAR_UNITS.contains(ofUnit.get().group(1))) {
                return ofUnit.get().end(); // a quarter of a century, a tenth of a second
            }
        }
        if (w.isPresent() && charIs(text, pos, ' ') && w.get().equals("of")) {
            return partitive(text, core, pos + 3).orElse(pos);
        }
        if (w.isPresent() && charIs(text, pos, ' ') && isFraction(core) && PARTITIVE_DETERMINERS.contains(w.get())) {
            return partitive(text, core, pos).orElse(pos);
        }
        if (measured && MILLIONS.matcher(core).matches()) {
            int nounEnd = nounPhrase(text, pos);
            String noun = text.substring(pos, nounEnd);
            if (nounEnd > pos && endsCount(noun) && !noun.endsWith("old")) {
                return nounEnd; // 1.5m people: an m before a plural counts millions, not metres
            }
        }
        if (measured && isShare(core) && w.isPresent() && charIs(text, pos, ' ') && COMPARATIVES.contains(w.get())) {
            // 85% more wildfires: a share more of a plural noun counts that noun
            int compared = pos + 1 + w.get().length();
            int nounEnd = nounPhrase(text, compared);
            return nounEnd > compared && endsNoun(lastWordBefore(text, nounEnd)) ? nounEnd : pos;
        }
        if (measured) {
            return shareOfStuffEnd(text, core, end, pos); // a percentage, a sum or a measure: what follows is not what it counts
        }
        int compound = measureCompoundEnd(text, pos);
        if (compound > pos) {
            pos = compound;
        }
        if (w.isPresent() && charIs(text, pos, ' ') && SUPERLATIVES.contains(w.get())) {
            // the 25 most influential Americans: a superlative ranks what the number counts
            int ranked = nounPhrase(text, pos + 1 + w.get().length());
            return ranked > pos + 1 + w.get().length() && endsCount(text.substring(pos + 1, ranked)) ? ranked : pos;
        }
        if (w.isPresent() && charIs(text, pos, ' ') && STAND_INS.contains(w.get()) && !nextIs(text, pos, "than")) {
            int standIn = pos + 1 + w.get().length();
            if (w.get().equals("more")) {
                return nounPhrase(text, standIn); // eight more people
            }
            // 21 injured individuals: the toll's adjective before the noun it describes, not standing in for it
            int described = w.get().equals("others") ? standIn : nounPhrase(text, standIn);
            return described > standIn && endsNoun(lastWordBefore(text, described)) ? described : standIn;
        }
        Optional<MatchResult> spacedAge = AnchoredScan.at(SPACED_AGE, text, pos);
        if (spacedAge.isPresent()) {
            return spacedAge.get().end(); // his 25 year-old son: the age, written with a space, without the noun
        }
        int nounEnd = coordinated(text, pos, nounPhrase(text, pos, !isRatioBase(text, end - core.length())));
        if (nounEnd > pos && countsMany(text, core, end) && !endsCount(text.substring(pos, nounEnd))) {
            return pos; // the iPhone 11 sold well: what a count of many counts is plural, so this is no counted noun
        }
        nounEnd = kindOfEnd(text, nounEnd);
        if (YEARS.matcher(text.substring(pos, nounEnd)).matches()) {
            // 43 years old, 103 years of age: an age is one figure
            return AnchoredScan.at(AGE, text, nounEnd).map(MatchResult::end).orElse(nounEnd);
        }
        return nounEnd;
    }

    private static final Set<String> COMPARATIVES = Set.of("more", "fewer");
    private static final Pattern SPACED_AGE = Pattern.compile(" (?:year|month|week|day)s?-olds?(?![\\w-])");

    private static boolean isShare(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        return lower.endsWith("%") || lower.endsWith("percent") || lower.endsWith("per cent");
    }

    /**
     * {@code ranging from 45% to 60% destruction}, {@code reached 3 percent support in two polls}: a percentage with
     * no determiner before it, of a single noun that a preposition or punctuation ends (so no verb: {@code 72 percent
     * support term limits}); a percentage after {@code a} modifies its noun ({@code a 93% increase}).
     */
    private static int shareOfStuffEnd(String text, String core, int end, int pos) {
        String lower = core.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("%") || lower.endsWith("percent") || lower.endsWith("per cent")) || !charIs(text, pos, ' ')
                || SHARE_DETERMINERS.contains(TextScan.previousWord(text, end - core.length()).toLowerCase(Locale.ROOT))) {
            return pos;
        }
        Optional<String> w = wordAt(text, pos + 1);
        if (w.isEmpty() || !isNoun(w.get()) || w.get().endsWith("ed") || w.get().endsWith("ing") || isPlural(w.get())
                || PAST_TENSE.contains(w.get()) || PRESENT_TENSE.contains(w.get()) || isAdjective(w.get())
                || SINGULAR_UNITS.contains(w.get().split("-", 2)[0])) { // 7.2% year on year, 3% month-on-month
            return pos;
        }
        int wordEnd = pos + 1 + w.get().length();
        boolean ends = wordEnd >= text.length() || ".,;:!?)".indexOf(text.charAt(wordEnd)) >= 0
                || charIs(text, wordEnd, ' ') && wordAt(text, wordEnd + 1).filter(SHARE_ENDERS::contains).isPresent();
        return ends ? wordEnd : pos;
    }

    /** {@code 95% effective}, {@code 17% lighter}, {@code 100% sure}: an adjective after a share, not its stuff. */
    private static boolean isAdjective(String word) {
        for (String suffix : ADJECTIVE_ENDINGS) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return PLAIN_ADJECTIVES.contains(word);
    }

    private static final java.util.List<String> ADJECTIVE_ENDINGS = java.util.List.of("ive", "er", "ful", "ous", "able",
            "ible", "ic", "ent", "ant", "ate", "less", "ish");
    private static final Set<String> PLAIN_ADJECTIVES = Set.of("old", "complete", "sure", "certain", "pure", "full",
            "free", "safe", "correct", "true", "likely", "positive", "negative", "new", "real", "due", "clear", "right",
            "wrong", "behind", "ahead", "up", "down", "off");

    private static final Set<String> SHARE_DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "his",
            "her", "our", "each", "every");
    private static final Set<String> SHARE_ENDERS = Set.of("in", "for", "from", "among", "across", "on", "at", "by",
            "with", "and", "or", "of");

    /**
     * Nouns of kind that the noun after {@code of} completes: {@code three types of coral}; containers do not
     * ({@code two 12-roll packs} of toilet paper, by the settled guidelines).
     */
    private static final Set<String> KIND_NOUNS = Set.of("types", "kinds", "sorts", "forms", "varieties", "species");

    /** After a kind noun ending at {@code nounEnd}: {@code of coral} (no determiner) belongs to it. */
    private static int kindOfEnd(String text, int nounEnd) {
        if (!text.startsWith(" of ", nounEnd) || !KIND_NOUNS.contains(lastWordBefore(text, nounEnd))) {
            return nounEnd;
        }
        int after = nounEnd + 3;
        Optional<String> next = wordAt(text, after + 1);
        return next.isPresent() && isNoun(next.get()) && !DETERMINERS.contains(next.get())
                ? Math.max(nounPhrase(text, after), nounEnd) : nounEnd;
    }

    /** The letters right before {@code end} (no matcher made). */
    static String lastWordBefore(String text, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, end);
    }

    /**
     * {@code square}, {@code cubic}, {@code metric} before a unit word: the measure word and the unit are one unit
     * ({@code 5,000 square kilometres of forest}, {@code 40,000 metric tons of grain}); the position of the unit word
     * (after the space), or {@code pos + 1} when there is no measure word.
     */
    private static int measurePrefixEnd(String text, int pos, Optional<String> word) {
        if (word.isEmpty() || !MEASURE_WORDS.contains(word.get()) || !charIs(text, pos, ' ')) {
            return pos + 1;
        }
        int next = pos + 1 + word.get().length() + 1;
        return charIs(text, next - 1, ' ') && wordAt(text, next).filter(FigurePatterns.UNIT_WORDS::contains).isPresent()
                ? next : pos + 1;
    }

    private static final Set<String> MEASURE_WORDS = Set.of("square", "cubic", "metric", "sq");
    /** Measure words of a unit that measures no area or volume: {@code metric tons} measure as {@code tons} do. */
    private static final Set<String> LINEAR_MEASURE_WORDS = Set.of("metric");

    /** Units of weight, volume and area, which measure stuff (a length {@code of} a place only locates). */
    private static final Set<String> STUFF_UNITS = Set.of("kg", "tonnes", "tons", "hectares", "acres", "litres", "liters",
            "barrels", "gallons", "grams", "kilograms", "ounces", "pints");
    /** Lengths, which measure stuff only of a kind laid in depth or along a line: {@code up to 10 inches of rain}. */
    private static final Set<String> LENGTH_UNITS = Set.of("inches", "feet", "metres", "meters", "cm", "mm", "km",
            "kilometres", "kilometers", "miles", "centimetres", "centimeters", "millimetres", "millimeters", "yards");
    /** What a length measures rather than locates ({@code within 10 miles of downtown} locates). */
    private static final Set<String> LAYERED_STUFF = Set.of("rain", "rainfall", "snow", "snowfall", "water", "mud", "ice",
            "sand", "soil", "debris", "ash", "lava", "leeway", "coastline", "road", "roads", "railway", "track", "pipeline",
            "cable", "fencing", "wall", "border", "beach", "trail", "tunnel", "tunnels", "rope", "sea");

    /** After a unit at {@code pos}: {@code of diesel fuel} (lower-case nouns, no determiner) belongs to it. */
    private static int measuredStuffEnd(String text, int pos) {
        if (!text.startsWith(" of", pos)) {
            return pos;
        }
        int nounEnd = nounPhrase(text, pos + 3);
        String first = TextScan.firstWord(text.substring(pos + 3, nounEnd).strip()).toLowerCase(Locale.ROOT);
        // "5.7 million barrels of per-day production": a rate or an activity is not the stuff measured
        return nounEnd > pos + 3 && !first.startsWith("per") && !ACTIVITIES.contains(first)
                && !isCutCoordination(text, nounEnd) ? nounEnd : pos;
    }

    /**
     * {@code 35,000 square feet of exhibit and classroom space}: a noun that {@code and}/{@code or} and a lower-case
     * word continue would be cut in the middle of the coordination, so the stuff is left out.
     */
    private static boolean isCutCoordination(String text, int nounEnd) {
        int next = text.startsWith(" and ", nounEnd) ? nounEnd + 5 : text.startsWith(" or ", nounEnd) ? nounEnd + 4 : -1;
        return next > 0 && next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /** Nouns of an activity or a rate, which a unit of stuff is a quantity of, not the stuff itself. */
    private static final Set<String> ACTIVITIES = Set.of("production", "output", "capacity", "supply", "supplies",
            "exports", "imports", "demand", "consumption", "sales");

    /** A whole number above one, written bare and not after {@code a} ({@code a 6.3 magnitude earthquake}). */
    private static boolean countsMany(String text, String core, int coreEnd) {
        String lower = core.toLowerCase(Locale.ROOT);
        boolean many = Character.isDigit(core.charAt(0)) && WHOLE_NUMBER.matcher(core).matches() && !core.equals("1")
                && !core.equals("0")
                || NUMBER_WORDS.contains(lower) && !lower.equals("one")
                // 2.9 million strong, Millions dwell: a scale or a count word counts many as well
                || SCALED.matcher(lower).matches();
        String before = TextScan.previousWord(text, coreEnd - core.length()).toLowerCase(Locale.ROOT);
        return many && !before.equals("a") && !before.equals("an");
    }

    /** Whether a counted noun ends as a count of many does: {@code 12 troops}, {@code 40 staff}, {@code two hour}. */
    private static boolean endsCount(String noun) {
        String last = noun.substring(noun.lastIndexOf(' ') + 1);
        return endsNoun(last) || SINGULAR_UNITS.contains(last) || COLLECTIVE_NOUNS.contains(last) || last.equals("old")
                || last.contains("-") || last.endsWith("children") || last.endsWith("men") || last.endsWith("people");
    }

    /** {@code 415 km2}, {@code 30 m³}: the power of an area or volume unit belongs to it. */
    private static int squared(String text, int pos) {
        boolean power = pos < text.length() && "23²³".indexOf(text.charAt(pos)) >= 0
                && (pos + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(pos + 1)));
        return power ? pos + 1 : pos;
    }

    /** {@code USD 26.95}: an amount after an ISO currency code. */
    private static final java.util.regex.Pattern ISO_CURRENCY = java.util.regex.Pattern.compile(
            FigurePatterns.ISO_CURRENCY + " ?\\d");

    /** {@code 5%}, {@code $3 billion}: an amount that already says what it measures. */
    private static boolean isMeasured(String core) {
        return core.contains("%") || hasCurrencySign(core) || ISO_CURRENCY.matcher(core).lookingAt() || core.contains("°")
                || core.startsWith("Rs") || endsInLetter(core) && ATTACHED_UNIT.matcher(core).find()
                || endsInLetter(core) && CENTS_OR_POINTS.matcher(core.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code $}, {@code £}, {@code ₱}, {@code ₿}: any sign of a currency. */
    static boolean hasCurrencySign(String core) {
        for (int k = 0; k < core.length(); k++) {
            if (Character.getType(core.charAt(k)) == Character.CURRENCY_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    /** A unit or {@code cent} ends the core in a letter (or a power): most cores end in a digit, no matcher made. */
    private static boolean endsInLetter(String core) {
        char last = core.charAt(core.length() - 1);
        return Character.isLetter(last) || last == '²' || last == '³';
    }

    private static boolean isFraction(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        return lower.contains("half") || lower.contains("third") || lower.contains("quarter") || lower.contains("fifth");
    }

    /** {@code two 12-roll packs}: a hyphenated measure after the count belongs to what is counted. */
    private static int measureCompoundEnd(String text, int pos) {
        int p = pos + 1;
        if (!charIs(text, pos, ' ') || p >= text.length() || !Character.isDigit(text.charAt(p))) {
            return pos;
        }
        while (p < text.length() && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.' || text.charAt(p) == ',')) {
            p++;
        }
        if (!charIs(text, p, '-') || p + 1 >= text.length() || !Character.isLetter(text.charAt(p + 1))) {
            return pos;
        }
        int compoundEnd = skipHyphenated(text, p);
        return nounPhrase(text, compoundEnd) > compoundEnd ? compoundEnd : pos;
    }

    /**
     * {@code 45 % of voters}, {@code hundreds of thousands of federal workers}, {@code six of the House's
     * committees}, {@code half the stock}; {@code p} is where the words after {@code of} begin (a space).
     */
    private static Optional<Integer> partitive(String text, String core, int p) {
        Optional<String> det = wordAt(text, p + 1);
        if (det.isPresent() && charIs(text, p, ' ') && PARTITIVE_PRONOUNS.contains(det.get())) {
            int pronounEnd = p + 1 + det.get().length();
            int relative = det.get().equals("those") ? reducedRelativeEnd(text, pronounEnd) : pronounEnd;
            if (relative > pronounEnd || !DEMONSTRATIVES.contains(det.get())) {
                return Optional.of(relative);
            }
            int nounEnd = nounPhrase(text, pronounEnd); // three of these bone tools: a determiner, not a pronoun
            return Optional.of(nounEnd > pronounEnd && endsCount(text.substring(pronounEnd, nounEnd)) ? nounEnd : pronounEnd);
        }
        boolean determined = det.isPresent() && charIs(text, p, ' ') && PARTITIVE_DETERMINERS.contains(det.get());
        int possessed = possessorEnd(text, p);
        if (possessed > p && !determined) {
            int nounEnd = nounPhrase(text, possessed); // two of Khan's victims, half of Saudi Arabia's production
            return nounEnd > possessed ? Optional.of(nounEnd) : ownedFigureEnd(text, possessed);
        }
        boolean one = core.equalsIgnoreCase("one") || core.equals("1");
        if (!determined && !one && opensCount(text, p)) {
            // four of five states, 18 of 25 slots: one figure, as three of the twelve access lanes is ("one of three
            // suspects" only means "a", as "one of the five demands" does)
            Optional<Integer> outOf = countedOutOf(text, p);
            if (outOf.isPresent()) {
                return outOf;
            }
        }
        if (!determined && !takesOf(core)) {
            return Optional.empty();
        }
        if (!determined && nounPhrase(text, p) == p && nameEnd(text, p) > p) {
            int name = expansionEnd(text, nameEnd(text, p)); // hundreds of Taliban, dozens of ISIS (…) fighters
            int nounEnd = nounPhrase(text, name);
            return Optional.of(nounEnd > name ? nounEnd : sharedHeadEnd(text, nameEnd(text, p)));
        }
        if (determined) {
            p = p + 1 + det.get().length();
            Optional<String> adjective = wordAt(text, p + 1).filter(NOMINAL_ADJECTIVES::contains);
            if (adjective.isPresent() && charIs(text, p, ' ')) {
                return Optional.of(p + 1 + adjective.get().length()); // four of the deceased
            }
            if (wordAt(text, p + 1).filter(NUMBER_WORDS::contains).isPresent()
                    || p + 1 < text.length() && Character.isDigit(text.charAt(p + 1))) {
                // three of the twelve access lanes: one figure, as five of the territory's six delegates; but in
                // one of the five demands "one" only means "a", and the count out of which is the figure
                return core.equalsIgnoreCase("one") || core.equals("1") ? Optional.empty() : countedOutOf(text, p);
            }
            int owner = possessiveEnd(text, p);
            if (owner > p) {
                p = owner;
                Optional<Integer> owned = ownedFigureEnd(text, p);
                if (owned.isPresent()) {
                    return owned; // 29 of the country's 31 provinces, five of the island nation's roughly 900 residents
                }
            }
        }
        int nounEnd = coordinated(text, p, nounPhrase(text, p, !one)); // one of the patients reacts: a verb
        if (nounEnd == p && determined) {
            nounEnd = nameEnd(text, p); // 100% of the Caliphate
        }
        return nounEnd > p ? Optional.of(nounEnd) : Optional.empty();
    }

    /**
     * After {@code p} (a space), one or two words with a possessive {@code 's}: {@code the board's},
     * {@code the island nation's}; the position after the {@code 's}, else {@code p}.
     */
    private static int possessiveEnd(String text, int p) {
        int q = p;
        for (int words = 0; words < 2 && charIs(text, q, ' '); words++) {
            Optional<String> w = wordAt(text, q + 1);
            if (w.isEmpty() || FigurePatterns.NOT_NOUN.contains(w.get())) {
                return p;
            }
            q = q + 1 + w.get().length();
            if (text.startsWith("'s ", q) || text.startsWith("’s ", q)) {
                return q + 2;
            }
        }
        return p;
    }

    /** After {@code p} (a space), digits or a number word: the count a partitive with no determiner counts out of. */
    private static boolean opensCount(String text, int p) {
        return charIs(text, p, ' ') && p + 1 < text.length()
                && (Character.isDigit(text.charAt(p + 1)) || wordAt(text, p + 1).filter(NUMBER_WORDS::contains).isPresent());
    }

    /** After a determiner ending at {@code p}, the figure the partitive counts out of, with its noun: {@code the twelve access lanes}. */
    private static Optional<Integer> countedOutOf(String text, int p) {
        // group 2 is the core (group 1 the approximator); a year there is no count: of the party's 2019 campaign
        return AnchoredScan.at(FigurePatterns.FIGURE, text, p + 1)
                .filter(m -> !YEAR_LIKE.matcher(m.group(2)).matches())
                .map(m -> end(text, m.group(2), m.end(2)))
                .filter(nounEnd -> nounEnd > p + 1 && !Character.isDigit(text.charAt(nounEnd - 1)));
    }

    /** After a possessor ending at {@code p}, a figure of its own that the partitive counts out of. */
    private static Optional<Integer> ownedFigureEnd(String text, int p) {
        if (!charIs(text, p, ' ') || p + 1 >= text.length() || !FigurePatterns.mayStartAt(text, p + 1)
                || wordAt(text, p + 1).filter(NUMBER_WORDS::contains).isPresent()) {
            return Optional.empty(); // a number word is read as part of the noun: four of the board's six committees
        }
        return countedOutOf(text, p);
    }

    /**
     * {@code those known to be infected with Ebola}: a participle after {@code those} (ending at {@code p}),
     * with {@code to be} and a second participle, and a name after a preposition.
     */
    private static int reducedRelativeEnd(String text, int p) {
        Optional<MatchResult> clause = AnchoredScan.at(REDUCED_RELATIVE, text, p);
        return clause.map(MatchResult::end).orElse(p);
    }

    /** {@code ISIS (Islamic State of Iraq and Syria)}: the spelled-out name in brackets after a short name. */
    private static int expansionEnd(String text, int p) {
        return AnchoredScan.at(BRACKETED_NAME, text, p).map(MatchResult::end).orElse(p);
    }

    /**
     * After {@code p} (a space), a capitalised name's possessive {@code Khan's}, {@code Saudi Arabia's}: the position
     * after it, else {@code p}.
     */
    private static int possessorEnd(String text, int p) {
        if (!charIs(text, p, ' ') || p + 1 >= text.length() || !Character.isUpperCase(text.charAt(p + 1))) {
            return p;
        }
        int after = nameEnd(text, p);
        return text.startsWith("'s ", after) || text.startsWith("’s ", after) ? after + 2 : p;
    }

    /** The capitalised words of a name from {@code p} (a space before each), at most {@link #MAX_WORDS}. */
    private static int nameEnd(String text, int p) {
        int end = p;
        for (int words = 0; words < MAX_WORDS && charIs(text, end, ' '); words++) {
            Optional<String> w = wordAt(text, end + 1).filter(TextScan::startsUpper);
            if (w.isEmpty()) {
                break;
            }
            end = end + 1 + w.get().length();
        }
        return end;
    }

    /**
     * The words of a counted noun from {@code pos} (a space before each): lower-case words, a capitalised
     * modifier or demonym before them ({@code Mexican nationals}, {@code Mexicans}), an adjective in
     * {@code -ly} before a noun ({@code deadly shootings}); a plural ends it.
     */
    private static int nounPhrase(String text, int pos) {
        return nounPhrase(text, pos, true);
    }

    /**
     * {@code one in three adults smokes}, {@code one out of every thousand patients reacts}: the base of a ratio
     * (at {@code coreStart}) counts the noun of a singular subject, so a word in {@code -s} after it is a verb.
     */
    private static boolean isRatioBase(String text, int coreStart) {
        int prevStart = TextScan.previousWordStart(text, coreStart);
        if (prevStart < 0 || coreStart - prevStart > "every ".length()) {
            return false; // checked without cutting out words: this runs for every figure
        }
        if (wordIs(text, prevStart, coreStart, "every")) {
            return true;
        }
        int beforeStart = TextScan.previousWordStart(text, prevStart);
        if (beforeStart < 0) {
            return false;
        }
        if (wordIs(text, prevStart, coreStart, "of")) {
            return wordIs(text, beforeStart, prevStart, "out");
        }
        if (!wordIs(text, prevStart, coreStart, "in")) {
            return false;
        }
        String before = TextScan.previousWord(text, prevStart).toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.contains(before) || WHOLE_NUMBER.matcher(before).matches();
    }

    /** Whether the word from {@code start} (spaces before {@code limit} aside) is {@code word}, any case. */
    private static boolean wordIs(String text, int start, int limit, String word) {
        int end = start + word.length();
        return end <= limit && text.regionMatches(true, start, word, 0, word.length())
                && (end == limit || text.charAt(end) == ' ');
    }

    private static int nounPhrase(String text, int pos, boolean compounds) {
        int p = pos;
        for (int words = 0; words < MAX_WORDS && charIs(text, p, ' '); words++) {
            int wordStart = p + 1;
            Optional<String> w = abbreviationAt(text, wordStart).or(() -> wordAt(text, wordStart));
            if (w.isEmpty() || isNegated(text, p + 1 + w.get().length()) || !fits(text, w.get(), p + 1 + w.get().length())
                    || words > 0 && (w.get().endsWith("ed") && !isRelationBeforeHead(text, w.get(), p + 1 + w.get().length())
                            || isParticiple(text, w.get(), p + 1 + w.get().length()))
                    || PAST_TENSE.contains(w.get()) || words > 0 && isPresentTense(text, w.get(), p + 1 + w.get().length())) {
                break;
            }
            p = p + 1 + w.get().length();
            if (endsNoun(w.get()) && !(compounds && words + 2 < MAX_WORDS && isPlural(w.get()) && relationFollows(text, p))
                    && !(compounds && words + 1 < MAX_WORDS && isPlural(w.get()) && pluralHeadAfter(text, p))
                    || words == 0 && SINGULAR_UNITS.contains(w.get())) {
                break;
            }
        }
        return p;
    }

    /** {@code 53 measles related deaths}: a participle of relation with a plural noun after it modifies that noun. */
    private static boolean isRelationBeforeHead(String text, String word, int end) {
        return RELATION_PARTICIPLES.contains(word) && charIs(text, end, ' ')
                && wordAt(text, end + 1).filter(n -> isNoun(n) && endsNoun(n)).isPresent();
    }

    /** After {@code p} (a space), a participle of relation before a plural head. */
    private static boolean relationFollows(String text, int p) {
        Optional<String> next = charIs(text, p, ' ') ? wordAt(text, p + 1) : Optional.empty();
        return next.filter(r -> isRelationBeforeHead(text, r, p + 1 + r.length())).isPresent();
    }

    private static final Set<String> RELATION_PARTICIPLES = Set.of("related", "linked", "based", "induced", "connected");

    /**
     * {@code 3,728 measles cases}, {@code 14 arms dealers}, {@code 35 sales staff}: after a word in {@code -s}
     * (at {@code p}), a plural noun that is no verb is the head, the word before it a modifier.
     */
    private static boolean pluralHeadAfter(String text, int p) {
        if (!charIs(text, p, ' ')) {
            return false;
        }
        Optional<String> next = wordAt(text, p + 1);
        if (next.isEmpty()) {
            return false;
        }
        String w = next.get();
        int end = p + 1 + w.length();
        return isNoun(w) && !ADVERBS_IN_S.contains(w)
                && (isPlural(w) || COLLECTIVE_NOUNS.contains(w) || IRREGULAR_PLURALS.contains(w))
                && !PAST_TENSE.contains(w) && !isPresentTense(text, w, end) && !STAND_INS.contains(w)
                && !FigurePatterns.UNIT_WORDS.contains(w) && fits(text, w, end) && endsPhrase(text, end);
    }

    /**
     * Whether a noun can end at {@code p}: punctuation, a function word or a verb follows ({@code cases have},
     * {@code dealers and}); {@code one in every thousand patients reacts badly} keeps {@code reacts} a verb.
     */
    private static boolean endsPhrase(String text, int p) {
        if (p >= text.length() || text.charAt(p) != ' ') {
            return true;
        }
        Optional<String> next = wordAt(text, p + 1);
        return next.isEmpty() || next.filter(w -> FigurePatterns.NOT_NOUN.contains(w.toLowerCase(Locale.ROOT))
                || PAST_TENSE.contains(w) || w.endsWith("ed")).isPresent();
    }

    /**
     * {@code 1 billion toilets and flush urinals}: a second plural noun of at most two words joined by
     * {@code and}/{@code or} to the plural noun from {@code start} to {@code end} is counted with it.
     */
    private static int coordinated(String text, int start, int end) {
        if (end == start) {
            return end;
        }
        if (!endsNoun(text.substring(text.lastIndexOf(' ', end - 1) + 1, end))) {
            // 3.8% of the population and people aged 65: a determiner makes the singular a whole noun
            return PARTITIVE_DETERMINERS.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT)) ? end
                    : sharedHeadEnd(text, end);
        }
        int conj = text.startsWith(" and", end) ? end + 4 : text.startsWith(" or", end) ? end + 3 : -1;
        if (conj < 0) {
            return end;
        }
        int second = nounPhrase(text, conj);
        String words = text.substring(conj, second);
        boolean plural = second > conj && endsNoun(words.substring(words.lastIndexOf(' ') + 1));
        String first = TextScan.firstWord(words.strip());
        return plural && words.chars().filter(c -> c == ' ').count() <= 2 && !TextScan.startsUpper(first)
                && !NUMBER_WORDS.contains(first) // eleven women and nine men: two quantities
                && !first.endsWith("ing") // injuring 25 people and damaging churches: a second participle's object
                && endsSubject(text, second) ? second : end;
    }

    /**
     * {@code thousands of anime and manga fans}, {@code hundreds of American and coalition service members}: a modifier
     * ending at {@code end} (no plural) that {@code and}/{@code or} joins to a second one shares the plural noun after
     * it, at most three lower-case words on; else {@code end}, and a modifier left without its noun is taken as before.
     */
    private static int sharedHeadEnd(String text, int end) {
        int conj = text.startsWith(" and ", end) ? end + 4 : text.startsWith(" or ", end) ? end + 3 : -1;
        if (conj < 0 || !Character.isLowerCase(text.charAt(conj + 1))) {
            return end;
        }
        int second = nounPhrase(text, conj);
        String words = text.substring(conj, second);
        String first = TextScan.firstWord(words.strip());
        long spaces = words.chars().filter(c -> c == ' ').count();
        // two words at least: a modifier and the head it shares ({@code manga fans}), not a second noun alone
        return second > conj && endsNoun(lastWordBefore(text, second)) && spaces >= 2 && spaces <= 3
                && !NUMBER_WORDS.contains(first) && !first.endsWith("ing") ? second : end;
    }

    /**
     * Whether the words before {@code p} end as a subject would: punctuation or a verb follows
     * ({@code men and women were}, {@code dealers and artists selling}), not an object or a preposition ({@code 500 staff and runs the plant}).
     */
    private static boolean endsSubject(String text, int p) {
        if (p >= text.length() || ".,;:!?)”\"".indexOf(text.charAt(p)) >= 0) {
            return true;
        }
        Optional<String> next = charIs(text, p, ' ') ? wordAt(text, p + 1) : Optional.empty();
        return next.filter(w -> AUXILIARIES.contains(w) || PAST_TENSE.contains(w) || w.endsWith("ed")
                || w.length() > 5 && w.endsWith("ing")).isPresent(); // dealers and artists selling their work
    }

    /**
     * {@code a 6.3 magnitude earthquake causing …}: a word in {@code -ing} after the noun starts a clause,
     * unless a plural noun follows it ({@code fourteen state nominating contests}).
     */
    private static boolean isParticiple(String text, String word, int end) {
        return word.endsWith("ing") && !(charIs(text, end, ' ')
                && wordAt(text, end + 1).filter(n -> isNoun(n) && endsNoun(n)).isPresent());
    }

    /**
     * {@code 30 percent of world trade passes the strait}: after the first word of a noun, a word in {@code -s}
     * that is a common verb, or that a determiner follows (a noun seldom has one right after it), is a verb.
     */
    private static boolean isPresentTense(String text, String word, int end) {
        return PRESENT_TENSE.contains(word) || isPlural(word) && charIs(text, end, ' ')
                && wordAt(text, end + 1).filter(DETERMINERS::contains).isPresent();
    }

    /** {@code U.S.} in {@code six U.S. diplomats}. */
    private static Optional<String> abbreviationAt(String text, int pos) {
        if (pos + 1 >= text.length() || !Character.isUpperCase(text.charAt(pos)) || text.charAt(pos + 1) != '.') {
            return Optional.empty(); // no matcher made for ordinary words
        }
        return AnchoredScan.at(ABBREVIATION, text, pos).map(MatchResult::group);
    }

    private static boolean fits(String text, String word, int end) {
        if (Character.isUpperCase(word.charAt(0))) {
            // Three American Samoans: a capitalised modifier before a people's plural
            return word.endsWith("ans") || isPeople(text, word, end) || isAbbreviatedPlural(word) || charIs(text, end, ' ')
                    && (wordAt(text, end + 1).filter(n -> isNoun(n) || isPeople(text, n, end + 1 + n.length())).isPresent()
                    || beforeNounAfterName(text, end + 1));
        }
        if (word.endsWith("ly") || word.endsWith("ed")) {
            // 84% of surveyed Britons: a people's plural after the participle too
            return charIs(text, end, ' ') && wordAt(text, end + 1)
                    .filter(n -> isNoun(n) && !n.endsWith("ly") && !n.endsWith("ed") && !NUMBER_WORDS.contains(n)
                            || isPeople(text, n, end + 1 + n.length())).isPresent();
        }
        if (word.equals("other")) {
            return charIs(text, end, ' ');
        }
        if (word.equals("earlier") || word.equals("later")) {
            // four earlier primaries: before a plural it modifies; two weeks later ends the figure before it
            return charIs(text, end, ' ') && wordAt(text, end + 1).filter(n -> isNoun(n) && endsNoun(n)).isPresent();
        }
        return isNoun(word);
    }

    /** {@code MPs}, {@code NGOs}: an abbreviation with a plural {@code s}. */
    private static boolean isAbbreviatedPlural(String word) {
        int last = word.length() - 1;
        if (last < 2 || word.charAt(last) != 's') {
            return false;
        }
        for (int k = 0; k < last; k++) {
            if (!Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code seven Native American reservations}: from {@code p}, one more capitalised word and then a plural noun,
     * so the capitalised words before it modify the noun.
     */
    private static boolean beforeNounAfterName(String text, int p) {
        Optional<String> name = wordAt(text, p).filter(TextScan::startsUpper);
        if (name.isEmpty()) {
            return false;
        }
        int end = p + name.get().length();
        return charIs(text, end, ' ') && wordAt(text, end + 1).filter(n -> isNoun(n) && endsNoun(n)).isPresent();
    }

    /** {@code Swedes}, {@code Kurds}: a capitalised plural that no further capitalised word continues. */
    private static boolean isPeople(String text, String word, int end) {
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")
                && word.chars().skip(1).allMatch(Character::isLowerCase);
        return plural && !(charIs(text, end, ' ') && end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1)));
    }

    private static boolean endsNoun(String word) {
        return isPlural(word) || IRREGULAR_PLURALS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code troops}, not {@code census}, {@code press}, {@code crisis}. */
    static boolean isPlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    private static boolean isNoun(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !FigurePatterns.NOT_NOUN.contains(word)
                && !word.endsWith("ly");
    }

    private static boolean takesOf(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        return lower.endsWith("%") || lower.endsWith("cent") || lower.contains("half") || lower.contains("third")
                || lower.contains("quarter") || lower.contains("fifth") || lower.endsWith("s")
                || lower.endsWith("dozen");
    }

    private static boolean nextIs(String text, int pos, String word) {
        int p = pos + 1;
        Optional<String> w = wordAt(text, p);
        p += w.map(String::length).orElse(0);
        return charIs(text, p, ' ') && wordAt(text, p + 1).filter(word::equals).isPresent();
    }

    private static int skipHyphenated(String text, int pos) {
        int p = pos;
        while (p < text.length() && (text.charAt(p) == '-' || Character.isLetter(text.charAt(p)))) {
            p++;
        }
        if (text.charAt(p - 1) == '-') {
            // 5-foot-11: a height's inches after the compound; a hyphen with nothing after it stays out
            int digits = p;
            while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits > p && charIs(text, digits, '-') && digits + 1 < text.length() && Character.isLetter(text.charAt(digits + 1))) {
                return skipHyphenated(text, digits); // an 8-by-11-inch sheet
            }
            return digits > p && (digits == text.length() || !Character.isLetter(text.charAt(digits))) ? digits : p - 1;
        }
        return p;
    }

    private static boolean charIs(String text, int pos, char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    /** {@code one Democrat wasn’t}: a word before {@code n't} is a negated verb, which ends the noun. */
    private static boolean isNegated(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'')
                && text.charAt(end + 1) == 't' && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /** The run of letters (and inner hyphens/apostrophes/slashes) starting at {@code pos}. */

    static Optional<String> wordAt(String text, int pos) {
        int e = pos;
        while (e < text.length() && (Character.isLetter(text.charAt(e))
                || (e > pos && (text.charAt(e) == '-' || text.charAt(e) == '/') && e + 1 < text.length()
                && Character.isLetter(text.charAt(e + 1))))) {
            e++;
        }
        return e > pos ? Optional.of(text.substring(pos, e)) : Optional.empty();
    }
}
