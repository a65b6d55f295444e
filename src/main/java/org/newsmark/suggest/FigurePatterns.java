package org.newsmark.suggest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsmark.text.WordSet;

/** The vocabulary of figures: number shapes, approximators, units and the words that end a counted noun. */
final class FigurePatterns {

    private FigurePatterns() {
    }

    private static final String UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine";
    private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:" + UNITS_1_9 + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|zero|" + UNITS_1_9 + "|a dozen|dozen|a hundred|a thousand|a million|a billion)";
    /** {@code three-and-a-half}, {@code one and two thirds}: a whole number with a fraction. */
    private static final String MIXED_NUMBER = "(?:(?:\\d+|" + UNITS_1_9 + "|ten)(?:-and-a-half| and a half"
            + "| and (?:one|two|three|a)[- ](?:thirds?|quarters?)))";
    static final String FRACTION = "(?:" + MIXED_NUMBER + "|half an? (?:dozen|hundred|thousand|million|billion)"
            + "|(?:a|one|two|three)[- ](?:quarters?|thirds?) of an? (?:hundred|thousand|million|billion)"
            + "|(?:one|two|three|four|a)[- ](?:half|thirds?|quarters?|fifths?)"
            + "|half|a third|a quarter)";
    /** {@code 12,000}, {@code 5.7}, and the Indian grouping in lakhs and crores: {@code 2,00,000}, {@code 1,50,00,000}. */
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d+)(?:\\.\\d+)?";
    private static final String SCALE_WORD = "(?:(?: {1,3}|-)?(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"
            + "|[ ]?(?:bn|mn|tn)(?![\\w/]))";
    /** {@code $5m}, {@code £20k}: one-letter scales only after a currency sign ({@code 75 m} is a length). */
    private static final String MONEY_SCALE = "(?:" + SCALE_WORD + "|[ ]?[mk](?![\\w/]))";
    /** ISO codes of currencies written before an amount: {@code USD 26.95}. */
    static final String ISO_CURRENCY = "(?:USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|CNY|RMB|NZD|HKD|SGD|SEK|NOK|DKK|ZAR|BRL|MXN"
            + "|KRW|PLN|RUB|PKR|NGN|KES|EGP|THB|IDR|MYR|TWD|VND|UAH|ILS|NIS|AED|QAR|BDT|LKR|HUF|CZK|GHS|UGX|TZS)";
    /** Signs written before an amount, besides the dollar's: {@code ₱5,000}, {@code ₦2 billion}, {@code ₩1.2 trillion}. */
    private static final String SIGNS = "£€¥₹₿₱₦₩₺₴₽฿₫₪";
    private static final String CURRENCY = "(?:US\\$|A\\$|AU\\$|C\\$|CA\\$|CDN\\$|HK\\$|NZ\\$|NT\\$|S\\$|R\\$|\\$|[" + SIGNS
            + "]|Rs\\.? ?"
            // ISO codes before the amount: USD 26.95, EUR 5 million
            + "|" + ISO_CURRENCY + " ?)";
    private static final String PERCENT = "(?: ?%| per ?cent\\b| percent\\b| percentage[- ]points?\\b| ?°(?: ?(?:Celsius|Fahrenheit)\\b|[CF])?)";
    private static final String VAGUE = "(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions"
            + "|many (?:tens of )?(?:thousands|hundreds|millions|dozens)"
            + "|dozens|scores|hundreds|thousands|millions|billions|several (?:hundred|thousand|million|billion|dozen)"
            + "|(?:a |(?<=(?:another|next|last|past) ))few (?:hundred|thousand|million|billion|dozen)|a couple (?:of )?(?:hundred|thousand|million|billion|dozen))";
    /** A unit written against the number: {@code 40m}, {@code 10km}, {@code 5kg}, {@code 1.5C}. */
    static final String ATTACHED_UNIT = "(?:km/h|km2|km²|m2|m²|km|kg|cm|mm|mph|kph|ft|lbs?|mg|ml|m|C|F)(?![\\w/])";
    /** {@code one hundred and fifty}, {@code three thousand five hundred}: a number spelt out in several words. */
    private static final String SPELLED_COMPOUND = "(?:(?:" + WORD_NUMBER + ") (?:hundred|thousand)|a hundred|a thousand)"
            + "(?:(?: and)? (?:" + WORD_NUMBER + ")(?: hundred)?(?:(?: and)? (?:" + WORD_NUMBER + "))?)?";
    private static final String NUMBER = "(?:" + DIGITS + "|" + FRACTION + "|" + SPELLED_COMPOUND + "|" + WORD_NUMBER + ")";
    /** {@code −40 °C}, {@code -12°C}: the minus sign of a reading below zero (a hyphen only before degrees). */
    private static final String BELOW_ZERO = "(?:−(?=\\d)|-(?=\\d[\\d.,]* ?°))";
    private static final String AMOUNT = "(?:(?:" + CURRENCY + NUMBER + MONEY_SCALE + "?|" + BELOW_ZERO + "?" + NUMBER + SCALE_WORD + "?)"
            // 60,000INR, 45,000 INR: a currency code after the amount, in capitals only ('rub', 'nok' are words)
            + "(?:" + PERCENT + "|(?<=\\d)" + ATTACHED_UNIT + "|(?<=\\d) ?(?-i:" + ISO_CURRENCY + ")(?!\\w))?)";
    private static final String APPROX = "(?:~ ?|\\+/- ?|± ?|(?:around|roughly|about|approximately|nearly|almost|over|some"
            + "|no more than|no fewer than|no less than|not more than|not less than|more than"
            + "|less than|fewer than|at least|at most|up to|close to|as many as|as much as|as high as|as low as"
            + "|as few as|as little as|as long as|under|below|above|upwards of|in excess of|plus or minus|minus"
            // not 'a total of': a sum, neither an approximator nor a bound (guidelines), stays outside the figure
            + "|an estimated|an average of|a factor of|estimated|all but|exactly|precisely|(?:once|twice)(?= an? )) )";
    /**
     * {@code at least about two million views}, {@code up to around 30 people}: a bound on an approximate amount,
     * both part of the figure ({@code about} after {@code over} or alone may be a preposition, so only bounds lead).
     */
    private static final String BOUNDED_APPROX = "(?:(?:no more than|no fewer than|no less than|not more than"
            + "|not less than|more than|less than|fewer than|at least|at most|up to|as many as|as much as) "
            + "(?:around|roughly|about|approximately|nearly|almost|some|an estimated) )";
    /** {@code a year}, {@code an hour}: one unit of time; {@link FigureFinder} keeps it only where it is a duration. */
    private static final String ONE_TIME_UNIT = "(?:an? (?:second|minute|hour|day|week|fortnight|month|year|decade"
            + "|century)(?![\\w-]))";
    static final Pattern ONE_TIME_UNIT_CORE = Pattern.compile(ONE_TIME_UNIT, Pattern.CASE_INSENSITIVE);
    private static final String RANGE = "(?:between " + AMOUNT + " and " + AMOUNT + "|" + AMOUNT
            + "(?: ?[-–] ?| to | or |-to-)" + AMOUNT + "|" + AMOUNT + ")";
    /** Durations written as clock readings with seconds, e.g. a race time {@code 2:01:39}. */
    private static final String RACE_TIME = "(?:\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?)";

    /** A height in feet and inches written with marks: {@code 6'3"}, {@code 5’11”}. */
    private static final String FEET_AND_INCHES = "(?:[4-7]['’](?:1[01]|\\d)(?:[\"”]|['’]{2}))";

    /** A whole figure core: approximator, amount or range; the counted noun is added afterwards. */
    static final Pattern FIGURE = Pattern.compile("(?:(?<![\\w$" + SIGNS + ".,/~-])|(?<=(?<![\\w-])magnitude-))(?<approx>" + BOUNDED_APPROX + "|" + APPROX + ")?(?<core>"
            + FEET_AND_INCHES + "|" + RACE_TIME
            + "|" + VAGUE + "|" + ONE_TIME_UNIT + "|" + RANGE + ")(?![\\w]|/\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * Every word a {@link #FIGURE} match can begin with (lower case): approximators, number words,
     * fractions, vague amounts, {@code between} and the letters of currency prefixes. With digits and
     * currency signs they are the only places a figure can start; {@code FigurePrescanTest} checks it.
     */
    static final Set<String> FIRST_WORDS = Set.of("around", "roughly", "about", "approximately", "nearly", "almost",
            "over", "some", "more", "less", "fewer", "at", "up", "close", "as", "an", "a", "estimated", "between",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "zero", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "dozen", "half", "tens", "hundreds", "dozens",
            "scores", "thousands", "millions", "billions", "several", "few", "us", "c", "hk", "nz", "nt", "s", "r", "rs", "under", "below",
            "au", "ca", "cdn", "usd", "eur", "gbp", "cad", "aud", "inr", "jpy", "chf", "cny", "rmb", "nzd", "hkd", "sgd",
            "sek", "nok", "dkk", "zar", "brl", "mxn", "krw", "pln", "rub", "pkr", "ngn", "kes", "egp", "thb", "idr", "myr",
            "twd", "vnd", "uah", "ils", "nis", "aed", "qar", "bdt", "lkr", "huf", "czk", "ghs", "ugx", "tzs",
            "above", "upwards", "in", "once", "twice", "no", "not", "plus", "minus", "all", "exactly", "precisely", "many");
    /** {@link #FIRST_WORDS}, asked in place by {@link #mayStartAt} instead of cutting out words. */
    private static final WordSet FIRST_WORD_SET = WordSet.of(FIRST_WORDS);

    private static final String CURRENCY_SIGNS = "$" + SIGNS + "~±+−-";

    /** {@code $}, {@code £}, {@code ₹} …: a sign that opens a sum. */
    static boolean isCurrencySign(char c) {
        return c == '$' || SIGNS.indexOf(c) >= 0;
    }

    /** Every index where {@link #mayStartAt} holds, ascending: found in one plain loop, not one call per index. */
    static int[] starts(String text) {
        int[] out = new int[32];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (mayStartAt(text, i)) {
                out = count == out.length ? Arrays.copyOf(out, count * 2) : out;
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Whether a {@link #FIGURE} match may start at {@code i}: a cheap test that spares the regex most of the text. */
    static boolean mayStartAt(String text, int i) {
        char c = text.charAt(i);
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (!Character.isLetter(c)) { // no sign is a letter
            return Character.isDigit(c) || CURRENCY_SIGNS.indexOf(c) >= 0;
        }
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e)) && e - i <= FIRST_WORD_SET.longest()) {
            e++;
        }
        if (!FIRST_WORD_SET.contains(text, i, e)) {
            return false;
        }
        return !PHRASE_FIRST_WORDS.contains(text, i, e) || opensPhrase(text, i, e);
    }

    /**
     * How a match opened by a word that {@link #FIGURE} has only as the first word of a longer phrase must go on, in
     * lower case: {@code in} only opens {@code in excess of}, {@code not} only {@code not more than}, {@code a} only
     * {@code a dozen}, {@code a third}, {@code a year}. Most of the regex's attempts at such words ({@code in the},
     * {@code as well}, {@code told us}, {@code a man}) fail, each after trying every alternative of the pattern; these
     * openings turn them down first. Every match starts with one of them ({@code FigurePrescanTest}).
     */
    private static final List<String> PHRASE_OPENINGS = Stream.concat(Stream.of("no more than",
            "no fewer than", "no less than", "not more than", "not less than", "more than", "less than", "fewer than",
            "at least", "at most", "up to", "upwards of", "close to", "as many as", "as much as", "as high as", "as low as",
            "as few as", "as little as", "as long as", "in excess of", "plus or minus", "all but", "once a", "twice a", "us$", "a$",
            "s$", "nt$",
            "many tens of ", "many thousands", "many hundreds", "many millions", "many dozens",
            "several hundred", "several thousand", "several million", "several billion", "several dozen",
            "few hundred", "few thousand", "few million", "few billion", "few dozen"),
            // a dozen, a-half, an estimated, an hour: the article, a space or a hyphen, then how much
            Stream.of("a", "an").flatMap(article -> Stream.of(" ", "-").flatMap(gap -> Stream.of("dozen", "hundred",
                    "thousand", "million", "billion", "quarter", "third", "half", "fifth", "few", "couple", "second",
                    "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "factor",
                    "estimated", "average").map(amount -> article + gap + amount))))
            .toList();
    /** {@link #PHRASE_OPENINGS} by their first word. */
    private static final Map<String, List<String>> OPENINGS_BY_WORD = PHRASE_OPENINGS.stream()
            .collect(Collectors.groupingBy(p -> p.split("[ $-]")[0]));
    private static final WordSet PHRASE_FIRST_WORDS = WordSet.of(OPENINGS_BY_WORD.keySet());

    private static boolean opensPhrase(String text, int start, int end) {
        // a word the set folds to an opening's but the map does not (aſ, İn) is no ASCII word: the pattern, case-blind
        // in ASCII only, cannot match it
        for (String phrase : OPENINGS_BY_WORD.getOrDefault(text.substring(start, end).toLowerCase(Locale.ROOT), List.of())) {
            if (text.regionMatches(true, start, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 10:30}, {@code 7 pm}, {@code 3.30pm}; a reading with a full stop and no {@code am}/{@code pm}
     * only after a word that times it ({@code at 3.30}) and only where it can be a time, as {@code 1.15%},
     * {@code at 46.78 seconds} or {@code at 2.50 metres} are amounts.
     */
    static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?!\\d)(?: ?[ap]\\.?m\\.?)?"
            + "|\\d{1,2}\\.\\d{2}(?!\\d) ?[ap]\\.?m\\.?"
            // a reading of the clock (hours to 24, minutes to 59), not a measure: {@code stands at 46.78 seconds}
            + "|(?<=\\b(?:at|by|until|till|before|after|from|since) )(?:[01]?\\d|2[0-4])\\.[0-5]\\d(?![\\d%]| ?(?:per|percent"
            + "|million|billion|trillion|seconds|secs|s|minutes|hours|metres|meters|m|km|kilometres|kilometers|miles|kg"
            + "|tonnes|tons|degrees|points|percentage|times|euros|dollars|pounds|yen|rupees)\\b)"
            + "|\\d{1,2} ?[ap]\\.?m\\.?(?!\\w)|\\d{1,2} o['’]clock|\\d{1,2}(?= in the (?:morning|afternoon|evening)\\b)",
            Pattern.CASE_INSENSITIVE);

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Currency or measure words that belong to the amount before the counted noun. */
    static final Set<String> UNIT_WORDS = Set.of("dollars", "euros", "pounds", "yuan", "yen", "rupees", "rubles",
            "roubles", "pesos", "francs", "won", "km", "kilometres", "kilometers", "miles", "metres", "meters",
            "m", "kg", "tonnes", "tons", "mph", "km/h", "hectares", "acres", "feet", "ft", "cm", "mm", "litres",
            "liters", "barrels", "degrees", "kph", "m/s", "lbs", "lb", "mg", "gallons", "mi", "inches",
            "megawatts", "kilowatts", "gigawatts", "euro", "forint", "kronor", "kroner", "lira", "rand", "baht", "naira",
            "ringgit", "rupiah", "shekels", "riyals", "dirhams", "zlotys", "grams", "kilograms", "ounces", "pints",
            "centimetres", "centimeters", "millimetres", "millimeters", "yards", "parsec", "parsecs",
            // written in capitals or mixed case, so never read as a lower-case counted noun: {@code 200 MW}, {@code 4 GB}
            "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh", "GB", "MB", "TB", "mL", "ppm", "ppb",
            // currencies whose plural has no -s: {@code 120 pence}, {@code 100,000 lari}
            "pence", "paise", "dong", "taka", "kyat", "hryvnia", "tenge", "lari", "lei", "leva", "manat", "reais", "bitcoin",
            "birr", "kwacha", "kwanza", "cedi", "cedis", "dinar", "dinars", "dirham", "riyal", "rial", "rials", "shilling",
            "shillings", "lek", "lempira", "lempiras", "quetzal", "quetzales", "zloty", "koruna", "kuna", "denar", "denars",
            "afghani", "afghanis", "ngultrum", "rufiyaa", "pula", "dalasi", "leone", "leones", "ariary", "tugrik", "somoni");

    /** Words that cannot be (part of) a counted noun: function words, verbs, adverbs, time words. */
    static final Set<String> NOT_NOUN = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "by", "for", "from", "with", "as", "than", "that", "this", "these", "those", "which", "who", "whom",
            "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could",
            "should", "may", "might", "must", "can", "did", "do", "does", "not", "no", "said", "says", "say",
            "already", "also", "still", "more", "less", "most", "each", "per", "after", "before", "since", "ago",
            "later", "earlier", "into", "over", "under", "about", "around", "during", "while", "when", "where",
            "it", "its", "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "i", "so", "if",
            "then", "there", "here", "up", "down", "out", "off", "all", "other", "others", "such", "only", "even",
            "just", "yet", "ever", "now", "again", "away", "back", "too", "very", "both", "either", "neither",
            "died", "dead", "killed", "injured", "wounded", "left", "remain", "remained", "remaining", "times",
            "between", "against", "among", "through", "across", "along", "following", "including", "until", "till",
            "within", "without", "people's", "percent", "cent", "last", "next", "today", "tonight", "yesterday", "tomorrow",
            // adjectives after the counted noun: {@code one protein present}, {@code 40 people aboard}
            "present", "aboard", "alive", "missing", "involved", "available", "affected", "absent",
            // adverbs of extent after a number: {@code one million worldwide}
            "worldwide", "nationwide", "globally", "overall", "apiece", "altogether", "halfway",
            // {@code 1.5 tonnes of cocaine worth $50 million}: a value after the noun
            "worth",
            // prepositions in other shapes: {@code a magnitude of 6.2 according to the survey}
            "according", "despite", "because", "amid", "via", "upon", "unlike", "whereas", "whilst");
}
