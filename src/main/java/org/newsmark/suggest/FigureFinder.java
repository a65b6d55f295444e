package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.text.TextScan;

/**
 * Finds figures: a number in any common shape with its approximator and what it counts, minus dates,
 * times of day, years, ordinals, numbers inside names and a bare {@code one}.
 */
final class FigureFinder {

    /** A found figure and why it was taken. */
    record Figure(int start, int end, String reason, double score) {
    }

    /** Words before {@code one} that make it a count. */
    private static final java.util.Set<String> COUNTING_ONE = java.util.Set.of("by", "had", "has", "have", "only",
            "exactly", "just", "with", "made", "makes", "scored", "won");
    /** Words before a phone number ({@code phoned 911}). */
    private static final java.util.Set<String> DIALLED = java.util.Set.of("phoned", "called", "call", "dial", "dialled",
            "dialed", "ring", "rang", "calling", "dialling", "dialing");

    // compiled once: String.matches compiles its pattern on every call, for every figure candidate
    private static final Pattern LOWER_LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern ENDS_IN_TIME_UNIT = Pattern.compile("(?s).*\\b(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|feet|foot)");
    private static final Pattern PLUS_MINUS = Pattern.compile(" ?± ?");
    private static final Pattern DURATION_GAP = Pattern.compile(",? (?:and )?");
    /** The smaller unit after a larger one: {@code 1 hour 59 minutes}, {@code 5 feet 9 inches}. */
    private static final Pattern SMALLER_TIME_UNIT = Pattern.compile("[\\d.]+ (?:hours?|minutes?|seconds?|days?|months?"
            + "|inch(?:es)?)");
    private static final Pattern SPELLED_SMALLER_TIME_UNIT = Pattern.compile("(?:one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven) (?:months?|weeks?|days?|hours?|minutes?|seconds?|inch(?:es)?)");
    private static final Pattern FEET = Pattern.compile("(?s).*\\b(?:feet|foot)");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    /** A unit after {@code one} that makes it a measure ({@code one day} is left out: it often means {@code once}). */
    private static final Pattern ONE_UNIT = Pattern.compile("[ -](?:second|minute|hour|week|month|year|decade|century"
            + "|mile|kilometre|kilometer|metre|meter|percent|per cent)(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3,}");
    private static final Pattern ONE_AS_PRONOUN = Pattern.compile("(?: another\\b|['’]s\\b)");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** {@code in 1789}, {@code since 1648}: an older year, taken only after a word that dates. */
    private static final Pattern OLD_YEAR = Pattern.compile("1[0-7]\\d\\d");
    private static final java.util.Set<String> OLD_YEAR_BEFORE = java.util.Set.of("in", "since", "until", "till", "circa");
    /** {@code seven per 100,000 people}: the base of a rate, after {@code per}. */
    private static final Pattern PER_BASE = Pattern.compile(" per (?>\\d{1,3}(?:,\\d{3})+|\\d+)(?: (?:thousand|million|billion))?(?![\\w,.]\\w)");
    /**
     * {@code in five}, {@code in 1,000}, {@code out of four}, {@code out of every thousand}, {@code of 10}, unless a
     * length of time follows ({@code 2 in 3 minutes}) or the base is a year ({@code 200,000 in 1972}).
     */
    private static final Pattern RATIO = Pattern.compile(" (?:(?:in|out of)(?: every)? (?!(?:1[89]|20)\\d\\d(?![\\d,]))"
            // eight of 10 voters: with 'of' only a round base, as 'two of three suspects' may be a part of a group
            + "|of (?=(?:10|ten|100|a hundred|1,000|a thousand)\\b))((?>\\d{1,3}(?:,\\d{3})+|\\d+)|two"
            + "|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|a thousand|a million"
            + "|(?<=every )(?:hundred|thousand|million))(?![\\w,.]\\w| (?:seconds?|minutes?|hours?|days?"
            + "|weeks?|months?|years?|decades?|games?|matches|attempts?|tries)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+|one|two|three|four|five|six"
            + "|seven|eight|nine|ten", Pattern.CASE_INSENSITIVE);
    /** Words before {@code a year} that make it a length of time: {@code within a month}, {@code for a week}. */
    private static final java.util.Set<String> DURATION_BEFORE = java.util.Set.of("within", "for", "than", "spent",
            "served", "lasted", "took", "waited", "spend", "serve", "last", "take", "wait", "spends", "serves", "lasts",
            "takes", "waits", "spending", "serving", "lasting", "taking", "waiting", "taken");
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("(?:24|twenty-four) hours a day|(?:7|seven) days a week"
            + "|365 days a year|(?:52|fifty-two) weeks a year", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> ROUND_THE_CLOCK_FIRST = java.util.Set.of("24", "twenty-four", "7",
            "seven", "365", "52", "fifty-two");
    /** {@code sentenced to a year in prison}. */
    private static final Pattern IN_PRISON = Pattern.compile(" (?:in (?:prison|jail|custody)|behind bars)\\b");
    /** Words after {@code a year} that make it a length of time: {@code a week ago}. */
    private static final java.util.Set<String> DURATION_AFTER = java.util.Set.of("ago", "later", "earlier");
    private static final String BARE_ESTIMATED = "estimated ";
    /** Words before a bare {@code estimated} that make it an approximator: {@code with estimated 5,000 fans}. */
    private static final java.util.Set<String> ESTIMATED_AFTER = java.util.Set.of("", "of", "at", "with", "by", "to",
            "for", "from", "and", "or", "about");
    private static final java.util.Set<String> YEAR_APPROXIMATORS = java.util.Set.of("around", "about", "roughly",
            "approximately", "up to", "until", "circa");
    private static final Pattern APPROXIMATE_YEARS = Pattern.compile("(1[89]\\d\\d|20[0-4]\\d)(?:(?: ?[-–] ?| to )(?:1[89]\\d\\d|20[0-4]\\d|\\d\\d))?");
    /** Counted nouns of a tally: {@code 45 points to 24}, {@code 230 votes to 198}. */
    private static final java.util.Set<String> TALLY_NOUNS = java.util.Set.of("points", "votes", "goals", "runs", "seats");
    /** Units and amounts a measure ends in, which a {@code per} unit may follow. */
    private static final java.util.Set<String> MEASURE_END = java.util.Set.of("mg", "g", "kg", "grams", "milligrams",
            "micrograms", "ml", "moles", "tonnes", "tons", "litres", "liters", "gallons", "barrels", "kilograms", "ppm",
            "million", "billion", "thousand", "dollars", "euros", "pounds", "hours", "km", "miles", "metres", "meters",
            "cents", "pence", "rupees", "yen", "yuan");
    /**
     * {@code per liter}, {@code per cubic metre}, {@code per metric ton}: the unit of a measure; a time is not
     * ({@code 5.7 million barrels} a day, by the settled guidelines).
     */
    private static final Pattern PER_UNIT = Pattern.compile(" per (?:cubic |square |metric )?(?:litre|liter|metre|meter"
            + "|kilogram|kg|tonne|ton|barrel|gallon|capita|person|head|share|unit|hectare|acre"
            + "|kilometre|kilometer|km|mile|kilo|pound|ounce|dose|ticket|piece|bottle|household)(?![\\w-])"
            // $3 a gallon, 50 cents a share: the same rate with the article (a time is left out here too)
            + "| an? (?:litre|liter|gallon|barrel|kilo|kilogram|tonne|ton|pound|ounce|share|head|person|piece|bottle"
            + "|dose|ticket|household)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_RANGE =
            Pattern.compile("(?:1[89]\\d\\d|20\\d\\d)(?: ?[-–] ?| to )(?:1[89]\\d\\d|20\\d\\d|\\d\\d)"
                    + "|between (?:1[89]\\d\\d|20\\d\\d) and (?:1[89]\\d\\d|20\\d\\d)");

    List<Figure> find(String original) {
        String text = withPlainSpaces(original);
        List<int[]> clock = clockTimes(text);
        List<Figure> out = new ArrayList<>();
        AnchoredScan.forEachMatchAt(FigurePatterns.FIGURE, text, FigurePatterns.starts(text), i -> true,
                m -> TwoQuantities.in(m.group(CORE)).ifPresentOrElse(split -> {
                    // shares fell 12% to $45.30, US$8000 or €7000: two quantities, two figures
                    figure(text, m, m.start(CORE) + split.firstEnd(), clock).ifPresent(out::add);
                    AnchoredScan.at(FigurePatterns.FIGURE, text, m.start(CORE) + split.secondStart())
                            .ifPresent(second -> figure(text, second, second.end(CORE), clock).ifPresent(out::add));
                }, () -> figure(text, m, m.end(CORE), clock).ifPresent(out::add)));
        return mergeCompoundDurations(text, out);
    }

    /** A fraction as a figure's core: {@code half}, {@code a quarter}, {@code three-quarters}. */
    private static final Pattern FRACTION = Pattern.compile("(?i)(?:an? )?" + FigurePatterns.FRACTION);
    /** {@code of a percentage point} after a fraction: one unit that the fraction is of. */
    private static final Pattern OF_ONE_POINT = Pattern.compile(" (?:of )?an? (?:full )?(?:percentage |basis )?point\\b");

    /** The numbers of the named groups {@code approx} and {@code core} of {@link FigurePatterns#FIGURE}. */
    private static final int APPROX = 1;
    private static final int CORE = 2;

    private static Optional<Figure> figure(String text, java.util.regex.MatchResult m, int coreEnd, List<int[]> clock) {
        int start = m.start();
        int coreStart = m.start(CORE);
        String approx = m.group(APPROX);
        if (approx != null && approx.equalsIgnoreCase(BARE_ESTIMATED) && !ESTIMATED_AFTER.contains(
                TextScan.previousWord(text, start).toLowerCase(Locale.ROOT))) {
            start = coreStart; // the website estimated 120 people were inside: a verb, not an approximator
            approx = null;
        }
        boolean approximated = approx != null;
        String core = text.substring(coreStart, coreEnd);
        // a magnitude-6.3 earthquake: the scale joined to its reading, not a name with a number (AR-15)
        boolean hyphenedMagnitude = !approximated && isHyphenedMagnitude(text, core, start);
        if (!hyphenedMagnitude && (overlapsAny(clock, coreStart, coreEnd) || EraYear.at(text, coreStart, coreEnd)
                || isExcluded(text, core, coreStart, coreEnd, approximated)
                || approximated && isApproximateYear(text, approx, core, coreEnd))) {
            return Optional.empty();
        }
        // 6'3" tall: a height written with marks has its units in it, and the adjective after it stays out
        boolean marked = core.indexOf('\'') >= 0 || core.indexOf('’') >= 0;
        int nounEnd = marked ? coreEnd : timesEnd(text, core, coreEnd, CountedNoun.end(text, core, coreEnd));
        boolean oneTimeUnit = Character.toLowerCase(core.charAt(0)) == 'a'
                && FigurePatterns.ONE_TIME_UNIT_CORE.matcher(core).matches();
        int end = oneTimeUnit ? coreEnd
                : nounEnd == coreEnd && BARE_COUNT.matcher(core).matches() ? ratioEnd(text, rateEnd(text, nounEnd))
                : tallyEnd(text, nounEnd > coreEnd ? text.substring(coreEnd, nounEnd) : "", unitRateEnd(text, rateEnd(text, nounEnd), hasUnit(core)));
        if (text.startsWith(AND_A_HALF, end) && ENDS_IN_TIME_UNIT.matcher(text.substring(start, end)).matches()) {
            end += AND_A_HALF.length(); // an hour and a half: one length of time
        }
        if (end == coreEnd && FRACTION.matcher(core).matches()) {
            // half a percentage point, a quarter of a percentage point: the fraction of one unit is one quantity
            end = AnchoredScan.at(OF_ONE_POINT, text, end).map(java.util.regex.MatchResult::end).orElse(end);
        }
        double score = end > coreEnd || hasUnit(core) ? 0.9 : 0.7;
        if (hyphenedMagnitude || !approximated && isMagnitudeReading(text, core, start)) {
            // reported magnitude 4.9: the scale before the reading
            start = hyphenedMagnitude ? start - MAGNITUDE_HYPHEN.length() : TextScan.previousWordStart(text, start);
            score = 0.9;
        }
        return Optional.of(new Figure(start, end, reason(core, coreEnd, end, approximated, text), score));
    }

    /**
     * {@code shot at 41 times}, {@code 2.6 times more lethal}, {@code six or more times}: a count of occurrences or a
     * multiple, with {@code times} as what it counts (a function word elsewhere, so no counted noun of its own).
     */
    private static int timesEnd(String text, String core, int coreEnd, int nounEnd) {
        int suffixEnd = ApproximateSuffix.end(text, coreEnd);
        if (hasUnit(core) || nounEnd > suffixEnd && !text.startsWith(" more", suffixEnd)) {
            return nounEnd;
        }
        // 25 separate times, three more times: a word that only tells the occurrences apart may stand before times
        return AnchoredScan.at(TIMES, text, suffixEnd).map(java.util.regex.MatchResult::end).orElse(nounEnd);
    }

    private static final Pattern TIMES = Pattern.compile(" (?:(?:different|separate|more|other|consecutive|straight"
            + "|previous) )?times(?![\\p{L}\\p{N}])");

    /** {@code magnitude 6.3}: a reading written after the name of its scale, which measures it as a unit does. */
    private static boolean isMagnitudeReading(String text, String core, int start) {
        return start > 0 && text.charAt(start - 1) == ' ' && MAGNITUDE_READING.matcher(core).matches()
                && TextScan.previousWord(text, start).equalsIgnoreCase("magnitude");
    }

    private static final String MAGNITUDE_HYPHEN = "magnitude-";

    /** {@code magnitude-6.3}: a reading joined to its scale's name (the pattern's look-behind keeps the name whole). */
    private static boolean isHyphenedMagnitude(String text, String core, int start) {
        int word = start - MAGNITUDE_HYPHEN.length();
        return word >= 0 && text.regionMatches(true, word, MAGNITUDE_HYPHEN, 0, MAGNITUDE_HYPHEN.length())
                && MAGNITUDE_READING.matcher(core).matches();
    }

    private static final Pattern MAGNITUDE_READING = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})?");

    /** {@code 75\u00a0m}: a no-break space between a number and its unit is a space (same length, same offsets). */
    private static String withPlainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' '); // each returns the text itself when the space is absent
    }

    /** {@code 1 hour 59 minutes 40.2 seconds} is one figure. */
    private static List<Figure> mergeCompoundDurations(String text, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            if (!out.isEmpty()) {
                Figure last = out.get(out.size() - 1);
                if (f.start() < last.end()) {
                    continue;
                }
                if (text.charAt(f.start()) == '±' && text.substring(last.end(), f.start()).isBlank()) {
                    // 1010 ± 195 light years: the uncertainty, found with its sign as an approximator
                    out.set(out.size() - 1, new Figure(last.start(), f.end(), "quantity with its uncertainty", 0.9));
                    continue;
                }
                if (isRangeInOneUnit(text, last, f)) {
                    // 5 km to 10 km, hundreds to thousands of people: the two ends of one range
                    out.set(out.size() - 1, new Figure(last.start(), f.end(), "range of numbers with counted noun", 0.9));
                    continue;
                }
                if (isSuspendedHyphen(text, last, f)) {
                    // 18- to 24-year-old veterans: the first number shares the second one's compound
                    out.set(out.size() - 1, new Figure(last.start(), f.end(), "range of numbers with counted noun", 0.9));
                    continue;
                }
                boolean spelled = !Character.isDigit(text.charAt(f.start()));
                if (f.start() - last.end() > ", and ".length()
                        || spelled && !text.startsWith(" and ", last.end()) && !feetThenInches(text, last, f)) {
                    out.add(f); // too far apart, or no number first: no compound, nothing cut out
                    continue;
                }
                String lastText = text.substring(last.start(), last.end());
                String gap = text.substring(last.end(), f.start());
                if (PLUS_MINUS.matcher(gap).matches()) {
                    out.set(out.size() - 1, new Figure(last.start(), f.end(), "quantity with its uncertainty", 0.9));
                    continue; // 1010 ± 195 light years
                }
                if (ENDS_IN_TIME_UNIT.matcher(lastText).matches() && DURATION_GAP.matcher(gap).matches()
                        && (spelled ? SPELLED_SMALLER_TIME_UNIT : SMALLER_TIME_UNIT).matcher(text.substring(f.start(), f.end())).matches()) {
                    // 12 years and six months: one length of time
                    out.set(out.size() - 1, new Figure(last.start(), f.end(), "quantity in several units", 0.9));
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * {@code 20 years to 30 years}, {@code 5 km to 10 km}: both ends of a range {@code to} joins carry the same unit; or
     * {@code hundreds to thousands of people}, {@code dozens or hundreds of homes}: a count word, then a larger one.
     */
    private static boolean isRangeInOneUnit(String text, Figure first, Figure second) {
        boolean to = second.start() - first.end() == TO.length() && text.startsWith(TO, first.end());
        boolean or = second.start() - first.end() == OR.length() && text.startsWith(OR, first.end());
        if (!to && !or) {
            return false;
        }
        String firstText = text.substring(first.start(), first.end());
        String secondText = text.substring(second.start(), second.end());
        if (COUNT_WORD.matcher(firstText).matches()) {
            return COUNT_WORD_START.matcher(secondText).lookingAt();
        }
        String unit = CountedNoun.lastWordBefore(text, first.end());
        boolean oneUnit = unit.length() > 1 && firstText.endsWith(" " + unit) && AMOUNT_IN_UNIT.matcher(secondText).matches()
                && (secondText.endsWith(" " + unit) || isTimeUnit(unit) && isTimeUnit(CountedNoun.lastWordBefore(text, second.end())));
        // rose 5 points to 45 points: a change and the level it reached are two quantities
        return to && oneUnit && !CHANGE_WORDS.contains(TextScan.previousWord(text, first.start()).toLowerCase(Locale.ROOT));
    }

    /** {@code six months to a year}, {@code a week to 10 days}: lengths of time in two units are one range too. */
    private static boolean isTimeUnit(String word) {
        return TIME_UNIT_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> CHANGE_WORDS = java.util.Set.of("by", "up", "down", "rose", "rise", "rises",
            "risen", "fell", "fall", "falls", "fallen", "grew", "grow", "grows", "grown", "gained", "gains", "lost", "loses",
            "jumped", "climbed", "dropped", "increased", "decreased", "declined", "surged", "slid", "slipped", "added", "shed");

    private static final String TO = " to ";
    private static final String OR = " or ";

    /** A number and one word: {@code 10 km}, {@code 30 years}, {@code three days}. */
    private static final Pattern AMOUNT_IN_UNIT = Pattern.compile("[\\d.,]+ \\p{L}+|[a-z]+ \\p{L}+");

    private static final Pattern COUNT_WORD = Pattern.compile("(?:dozens|hundreds|thousands|millions|billions)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_WORD_START = Pattern.compile("(?:dozens|hundreds|thousands|millions|billions"
            + "|tens of)\\b", Pattern.CASE_INSENSITIVE);

    /** {@code 18- to 24-year-old}, {@code two- or three-bedroom}: a bare number, a hyphen, a joiner, then a compound. */
    private static boolean isSuspendedHyphen(String text, Figure first, Figure second) {
        String gap = text.substring(first.end(), second.start());
        return SUSPENDED_GAP.matcher(gap).matches()
                && BARE_NUMBER.matcher(text.substring(first.start(), first.end())).matches()
                && text.substring(second.start(), second.end()).indexOf('-') > 0;
    }

    private static final Pattern SUSPENDED_GAP = Pattern.compile("- (?:to|or|and) ");
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\d.,]+|[a-z]+", Pattern.CASE_INSENSITIVE);

    /** {@code six feet five inches}: a height in two units, spelt out with no {@code and} between. */
    private static boolean feetThenInches(String text, Figure feet, Figure inches) {
        return text.startsWith(" ", feet.end()) && inches.start() == feet.end() + 1
                && FEET.matcher(text.substring(feet.start(), feet.end())).matches()
                && text.substring(inches.start(), inches.end()).endsWith("inches");
    }

    private static List<int[]> clockTimes(String text) {
        List<int[]> out = new ArrayList<>();
        AnchoredScan.forEachMatch(FigurePatterns.CLOCK_TIME, text, i -> mayStartClockTime(text, i), m -> {
            boolean raceTime = m.end() < text.length() - 2 && text.charAt(m.end()) == ':'
                    && Character.isDigit(text.charAt(m.end() + 1));
            if (!raceTime) {
                out.add(new int[] {m.start(), m.end()});
            }
        });
        return out;
    }

    /**
     * Whether a {@link FigurePatterns#CLOCK_TIME} match may start at {@code i}: every one opens with one or two digits
     * followed by a colon, a point, a space or the {@code a}/{@code p} of {@code am}/{@code pm}; most digits of a text
     * (years, sums) are followed by none of them, and the matcher is not reset for them.
     */
    private static boolean mayStartClockTime(String text, int i) {
        if (!Character.isDigit(text.charAt(i))) {
            return false;
        }
        int n = text.length();
        return i + 1 < n && CLOCK_AFTER_HOUR.indexOf(text.charAt(i + 1)) >= 0
                || i + 2 < n && Character.isDigit(text.charAt(i + 1)) && CLOCK_AFTER_HOUR.indexOf(text.charAt(i + 2)) >= 0;
    }

    private static final String CLOCK_AFTER_HOUR = ":. apAP"; // the pattern ignores case: 9AM, 10 PM

    private static boolean overlapsAny(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case nouns that a bare number after them names: {@code film 42}, {@code flight 370}, {@code room 101}. */
    private static final java.util.Set<String> NUMBERED_NOUNS = java.util.Set.of("film", "movie", "flight", "route",
            "highway", "interstate", "episode", "chapter", "section", "article", "room", "gate", "platform",
            "terminal", "bus", "ward", "block", "lot", "exit", "pier", "track", "channel", "resolution", "amendment",
            "mile", "page", "line", "seat", "row", "district", "zone", "sector", "precinct", "unit", "reactor", "lane",
            "hole", "round", "game", "match", "act", "scene", "verse", "volume", "issue", "cell", "lap", "day",
            "part", "step",
            "question", "item", "clause", "paragraph", "figure", "table", "group", "camp", "bay", "box", "hangar",
            "version", "top", "season", "runway", "region", "pillar", "schedule", "building", "apartment", "station");

    /**
     * Nouns whose number is a rank or class even with a noun after it: {@code a category 3 hurricane},
     * {@code phase two}, {@code level 4 alert}.
     */
    private static final java.util.Set<String> RANKING_NOUNS = java.util.Set.of("category", "phase", "stage", "level",
            "grade", "tier", "week", "area", "type", "class", "number");

    /** Words other than function words that open a sentence before a count: {@code Another 30 people}. */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("another", "every", "exactly",
            "fully", "barely", "nearly", "roughly", "around", "about", "some", "over", "almost", "approximately",
            "overall", "altogether", "together", "currently", "now", "today", "yesterday", "however", "meanwhile", "perhaps",
            "maybe", "although", "though", "because", "unless", "what");

    private static boolean isExcluded(String text, String core, int start, int end, boolean approximated) {
        String lower = core.toLowerCase(Locale.ROOT);
        if (lower.charAt(0) == 'a' && FigurePatterns.ONE_TIME_UNIT_CORE.matcher(core).matches()) {
            return !approximated && !isDuration(text, start, end);
        }
        if (lower.equals("one") && !approximated && !isCountedOne(text, start, end) && !PER_BASE.matcher(text)
                .region(end, text.length()).lookingAt() && !RATIO.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        if (ROUND_THE_CLOCK_FIRST.contains(lower) && ROUND_THE_CLOCK.matcher(text).region(start, text.length()).lookingAt()) {
            return true; // 24 hours a day, seven days a week: round the clock, like 24/7
        }
        if (text.startsWith("-dimensional", end)) {
            return true; // three-dimensional structures: a kind of space, not a count of anything
        }
        if (lower.equals("zero") && !nextWord(text, end).isEmpty() && !CountedNoun.isPlural(nextWord(text, end))) {
            return true; // zero tolerance, zero hour
        }
        if (lower.equals("one") && text.regionMatches(true, TextScan.previousWordStart(text, start), "some ", 0, 5)) {
            return true; // some one of us: someone
        }
        if (lower.equals("one") && ONE_AS_PRONOUN.matcher(text).region(end, text.length()).lookingAt()) {
            return true; // around one another, about one's own safety: a pronoun, even after an approximator's words
        }
        if (lower.equals("half") && end < text.length() && text.charAt(end) == '-' && !HALF_UNITS.matcher(text)
                .region(end + 1, text.length()).lookingAt()) {
            return true; // half-mast, half-brother: a word, not a quantity (a half-hour is one)
        }
        if (lower.equals("half") && !approximated && isHalfOfPlayOrPlace(text, start, end)) {
            return true;
        }
        if (lower.equals("a half") && isHalfOfNamedLength(text, start)) {
            return true; // the past year and a half: the half belongs to the length of time named before it
        }
        if (DIALLED.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT)) || isNumberedNoun(text, core, start, end)) {
            return true;
        }
        if (MarkedNumber.at(text, core, start, end)) {
            return true;
        }
        if (isDate(text, core, start, end) || isYear(text, core, start, end, approximated)
                || isYearRange(text, core, end, approximated)) {
            return true;
        }
        if (!approximated && (isInsideName(text, core, start) || isModelNumber(text, core, start, end)
                || isNextInNamedSeries(text, core, start, end) || isFirstInNumberedSeries(text, core, start, end)
                || isBeforeName(text, core, end))) {
            return true;
        }
        return isOrdinalFraction(text, lower, start, end) || isNumbered(text, start) || isClockReading(text, core, start, end)
                || isReferenceMark(text, start, end) || isListMarker(text, start, end) || InlineEnumerator.at(text, start, end)
                || isOrdinalCompound(text, core, end) || isNumberChain(text, end) || LONG_IDENTIFIER.matcher(core).matches()
                || StreetAddress.at(text, start).isPresent();
    }

    /**
     * {@code a week ago}, {@code within a month}, {@code after a year and a half}: one unit of time that is a length of
     * time, not {@code a day of mourning}.
     */
    private static boolean isDuration(String text, int start, int end) {
        String before = TextScan.previousWord(text, start).toLowerCase(Locale.ROOT);
        return DURATION_AFTER.contains(nextWord(text, end)) || IN_PRISON.matcher(text).region(end, text.length()).lookingAt()
                || text.startsWith(AND_A_HALF, end) || isEndOfTimeRange(text, start)
                || DURATION_BEFORE.contains(before)
                && !(end < text.length() && text.charAt(end) == ' ' && CountedNoun.wordAt(text, end + 1)
                        .filter(w -> !FigurePatterns.NOT_NOUN.contains(w) && Character.isLowerCase(w.charAt(0))).isPresent());
    }

    /** {@code one in five Americans}, {@code 1 in 10}: a bare count out of another is one figure. */
    private static int ratioEnd(String text, int end) {
        Matcher ratio = RATIO.matcher(text).region(end, text.length());
        return ratio.lookingAt() ? CountedNoun.end(text, ratio.group(1), ratio.end()) : end;
    }

    /** {@code 45 points to 24}: a tally with the counted noun after its first number is one figure. */
    private static int tallyEnd(String text, String noun, int end) {
        if (!text.startsWith(" to ", end) || !TALLY_NOUNS.contains(noun.strip())) {
            return end;
        }
        int p = end + " to ".length();
        int q = p;
        while (q < text.length() && Character.isDigit(text.charAt(q))) {
            q++;
        }
        return q > p && (q == text.length() || !Character.isLetterOrDigit(text.charAt(q)) && text.charAt(q) != ',') ? q : end;
    }

    /** {@code 6.4 mg per liter}, {@code US$473.60 per metric ton}: a measure with the unit it is taken per. */
    private static int unitRateEnd(String text, int end, boolean measured) {
        if (!text.startsWith(" per ", end) && !text.startsWith(" a ", end) && !text.startsWith(" an ", end) || !measured && !MEASURE_END.contains(CountedNoun.lastWordBefore(text, end).toLowerCase(Locale.ROOT))) {
            return end;
        }
        return AnchoredScan.at(PER_UNIT, text, end).map(java.util.regex.MatchResult::end).orElse(end);
    }

    /** {@code around 1970}, {@code roughly 1948 to 1951}, {@code up to 2015}: a year with an approximator counts nothing. */
    private static boolean isApproximateYear(String text, String approx, String core, int end) {
        if (!YEAR_APPROXIMATORS.contains(approx.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher years = APPROXIMATE_YEARS.matcher(core);
        return years.matches() && !years.group(1).endsWith("00") && CountedNoun.end(text, core, end) == end;
    }

    /** {@code four deaths per 100,000}: a rate is one figure, with what its base counts. */
    private static int rateEnd(String text, int end) {
        if (!text.startsWith(" per ", end)) {
            return end;
        }
        Matcher per = PER_BASE.matcher(text).region(end, text.length());
        if (!per.lookingAt()) {
            return end;
        }
        String base = per.group().substring(" per ".length());
        return CountedNoun.end(text, base, per.end());
    }

    /**
     * {@code in the first half}, {@code at half time}, {@code their attacking half}, {@code half staff}: a half of a
     * match, a term, a field or a mast, not a quantity.
     */
    private static boolean isHalfOfPlayOrPlace(String text, int start, int end) {
        String before = TextScan.previousWord(text, start).toLowerCase(Locale.ROOT);
        String after = nextWord(text, end).toLowerCase(Locale.ROOT);
        return before.equals("first") || before.equals("second") || before.equals("other") || after.equals("time")
                || after.equals("term") || after.equals("century")
                // their attacking half, a half back, flags at half staff: a part of a field, a position, a flag's height
                || HALF_OF_FIELD.contains(before) || HALF_WORDS_AFTER.contains(after);
    }

    /** {@code six months to a year}: {@code to} right before, and a unit of time before that. */
    private static boolean isEndOfTimeRange(String text, int start) {
        int to = TextScan.previousWordStart(text, start);
        return to >= 0 && TextScan.previousWord(text, start).equals("to") && isTimeUnit(TextScan.previousWord(text, to));
    }

    /** {@code year and a half}: {@code and} right before the half, and a unit of time before that. */
    private static boolean isHalfOfNamedLength(String text, int start) {
        int and = TextScan.previousWordStart(text, start);
        return and >= 0 && TextScan.previousWord(text, start).equalsIgnoreCase("and")
                && isTimeUnit(TextScan.previousWord(text, and));
    }

    private static final java.util.Set<String> TIME_UNIT_WORDS = java.util.Set.of("second", "seconds", "minute", "minutes",
            "hour", "hours", "day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years", "decade",
            "decades", "century", "centuries");

    private static final java.util.Set<String> HALF_OF_FIELD = java.util.Set.of("attacking", "defensive", "own", "opposition");
    private static final java.util.Set<String> HALF_WORDS_AFTER = java.util.Set.of("staff", "mast", "back", "backs");

    /** {@code failed by one vote}, {@code had one child}: {@code one} as a count, not as {@code a}. */
    private static boolean isCountedOne(String text, int start, int end) {
        String next = nextWord(text, end);
        if (ONE_UNIT.matcher(text).region(end, text.length()).lookingAt()) {
            return true; // one year in prison, a one-month ban: a length or measure
        }
        if (!next.equals("of") && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && ONE_CASUALTY.matcher(text).region(end, Math.min(text.length(), end + CASUALTY_REACH)).lookingAt()) {
            return true; // "One person died", "one child was among the dead": a toll's count
        }
        String previous = TextScan.previousWord(text, start).toLowerCase(Locale.ROOT);
        if (previous.equals("and") && !next.equals("of") && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && countBefore(text, TextScan.previousWordStart(text, start))) {
            return true; // two Democrats opposed, and one independent supported: the last count of a list
        }
        return COUNTING_ONE.contains(previous)
                && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !FigurePatterns.NOT_NOUN.contains(next);
    }

    /** A person and what a toll counts: {@code  person died}, {@code  child was, according to …, among the dead}. */
    private static final Pattern ONE_CASUALTY = Pattern.compile(" [\\p{Ll}-]+(?: [\\p{Ll}-]+)? (?:was |is |has |had |were )?"
            + "(?:[^.;]{0,40}\\bamong the (?:dead|injured|wounded|missing)|died|killed|injured|hurt|wounded|missing|drowned"
            + "|hospitali[sz]ed|rescued|survived)\\b");
    private static final int CASUALTY_REACH = 90;

    /** How far back a list's earlier count may stand from its last {@code and one}. */
    private static final int LIST_REACH = 60;
    private static final Pattern LIST_COUNT = Pattern.compile("\\b(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fourteen|fifteen|twenty|dozens|hundreds|thousands)\\b(?!.*[.;:!?])", Pattern.CASE_INSENSITIVE);

    /** A count in the same clause shortly before {@code to}: the earlier items of a list of counts. */
    private static boolean countBefore(String text, int to) {
        int from = Math.max(Sentences.startOf(text, to), to - LIST_REACH);
        return LIST_COUNT.matcher(text).region(from, to).find();
    }

    /** {@code a third president}: a fraction word before a noun other than {@code of} is an ordinal. */
    private static boolean isOrdinalFraction(String text, String lower, int start, int end) {
        String next = nextWord(text, end);
        boolean ordinalWord = ORDINAL_FRACTIONS.matcher(lower).matches()
                // less than a third did, nearly a quarter said: a share, which no series has
                && !SHARE_BOUNDS.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT));
        // a fifth person, a third, Jared Golden, voted: the next one of a series, not a share
        return ordinalWord && !next.equals("of") && (!next.isEmpty() && Character.isLowerCase(next.charAt(0))
                || text.startsWith(", ", end) && end + 2 < text.length() && Character.isUpperCase(text.charAt(end + 2)));
    }

    /** The last word of an approximator that is no preposition: {@code more than}, {@code nearly}, {@code at least}. */
    private static final java.util.Set<String> SHARE_BOUNDS = java.util.Set.of("than", "nearly", "almost", "roughly",
            "approximately", "least", "estimated");

    private static final Pattern ORDINAL_FRACTIONS = Pattern.compile("an? (?:third|quarter|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth)");
    private static final String AND_A_HALF = " and a half";

    /** {@code in film 42}: a bare number right after a noun it names, with no counted noun after it. */
    private static boolean isNumberedNoun(String text, String core, int start, int end) {
        if (!DOTTED_NUMBER.matcher(core).matches() && !(RANKING_NOUNS.contains(TextScan.previousWord(text, start)
                .toLowerCase(Locale.ROOT)) && LOWER_LETTERS.matcher(core).matches())) {
            return false;
        }
        String prev = TextScan.previousWord(text, start).toLowerCase(Locale.ROOT);
        return start > 0 && text.charAt(start - 1) == ' ' && (RANKING_NOUNS.contains(prev)
                || NUMBERED_NOUNS.contains(prev) && (CountedNoun.end(text, core, end) == end
                        || text.startsWith(" of ", end))); // day 3 of the trial
    }

    /** {@code 12}, {@code 5.3}: the number a noun names ({@code version 5.3}, {@code section 3.1}). */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code No. 11}: a number that names rather than counts. */
    private static boolean isNumbered(String text, int start) {
        int p = TextScan.skipSpacesBack(text, start);
        return p >= 3 && text.regionMatches(true, p - 3, "no.", 0, 3);
    }

    /** {@code 1. Unofficial results}: a number opening a line, with a full stop or bracket after it, numbers a list. */
    private static boolean isListMarker(String text, int start, int end) {
        int p = start;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        boolean lineStart = p == 0 || text.charAt(p - 1) == '\n';
        return lineStart && end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')
                && text.charAt(end + 1) == ' ';
    }

    /** {@code the twenty-sixth dynasty}: a number word joined to an ordinal is an ordinal. */
    private static boolean isOrdinalCompound(String text, String core, int end) {
        return end < text.length() && text.charAt(end) == '-'
                && ORDINAL_PART.matcher(text).region(end + 1, text.length()).lookingAt()
                // a 30-second spot: after digits, 'second' is the unit of time
                && !(allDigits(core) && text.regionMatches(true, end + 1, "second", 0, "second".length()));
    }

    private static final java.util.regex.Pattern HALF_UNITS = java.util.regex.Pattern.compile(
            "(?:second|minute|hour|day|week|month|year|century|mile|kilo|litre|liter|pound|dozen)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern ORDINAL_PART = java.util.regex.Pattern.compile(
            "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@code timestamp="1474387200"}, an account or tweet number: nine or more digits with no thousands separators name
     * a record; a quantity that large is written {@code 1,474,387,200} or {@code 1.5 billion}.
     */
    private static final Pattern LONG_IDENTIFIER = Pattern.compile("\\d{9,}");

    /** {@code 1-800-273-8255}: a number with a third group hyphened on is a phone number or a code, not a range. */
    private static boolean isNumberChain(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '–')
                && Character.isDigit(text.charAt(end + 1));
    }

    /** {@code a map[3] of}: a footnote or reference number in square brackets. */
    private static boolean isReferenceMark(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '[' && end < text.length() && text.charAt(end) == ']';
    }

    /**
     * {@code 1639 UTC}, {@code 0800 local time}, {@code at 1600 hours}: a time of day written in hours and minutes
     * ({@code 1,200 local residents} counts, as it is no reading of a clock).
     */
    private static boolean isClockReading(String text, String core, int start, int end) {
        String next = nextWord(text, end);
        if (next.equals("UTC") || next.equals("GMT")) {
            return true;
        }
        if (!HOURS_AND_MINUTES.matcher(core).matches()) {
            return false;
        }
        return text.startsWith(" local time", end)
                || (next.equals("hours") || next.equals("hrs")) && CLOCK_PREPOSITIONS.contains(TextScan.previousWord(text, start));
    }

    /** A whole number written with thousands separators: {@code 108,000}, {@code 2,00,000}. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3},\\d");
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d");
    private static final java.util.Set<String> CLOCK_PREPOSITIONS = java.util.Set.of("at", "by", "until", "till", "before",
            "after", "from", "since");

    private static boolean isDate(String text, String core, int start, int end) {
        boolean day = ONE_OR_TWO_DIGITS.matcher(core).matches();
        if (!day && !DAY_RANGE.matcher(core).matches()) {
            return false;
        }
        int p = TextScan.skipSpacesBack(text, start);
        // Oct. 31: the abbreviated month's full stop stands between it and the day
        String beforeAsWritten = p > 0 && text.charAt(p - 1) == '.' ? TextScan.previousWord(text, p - 1)
                : TextScan.previousWord(text, start);
        if (!day) {
            // a range of days only before or after a month's capitalised name: {@code 5 to 7 may be needed} counts
            return isMonthName(nextWord(text, end)) || isMonthName(beforeAsWritten);
        }
        String before = beforeAsWritten.toLowerCase(Locale.ROOT);
        String after = nextWord(text, end).toLowerCase(Locale.ROOT);
        return FigurePatterns.MONTHS.contains(before) || FigurePatterns.MONTHS.contains(after)
                || FigurePatterns.MONTHS.contains(before.replace(".", "")) || isSecondDay(text, before, start);
    }

    private static boolean isMonthName(String word) {
        return TextScan.startsUpper(word) && FigurePatterns.MONTHS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** {@code 12-13 October}, {@code from 5 to 7 June}, {@code between 28 and 30 May}: days of a month. */
    private static final Pattern DAY_RANGE = Pattern.compile("(?:between )?(?:[12]?\\d|3[01])(?: ?[-–] ?| to | and |-to-)"
            + "(?:[12]?\\d|3[01])", Pattern.CASE_INSENSITIVE);

    /** {@code December 5 and 6}, {@code March 4 or 5}: a second day after a month and its first day. */
    private static boolean isSecondDay(String text, String before, int start) {
        if (!DAY_JOINERS.contains(before)) {
            return false;
        }
        int joiner = TextScan.previousWordStart(text, start);
        String day = TextScan.previousWord(text, joiner);
        if (!ONE_OR_TWO_DIGITS.matcher(day).matches()) {
            return false;
        }
        String month = TextScan.previousWord(text, TextScan.previousWordStart(text, joiner));
        return FigurePatterns.MONTHS.contains(month.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static final java.util.Set<String> DAY_JOINERS = java.util.Set.of("and", "or", "to", "through");

    private static boolean isYear(String text, String core, int start, int end, boolean approximated) {
        if (approximated || !YEAR.matcher(core).matches() && !(OLD_YEAR.matcher(core).matches()
                && OLD_YEAR_BEFORE.contains(TextScan.previousWord(text, start).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (TextScan.previousWord(text, start).equalsIgnoreCase("the") || isSecondYear(text, start)) {
            return true; // the 2018 elections, his 2008 and 2010 runs
        }
        String after = nextWord(text, end);
        return !(CountedNoun.isPlural(after) && after.equals(after.toLowerCase(Locale.ROOT))
                && !FigurePatterns.NOT_NOUN.contains(after));
    }

    /** {@code his 2008 and 2010 runs}: a number after a year and {@code and} is a year too. */
    private static boolean isSecondYear(String text, int start) {
        return TextScan.previousWord(text, start).equals("and")
                && YEAR.matcher(TextScan.previousWord(text, TextScan.previousWordStart(text, start))).matches();
    }

    /** {@code from 1967 to 1995}, {@code 1980–1987}: a span of years is a date, unless it counts something. */
    private static boolean isYearRange(String text, String core, int end, boolean approximated) {
        if (approximated || core.length() < 6 || !YEAR_RANGE.matcher(core).matches()) {
            return false;
        }
        int nounEnd = CountedNoun.end(text, core, end);
        String noun = text.substring(end, nounEnd);
        return nounEnd == end || !CountedNoun.isPlural(noun.substring(noun.lastIndexOf(' ') + 1)); // the 2019–20 season
    }

    /** {@code the 707 was a freighter}: a bare number of three or more digits after {@code the}, counting nothing, names a model. */
    private static boolean isModelNumber(String text, String core, int start, int end) {
        return THREE_DIGITS.matcher(core).matches() && TextScan.previousWord(text, start).equalsIgnoreCase("the")
                && CountedNoun.end(text, core, end) == end;
    }

    private static boolean isInsideName(String text, String core, int start) {
        if (Character.isUpperCase(core.charAt(0)) && core.chars().noneMatch(Character::isDigit)
                && !TextScan.isSentenceStart(text, start) && !opensQuote(text, start)) {
            return true;
        }
        if (!Character.isDigit(core.charAt(0)) || hasUnit(core)) {
            return false; // Biden led Trump 47 percent to 40 percent: a share after a name is no part of it
        }
        if (THOUSANDS.matcher(core).lookingAt()) {
            return false; // Boasting 108,000 residents, a Poll of 1,033 adults: no name writes its number in thousands
        }
        if (AGE_COMPOUND.matcher(text).region(start + core.length(), text.length()).lookingAt()) {
            return false; // the American-born 29-year-old: an age, which no name ends in
        }
        int prevStart = TextScan.previousWordStart(text, start);
        if (prevStart < 0 || text.charAt(prevStart + TextScan.previousWord(text, start).length()) != ' ') {
            return false;
        }
        String prev = TextScan.previousWord(text, start);
        if (SCORING_VERBS.contains(TextScan.previousWord(text, prevStart).toLowerCase(Locale.ROOT))) {
            return false; // Maroochydore defeated Caboolture 43–5: a score after the team beaten
        }
        String next = nextWord(text, start + core.length());
        if (FigurePatterns.UNIT_WORDS.contains(next) || TIME_UNITS.contains(next) && allDigits(core)) {
            return false; // placed Humberto 785 miles west, in Texas 25 years ago: a measure after the name, not part of it
        }
        if (prev.endsWith("'s") || prev.endsWith("’s") || text.startsWith("’s ", start - 3)) {
            return false; // HDT's 38.8 million euro loan: a possessor owns the amount, it does not name it
        }
        if (prev.equals("of")) {
            String beforeOf = TextScan.previousWord(text, prevStart);
            int bs = TextScan.previousWordStart(text, prevStart);
            int end = start + core.length();
            if (beforeOf.equalsIgnoreCase("round") && CountedNoun.end(text, core, end) == end) {
                return true; // the round of 16: a stage of a tournament, named by how many are left in it
            }
            return TextScan.startsUpper(beforeOf) && !TextScan.isSentenceStart(text, bs);
        }
        if (isCamelCase(prev)) {
            return true; // iPhone 12, iOS 14: a product named in mixed case
        }
        // Section 230 protects…: a capitalised noun opening a sentence names the number as well; a function word does not
        // he said, "In 18 years…": a function word opening a quotation opens a sentence as well
        boolean opensSentence = TextScan.isSentenceStart(text, prevStart) || opensQuote(text, prevStart);
        // on the ballot in ALL 50 states: a function word in capitals for stress names nothing either
        boolean stressed = prev.length() > 1 && prev.chars().allMatch(Character::isUpperCase);
        return TextScan.startsUpper(prev) && (!opensSentence && !stressed || !isFunctionWord(prev))
                || prev.equalsIgnoreCase("no.");
    }

    /**
     * {@code CentOS 7 and 8}, {@code Articles 5 and 6}, {@code number 1 and 2}: a bare number joined by {@code and} to a
     * number that a name or a numbering noun owns is the next one of the same series, not a count.
     */
    private static boolean isNextInNamedSeries(String text, String core, int start, int end) {
        if (!DOTTED_NUMBER.matcher(core).matches() || !text.startsWith(" and ", start - " and ".length())
                || CountedNoun.end(text, core, end) != end && !text.startsWith(" of ", end)) {
            return false;
        }
        int firstEnd = start - " and ".length();
        int firstStart = firstEnd;
        while (firstStart > 0 && (Character.isDigit(text.charAt(firstStart - 1)) || text.charAt(firstStart - 1) == '.')) {
            firstStart--;
        }
        String first = text.substring(firstStart, firstEnd);
        if (first.isEmpty() || !DOTTED_NUMBER.matcher(first).matches() || firstStart == 0 || text.charAt(firstStart - 1) != ' ') {
            return false;
        }
        return isInsideName(text, first, firstStart) || isNumberedNoun(text, first, firstStart, firstEnd)
                || afterNumberingPlural(text, firstStart);
    }

    /** {@code articles 5 and 6}: the first number of a series after the plural of a numbering noun. */
    private static boolean isFirstInNumberedSeries(String text, String core, int start, int end) {
        return DOTTED_NUMBER.matcher(core).matches() && text.startsWith(" and ", end)
                && end + " and ".length() < text.length() && Character.isDigit(text.charAt(end + " and ".length()))
                && afterNumberingPlural(text, start);
    }

    private static boolean afterNumberingPlural(String text, int start) {
        String owner = TextScan.previousWord(text, start).toLowerCase(Locale.ROOT);
        return start > 0 && text.charAt(start - 1) == ' ' && owner.endsWith("s")
                && NUMBERED_NOUNS.contains(owner.substring(0, owner.length() - 1));
    }

    /**
     * {@code 51 Pegasi b}, {@code 17 U.S. Code § 1201}: a bare number that counts nothing, before a name of two parts,
     * is the start of the name ({@code 20 Taliban fighters} has its counted noun; a weekday or month is a date's).
     */
    private static boolean isBeforeName(String text, String core, int end) {
        if (!allDigits(core) || end >= text.length() || text.charAt(end) != ' ' || CountedNoun.end(text, core, end) != end) {
            return false;
        }
        String name = nextWord(text, end);
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || CountedNoun.isPlural(name)
                || FigurePatterns.MONTHS.contains(name.toLowerCase(Locale.ROOT).replace(".", ""))
                || WEEKDAYS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int after = end + 1 + name.length();
        while (after < text.length() && (Character.isLetter(text.charAt(after)) || text.charAt(after) == '.')) {
            after++; // U.S. Code: an abbreviation is one word
        }
        if (after + 1 >= text.length() || text.charAt(after) != ' ') {
            return false;
        }
        String second = nextWord(text, after);
        String secondLower = second.toLowerCase(Locale.ROOT);
        return !second.isEmpty() && (Character.isUpperCase(second.charAt(0)) && !FigurePatterns.NOT_NOUN.contains(secondLower)
                && !WEEKDAYS.contains(secondLower) && !FigurePatterns.MONTHS.contains(secondLower) || second.length() == 1 && Character.isLowerCase(second.charAt(0))
                && !second.equals("a"));
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /** {@code iPhone}, {@code macOS}: a lower-case first letter with capitals after it. */
    private static boolean isCamelCase(String word) {
        if (word.length() < 3 || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** What a count after a name measures: {@code in Texas 25 years ago}, {@code Cruz 16 points ahead}, {@code shot 16 times}. */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("seconds", "minutes", "hours", "days", "weeks",
            "months", "years", "decades", "points", "times");
    private static final Pattern AGE_COMPOUND = Pattern.compile("-(?:year|month|week|day)s?-olds?\\b");

    /** Verbs before a team or candidate that a score follows. */
    private static final java.util.Set<String> SCORING_VERBS = java.util.Set.of("defeated", "beat", "beats", "defeats",
            "led", "leads", "trailed", "trails", "edged", "edges", "thrashed", "routed");

    /** {@code said, "Two decades ago}: a word right after an opening quotation mark starts a quoted sentence. */
    private static boolean opensQuote(String text, int start) {
        return start > 0 && (text.charAt(start - 1) == '“' || text.charAt(start - 1) == '"'
                && (start == 1 || !Character.isLetterOrDigit(text.charAt(start - 2))));
    }

    private static boolean isFunctionWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FigurePatterns.NOT_NOUN.contains(lower) || SENTENCE_OPENERS.contains(lower) || lower.endsWith("ly");
    }

    private static String nextWord(String text, int end) {
        int p = end;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return CountedNoun.wordAt(text, p).orElse("");
    }

    private static boolean hasUnit(String core) {
        return core.contains("%") || CountedNoun.hasCurrencySign(core)
                || core.contains("°") || core.toLowerCase(Locale.ROOT).contains("cent");
    }

    private static String reason(String core, int coreEnd, int end, boolean approximated, String text) {
        String base = core.contains(":") ? "race time / duration"
                : hasUnit(core) ? "percentage or money amount"
                : core.contains(" and ") || core.contains(" to ") || core.contains("-") ? "range of numbers"
                : "number";
        String noun = end > coreEnd ? " with counted noun '" + text.substring(coreEnd, end).strip() + "'" : "";
        return base + noun + (approximated ? ", with approximator" : "");
    }
}
