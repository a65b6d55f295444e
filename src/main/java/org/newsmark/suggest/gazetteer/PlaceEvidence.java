package org.newsmark.suggest.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.suggest.pace.GiveWay;
import org.newsmark.text.TextScan;
import org.newsmark.text.WordSet;

/**
 * Decides which gazetteer hits in a text are places. A name the world knows well (a country, a
 * division, a large city, a curated name) is a place wherever it is written as a name; a small town,
 * a county or a name that is also a common word ({@code Nice}, {@code Reading}, {@code Mobile}) needs
 * the text to say so: a preposition of place before it ({@code in}, {@code near}, {@code from}), a
 * {@code -based} or a head noun after it ({@code area}, {@code province}, {@code oil field}), a known
 * region after a comma ({@code Beni, North Kivu}), or a place beside it in a list
 * ({@code Beni, Butembo and Mangina}). A city named as a sports team ({@code Madrid beat Liverpool 2-1},
 * {@code Liverpool's striker}) is not a place. Capitals ({@code LONDON}) count only where the line is
 * set in capitals or the name opens a dateline.
 */
public final class PlaceEvidence {

    /** Settlements at least this large are places without further evidence (measured, see README). */
    static final int STRONG_POPULATION = 100_000;
    /** A town whose name is also a common word ({@code Nice}, {@code Reading}) must be at least this large. */
    static final int COMMON_MIN_POPULATION = 20_000;
    /** Other names of settlements at least this large are places without further evidence. */
    static final int STRONG_ALTERNATE_POPULATION = 1_000_000;
    /** Settlements smaller than this are villages: the gazetteer holds them only under names nothing else has. */
    static final int VILLAGE_BELOW = 5_000;
    /** {@code Powassan virus}, {@code Lassa fever}: a place's name inside a disease's name is no place. */
    private static final Pattern DISEASE_AFTER = Pattern.compile("\\G (?:virus|fever|disease|flu|encephalitis)\\b");
    /** Names of countries in other languages this short and in Latin letters need the text's evidence. */
    private static final int SHORT_FOREIGN = 4;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "from", "at", "outside", "around",
            "across", "towards", "toward", "into", "via", "between", "throughout", "within", "inside", "to",
            // "shot down over Konotop", "passed through Okhtyrka", "sank off Izmail"
            "over", "through", "along", "off", "beyond");
    /** Nouns before {@code of} that make the known name after it a place: {@code residents of Mbarara}, {@code mayor of Bath}. */
    private static final Set<String> OF_PLACE_NOUNS = Set.of("residents", "resident", "people", "citizens", "inhabitants",
            "mayor", "governor", "outskirts", "suburbs", "centre", "center", "streets", "heart", "north", "south", "east",
            "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
            "south-west", "parts", "part", "capital", "town", "city", "village", "villages", "towns", "cities", "province",
            "region", "district", "county", "state", "area", "areas", "port", "coast", "shores", "banks", "edge", "island",
            "islands", "municipality", "neighbourhood", "neighborhood", "outskirt", "environs", "downtown", "hospitals",
            "schools", "police", "mayors", "governors");
    /** Verbs of going and of war whose object, when the gazetteer knows it, is a place: {@code fled Kasese}. */
    private static final Set<String> PLACE_VERBS = Set.of("fled", "flee", "fleeing", "reached", "reach", "reaching",
            "entered", "entering", "visited", "visiting", "visit", "evacuated", "shelled", "captured", "recaptured",
            "besieged", "bombarded", "toured", "liberated", "encircled",
            // strikes and storms: "Russian shelling hit Avdiivka overnight", "the cyclone battered Chittagong"
            "hit", "struck", "attacked", "bombed", "targeted", "stormed", "seized", "occupied", "raided", "overran",
            "retook", "surrounded", "pounded", "battered", "lashed", "devastated", "flattened", "ravaged", "shelling",
            "bombing", "striking", "hitting", "attacking", "pounding", "battering");
    /** Head nouns that make the name before them a place and belong to its span. */
    private static final Pattern HEAD_AFTER = Pattern.compile("\\G (area|vicinity|oil ?field|gas ?field|district"
            + "|province|region|county|governorate|prefecture|municipality|territory|neighbou?rhood|suburb|township)\\b");
    private static final Pattern BASED_AFTER = Pattern.compile("\\G[- ]based\\b");
    private static final Pattern TEAM_AFTER = Pattern.compile("\\G(?:\\s+(?:beat|beats|beating|defeated|edged|thrashed"
            + "|routed|crushed|hammered|trounced|downed|outplayed|drew|draw|draws|(?:won|lost|lead|led) \\d)\\b"
            + "|\\s?['’]s (?:striker|coach|manager|goalkeeper|midfielder|defender|captain|forward|winger|keeper|squad"
            + "|players?|fans|supporters|skipper|full-back|centre-back|center-back|playmaker|goal|equali[sz]er"
            + "|winner|lead|victory|defeat|win|side|team|line-up|lineup|bench|innings|bowlers?|batsmen|batsman)\\b"
            + "|\\s+\\d{1,2}(?![\\d,.:/-])|\\s+\\d{1,2}-\\d{1,2}\\b"
            + "| (?:striker|midfielder|goalkeeper|defender|winger|playmaker|skipper)s?\\b)");
    private static final Pattern TEAM_BEFORE = Pattern.compile("(?:\\b(?:beat|beats|beating|defeated|v|vs\\.?|versus"
            + "|drew with|draw with|lost to|at home to|away to|beaten by|win over|victory over|defeat to|defeat by"
            + "|win against|draw against|loss to|home to)) $");
    /** {@code Madrid 2 Liverpool 1}: a score before a club, counted only in sports news ({@code the last 10 Iowa polls}). */
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?:^|\\s)\\d{1,2} $");
    /** After the town of a dateline: its region or country, then the date, the agency or a dash. */
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\G(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*)?"
            + "(?: \\(\\p{Lu}\\p{L}+\\) [-–—]|\\s+[-–—] |\\s+\\d{4}-\\d\\d-\\d\\d"
            + "|,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.? \\d)");
    /** A line that is only the town, or the town and its region: {@code MILWAUKEE, Wisconsin}. */
    private static final Pattern DATELINE_LINE = Pattern.compile("\\G(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*)?\\s*$",
            Pattern.MULTILINE);
    /** {@code Jackson said}, {@code Imus died}, {@code Duran, 45,}: a person, not a place. */
    private static final Pattern SPOKE_AFTER = Pattern.compile("\\G(?: (?:said|says|told|added|wrote|argued|insisted"
            + "|died|dies|tweeted|testified|pleaded|resigned)\\b"
            + "|, \\d{1,3},)");
    private static final Pattern COUPLE_AFTER = Pattern.compile("\\G and (\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)\\b");
    private static final Pattern LIST_GAP = Pattern.compile(",(?: and| or)? | and | or | & ");
    /** The longest gap {@link #LIST_GAP} matches: {@code ", and "}, {@code ", or "}. */
    private static final int LIST_GAP_MAX = 6;
    private static final int TEAM_REACH = 16;
    private static final Pattern DATELINE_TOWN = Pattern.compile("(\\p{Lu}[\\p{Lu}'.-]+(?: \\p{Lu}[\\p{Lu}'.-]+){0,3})"
            + "(?=, \\p{Lu}[\\p{L} .]* (?:\\d{4}-\\d\\d-\\d\\d|\\(\\p{Lu}\\p{L}+\\) [-–—]))");
    private static final Pattern VENUE_LINE = Pattern.compile("\\G(?: \\((?:The )?\\p{Lu}[\\p{L}'’. -]*\\))?: \\p{Lu}");
    private static final Pattern VENUE_BEFORE = Pattern.compile("\\bat (?:[Tt]he )?\\p{Lu}[\\p{L}'’.-]*"
            + "(?: \\p{Lu}[\\p{L}'’.-]*){0,3}, $");
    private static final int VENUE_REACH = 48;
    private static final Set<String> SPORTS_ANCHORS = Set.of("in", "at", "near", "outside", "inside");

    /** Capitalised heads that make a name a division wherever it is written: {@code Santa Barbara County}. */
    private static final List<String> DIVISION_HEADS = List.of(" County", " Province", " Prefecture", " Governorate",
            " Oblast", " District");

    /** A place found in the text: its span (a head noun included) and why. */
    public record Found(int start, int end, PlaceName place, String reason) {
    }

    private PlaceEvidence() {
    }

    /**
     * The hits that are places, given the spans other sources already know to be places (for lists and
     * {@code Town, Region}); {@code sports} tells whether the text is sports news ({@link #sportsNews}).
     */
    public static List<Found> select(String text, boolean sports, List<WorldGazetteer.Hit> hits, List<int[]> knownPlaces) {
        int n = hits.size();
        int[] kinWordStarts = kinWordStarts(text);
        // whether a name is someone's surname is looked up once per name: a long text holds many mentions of few names
        Map<String, Boolean> surnames = new HashMap<>();
        Neighbours near = Neighbours.of(hits, knownPlaces);
        Found[] found = new Found[n];
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            GiveWay.checkpoint();
            WorldGazetteer.Hit h = hits.get(i);
            if ((h.shouted() && !shoutedLine(text, h)) || isTeam(text, h, sports) || spokeAsPerson(text, h)
                    || coupleNamed(text, h, hits) || namedKin(text, h, kinWordStarts) || villageNamingSomeone(text, h, surnames)) {
                out[i] = true;
                continue;
            }
            found[i] = sports && citylike(h.place().kind()) ? anchored(text, h) : direct(text, h, near);
        }
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                GiveWay.checkpoint();
                if (found[i] == null && !out[i] && !(sports && citylike(hits.get(i).place().kind()))
                        && listedBeside(text, near, found, i)) {
                    WorldGazetteer.Hit h = hits.get(i);
                    found[i] = new Found(h.start(), h.end(), h.place(), "listed with a place");
                }
            }
        }
        sameNameElsewhere(text, sports, hits, found, out, knownPlaces, surnames);
        List<Found> result = new ArrayList<>();
        for (Found f : found) {
            if (f != null) {
                result.add(f);
            }
        }
        return result;
    }

    /**
     * One sense per text: a name the text establishes as a place at one mention ({@code near Kasese}) is the
     * place at its other mentions too ({@code Kasese has been calm}, {@code "We fled Kasese"}), unless that mention
     * was ruled out (a team, a person who spoke, a relative). A common word needs its mention not to open a
     * sentence ({@code Reading the report}); in sports news a town needs its own anchor, as it is often the club.
     */
    private static void sameNameElsewhere(String text, boolean sports, List<WorldGazetteer.Hit> hits, Found[] found,
                                          boolean[] out, List<int[]> known, Map<String, Boolean> surnames) {
        Set<String> places = new java.util.HashSet<>();
        for (Found f : found) {
            if (f != null) {
                places.add(text.substring(f.start(), Math.min(f.end(), f.start() + f.place().name().length())));
            }
        }
        for (int[] r : known) {
            places.add(text.substring(r[0], r[1]));
        }
        // Bruce McArthur: a name that follows a capitalised word inside a sentence is a surname somewhere
        places.removeIf(name -> surnames.computeIfAbsent(name, n -> usedAsSurname(text, n)));
        for (int i = 0; i < hits.size(); i++) {
            WorldGazetteer.Hit h = hits.get(i);
            if (found[i] != null || out[i] || !places.contains(text.substring(h.start(), h.end())) || village(h.place())
                    || sports && citylike(h.place().kind())
                    || previousWord(text, h.start()).equalsIgnoreCase("the")
                    || h.place().common() && TextScan.isSentenceStart(text, h.start())) {
                continue;
            }
            found[i] = new Found(h.start(), h.end(), h.place(), "named as a place elsewhere in the text");
        }
    }

    /**
     * {@code Kyle Rittenhouse … lawyers came to Rittenhouse's defense}: a village's name that the text writes after
     * a given name is that person's surname at every mention, not the village.
     */
    private static boolean villageNamingSomeone(String text, WorldGazetteer.Hit h, Map<String, Boolean> surnames) {
        return village(h.place()) && surnames.computeIfAbsent(text.substring(h.start(), h.end()),
                name -> usedAsSurname(text, name));
    }

    /** Whether a mention of {@code name} in {@code text} follows a capitalised word that is no part of a place's name. */
    private static boolean usedAsSurname(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            if (TextScan.isWholeWord(text, at, at + name.length()) && afterNameWord(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word right before {@code pos} that neither opens the sentence nor is part of a place's name. */
    private static boolean afterNameWord(String text, int pos) {
        if (pos < 2 || text.charAt(pos - 1) != ' ') {
            return false;
        }
        String prev = previousWord(text, pos);
        int prevStart = pos - 1 - prev.length();
        if (prev.isEmpty() || !Character.isUpperCase(prev.charAt(0)) || NAME_PARTS_OF_PLACES.contains(prev)) {
            return false;
        }
        // a sentence's first word is capitalised anyway: a name only if the text never writes it in lower case (In, Both)
        return !TextScan.isSentenceStart(text, prevStart) || !text.contains(" " + prev.toLowerCase(Locale.ROOT) + " ");
    }

    /** {@code a U.S. territory}: a territory a country owns, not a territory of that name; the head stays outside. */
    private static boolean ownedTerritory(PlaceName p, String head) {
        return head.equals("territory") && (p.kind() == PlaceName.Kind.COUNTRY || p.kind() == PlaceName.Kind.FOREIGN_COUNTRY
                || p.kind() == PlaceName.Kind.CURATED);
    }

    /** {@code the Western Cape}, {@code the Northern Territory}: a division named by its compass point takes {@code the}. */
    private static boolean compassDivision(PlaceName p) {
        int space = p.name().indexOf(' ');
        return p.kind() == PlaceName.Kind.DIVISION && space > 0 && COMPASS_WORDS.contains(p.name().substring(0, space));
    }

    /** The compass words that open regions' names: {@code Eastern Mediterranean}, {@code North Kivu}. */
    public static final Set<String> COMPASS_WORDS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central");

    /** Capitalised words that begin places' names: {@code North Kivu}, {@code New Delhi}, {@code Port Moresby}. */
    private static final Set<String> NAME_PARTS_OF_PLACES = Set.of("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "New", "Old", "Upper", "Lower", "Greater", "Port", "Fort", "Mount",
            "San", "Santa", "Saint", "St", "Los", "Las", "La", "Le", "El", "Al", "Lake", "Cape", "Isle", "County");

    private static Found direct(String text, WorldGazetteer.Hit h, Neighbours near) {
        Matcher head = HEAD_AFTER.matcher(text);
        if (startsAt(head, h.end()) && !ownedTerritory(h.place(), head.group(1))) {
            return new Found(h.start(), head.end(), h.place(), "name before '" + head.group(1) + "'");
        }
        String prev = previousWord(text, h.start()).toLowerCase(Locale.ROOT);
        if (prev.equals("the") && citylike(h.place().kind()) && !(strong(h) && nounAfter(text, h.end()))
                && !compassDivision(h.place()) && !regionWithArticle(text, h)) {
            return null;
        }
        if (strong(h)) {
            return new Found(h.start(), h.end(), h.place(), "gazetteer name (" + describe(h.place()) + ")");
        }
        if (DIVISION_HEADS.stream().anyMatch(d -> h.place().name().endsWith(d))) {
            return new Found(h.start(), h.end(), h.place(), "named as a division");
        }
        if (h.place().common() && (!citylike(h.place().kind()) || h.place().population() < COMMON_MIN_POPULATION)
                || startsAt(DISEASE_AFTER.matcher(text), h.end())) {
            return null;
        }
        if (!h.place().common() && nounAfter(text, h.end()) && (h.start() == 0 || text.charAt(h.start() - 1) != '-')) {
            return new Found(h.start(), h.end(), h.place(), "known place before a noun it describes"); // Konotop mayor
        }
        if (PLACE_PREPOSITIONS.contains(prev) && (!h.place().common() || !prev.equals("to"))) {
            return new Found(h.start(), h.end(), h.place(), "'" + prev + "' before a known place name");
        }
        if (prev.equals("of") && OF_PLACE_NOUNS.contains(previousWord(text, h.start() - 3).toLowerCase(Locale.ROOT))) {
            return new Found(h.start(), h.end(), h.place(), "'" + previousWord(text, h.start() - 3) + " of' before a known place name");
        }
        if (!h.place().common() && PLACE_VERBS.contains(prev)) {
            return new Found(h.start(), h.end(), h.place(), "'" + prev + "' before a known place name");
        }
        Matcher based = BASED_AFTER.matcher(text);
        if (startsAt(based, h.end())) {
            return new Found(h.start(), h.end(), h.place(), "based in a known place");
        }
        if (text.startsWith(", ", h.end()) && regionAt(h.end() + 2, near)) {
            return new Found(h.start(), h.end(), h.place(), "known place before its region");
        }
        if (citylike(h.place().kind()) && !h.place().common() && regionInOrOnAt(text, h.end(), near)) {
            return new Found(h.start(), h.end(), h.place(), "known place in its region");
        }
        return null;
    }

    /** {@code Asheville in western North Carolina}, {@code Lahaina on Maui}: a region the town lies in follows. */
    private static boolean regionInOrOnAt(String text, int end, Neighbours near) {
        if (!text.startsWith(" in ", end) && !text.startsWith(" on ", end)) {
            return false;
        }
        int pos = end + 4;
        String next = nextLowerWord(text, pos);
        if (LOWER_COMPASS.contains(next)) {
            pos += next.length() + 1; // in western North Carolina
        }
        return regionAt(pos, near);
    }

    private static String nextLowerWord(String text, int pos) {
        int e = pos;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        return e < text.length() && text.charAt(e) == ' ' ? text.substring(pos, e) : "";
    }

    private static final Set<String> LOWER_COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");

    /**
     * In sports news a town is a club unless the text anchors it as a place: {@code in}, {@code at},
     * {@code near} before it, a head noun after it, or a dateline.
     */
    private static Found anchored(String text, WorldGazetteer.Hit h) {
        String prev = previousWord(text, h.start()).toLowerCase(Locale.ROOT);
        Matcher head = HEAD_AFTER.matcher(text);
        if (startsAt(head, h.end()) && !ownedTerritory(h.place(), head.group(1))) {
            return new Found(h.start(), head.end(), h.place(), "name before '" + head.group(1) + "'");
        }
        if (SPORTS_ANCHORS.contains(prev) || dateline(text, h.start(), h.end()) || afterDatelineTown(text, h.start())
                || bracketed(text, h.start(), h.end()) || venueLine(text, h.start(), h.end()) || afterVenue(text, h.start(), h.end())) {
            return new Found(h.start(), h.end(), h.place(), "place named where sports news is set");
        }
        return null;
    }

    /** Whether the name of an own-gazetteer place at {@code [start, end)} is anchored as a place in sports news. */
    public static boolean anchoredInSports(String text, int start, int end) {
        String prev = previousWord(text, start).toLowerCase(Locale.ROOT);
        Matcher head = HEAD_AFTER.matcher(text);
        return SPORTS_ANCHORS.contains(prev) || dateline(text, start, end) || afterDatelineTown(text, start)
                || bracketed(text, start, end) || (startsAt(head, end)) || venueLine(text, start, end)
                || afterVenue(text, start, end);
    }

    /** Whether {@code text} is sports news (see {@link SportsText}). */
    public static boolean sportsNews(String text) {
        return SportsText.isSports(text);
    }

    /**
     * Towns no gazetteer knows that open a dateline in capitals: {@code LONGYEAR, Norway 1996-08-30},
     * {@code TAVILDARA, Tajikistan (Reuters) -}.
     */
    public static List<int[]> datelineTowns(String text) {
        List<int[]> out = new ArrayList<>();
        LineOpenings.forEach(DATELINE_TOWN, text, m -> out.add(new int[] {m.start(1), m.end(1)}));
        return out;
    }

    /** {@code LONDON 1996-08-30}, {@code NICE, France (Reuters) -}: the name opens a dateline. */
    public static boolean dateline(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        if (start != ls) {
            return false;
        }
        Matcher d = DATELINE_AFTER.matcher(text);
        if (startsAt(d, end)) {
            return true;
        }
        Matcher line = DATELINE_LINE.matcher(text);
        return allCaps(text, start, end) && startsAt(line, end);
    }

    /** {@code MILWAUKEE, Wisconsin}: the region after the town of a dateline. */
    private static boolean afterDatelineTown(String text, int start) {
        if (start < 2 || !text.startsWith(", ", start - 2)) {
            return false;
        }
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        return ls < start - 2 && allCaps(text, ls, start - 2);
    }

    private static boolean allCaps(String text, int start, int end) {
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    /** {@code Hove: Sussex 363}, {@code London (The Oval): Surrey 429-7}: the town where a result was played. */
    private static boolean venueLine(String text, int start, int end) {
        if (start != text.lastIndexOf('\n', start - 1) + 1) {
            return false;
        }
        Matcher m = VENUE_LINE.matcher(text);
        return startsAt(m, end);
    }

    /** {@code (at Old Trafford, Manchester)}: the town after a ground, closing the phrase. */
    private static boolean afterVenue(String text, int start, int end) {
        int from = Math.max(0, start - VENUE_REACH);
        return start >= 2 && text.startsWith(", ", start - 2) && (end == text.length() || ").;\n".indexOf(text.charAt(end)) >= 0)
                && VENUE_BEFORE.matcher(text.substring(from, start)).find();
    }

    /** {@code Stephen Ames (Trinidad)}, {@code At The Oval (London)}: a name alone in brackets. */
    private static boolean bracketed(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
    }

    /**
     * {@code across the Peloponnese on Monday}: a region named with its article, when no capitalised word or noun
     * follows that would make the name part of another's ({@code the Ohio State University}, {@code the Texas team}).
     */
    private static boolean regionWithArticle(String text, WorldGazetteer.Hit h) {
        if (h.place().kind() != PlaceName.Kind.DIVISION || !strong(h) || h.shouted()) {
            return false;
        }
        int end = h.end();
        return end >= text.length() || ".,;:!?)".indexOf(text.charAt(end)) >= 0
                || text.startsWith(" on ", end) || text.startsWith(" in ", end) || text.startsWith(" and ", end)
                || text.startsWith(" to ", end) || text.startsWith(" from ", end);
    }

    /**
     * {@code the Montreal team}, {@code the Paris office}, {@code the Kursk nuclear power plant}: a noun after the name
     * that the place describes, or a site's kind and the site.
     */
    private static boolean nounAfter(String text, int end) {
        int p = end;
        for (int words = 0; words < 3; words++) {
            if (p + 1 >= text.length() || text.charAt(p) != ' ' || !Character.isLowerCase(text.charAt(p + 1))) {
                return false;
            }
            int q = p + 1;
            while (q < text.length() && Character.isLetter(text.charAt(q))) {
                q++;
            }
            String word = text.substring(p + 1, q);
            if (words == 0 ? PLACED_NOUNS.contains(word) : SITES.contains(word)) {
                return true;
            }
            if (!SITE_KINDS.contains(word)) {
                return false; // "the Kursk nuclear power plant": only a site's kind leads on to the site
            }
            p = q;
        }
        return false;
    }

    /** What kind of site a word before it says: {@code nuclear}, {@code refugee}, {@code power}. */
    private static final Set<String> SITE_KINDS = Set.of("nuclear", "power", "oil", "gas", "refugee", "air", "military",
            "naval", "train", "railway", "bus", "coal", "steel", "chemical", "border", "international", "thermal");
    private static final Set<String> SITES = Set.of("plant", "station", "camp", "base", "refinery", "field", "port",
            "airport", "crossing", "mine", "terminal", "facility", "depot");

    /**
     * Nouns (and adjectives of bodies) a town's or a division's name describes where it stands after {@code the}:
     * {@code the Montreal team}, {@code the Maidan Wardak provincial council}.
     */
    private static final Set<String> PLACED_NOUNS = Set.of("team", "teams", "office", "offices", "bureau", "branch",
            "campus", "attack", "attacks", "bombing", "bombings", "government", "authorities", "police", "mayor",
            "council", "area", "suburbs", "plant", "factory", "headquarters", "embassy", "consulate", "summit",
            "talks", "agreement", "accord", "protests", "riots", "region", "metro", "court", "prosecutor", "prosecutors",
            "provincial", "regional", "municipal", "state",
            // events the place is where they happened: the Orlando shooting, the Valencia floods, the Iowa caucuses
            "shooting", "shootings", "massacre", "crash", "earthquake", "explosion", "blast", "fire", "fires", "wildfire",
            "wildfires", "flood", "floods", "flooding", "raid", "siege", "offensive", "incursion", "war", "ceasefire",
            "primary", "caucus", "caucuses", "election", "elections");

    private static boolean strong(WorldGazetteer.Hit h) {
        PlaceName p = h.place();
        return switch (p.kind()) {
            case COUNTRY -> true;
            case CURATED, DIVISION -> !p.common() && !(h.shouted() && p.name().length() <= 3
                    && p.kind() != PlaceName.Kind.CURATED);
            // a short name in Latin letters from another language is often an English given name (Alan)
            case FOREIGN_COUNTRY -> !p.common() && !(h.shouted() && p.name().length() <= 3) && !(latin(p.name()) && p.name().length() <= SHORT_FOREIGN);
            case SETTLEMENT -> !p.common() && p.population() >= STRONG_POPULATION && p.name().length() > 3;
            case ALTERNATE -> !p.common() && p.population() >= STRONG_ALTERNATE_POPULATION && p.name().length() > 3;
            case SUBDIVISION -> false;
        };
    }

    private static boolean latin(String name) {
        return name.chars().allMatch(c -> c < 0x250 || !Character.isLetter(c));
    }

    private static String describe(PlaceName p) {
        return switch (p.kind()) {
            case CURATED -> "curated";
            case COUNTRY, FOREIGN_COUNTRY -> "country";
            case DIVISION -> "region";
            case SUBDIVISION -> "district";
            case SETTLEMENT, ALTERNATE -> "town of " + p.population() + " people";
        };
    }

    /** A region of a strong kind, or a place already known, starts at {@code pos}. */
    private static boolean regionAt(int pos, Neighbours near) {
        int first = near.hits().firstStartingAt(pos);
        if (first >= 0) {
            PlaceName.Kind k = near.hitList().get(first).place().kind();
            return k == PlaceName.Kind.COUNTRY || k == PlaceName.Kind.DIVISION || k == PlaceName.Kind.CURATED;
        }
        return near.known().firstStartingAt(pos) >= 0;
    }

    /** {@code Beni, Butembo and Mangina}: the hit is an item of a list whose neighbour is a place. */
    private static boolean listedBeside(String text, Neighbours near, Found[] found, int i) {
        WorldGazetteer.Hit h = near.hitList().get(i);
        if (h.place().common() && !h.shouted()) {
            return false;
        }
        int from = h.start() - LIST_GAP_MAX;
        int to = h.end() + LIST_GAP_MAX;
        return near.hits().anyNear(from, to, j -> found[j] != null && j != i
                        && adjacentInList(text, near.hitList().get(j).start(), near.hitList().get(j).end(), h))
                || near.known().anyNear(from, to, k -> adjacentInList(text, near.knownList().get(k)[0], near.knownList().get(k)[1], h));
    }

    /** The hits and the places other sources know, each by where they start. */
    private record Neighbours(List<WorldGazetteer.Hit> hitList, NearbyRanges hits, List<int[]> knownList, NearbyRanges known) {
        static Neighbours of(List<WorldGazetteer.Hit> hits, List<int[]> known) {
            return new Neighbours(hits, NearbyRanges.of(hits.size(), i -> hits.get(i).start(), i -> hits.get(i).end()),
                    known, NearbyRanges.of(known.size(), i -> known.get(i)[0], i -> known.get(i)[1]));
        }
    }

    private static boolean adjacentInList(String text, int start, int end, WorldGazetteer.Hit h) {
        // Douglas & Pemberton: a village joined by an ampersand names a firm's partner more often than a place
        boolean village = village(h.place());
        if (end <= h.start()) {
            return gap(text, end, h.start(), village);
        }
        return start >= h.end() && gap(text, h.end(), start, village);
    }

    private static boolean gap(String text, int from, int to, boolean village) {
        return to - from <= LIST_GAP_MAX && LIST_GAP.matcher(text.substring(from, to)).matches()
                && !(village && text.substring(from, to).contains("&"));
    }

    /** A city (not a country) written as a sports team: a result, a score or a player of it. */
    static boolean isTeam(String text, WorldGazetteer.Hit h, boolean sports) {
        return citylike(h.place().kind()) && teamContext(text, h.start(), h.end(), sports);
    }

    /** Kinds whose names are also the names of clubs: towns, divisions and districts. */
    public static boolean citylike(PlaceName.Kind k) {
        return k == PlaceName.Kind.SETTLEMENT || k == PlaceName.Kind.ALTERNATE || k == PlaceName.Kind.DIVISION
                || k == PlaceName.Kind.SUBDIVISION;
    }

    /** A populated place smaller than {@link #VILLAGE_BELOW}: a name that is often a given name elsewhere. */
    public static boolean village(PlaceName p) {
        return p.kind() == PlaceName.Kind.SETTLEMENT && p.population() < VILLAGE_BELOW;
    }

    /** A town by its kind, or a curated name of a town ({@code Holland}): names that are also surnames. */
    public static boolean townlike(PlaceName p) {
        return citylike(p.kind()) || p.kind() == PlaceName.Kind.CURATED && p.population() > 0;
    }

    /** {@code Madrid beat}, {@code Liverpool's striker}, {@code beat Liverpool}, {@code Madrid 2 Liverpool 1}. */
    public static boolean teamContext(String text, int start, int end, boolean sports) {
        Matcher after = TEAM_AFTER.matcher(text);
        if (startsAt(after, end)) {
            return true;
        }
        int from = Math.max(0, start - TEAM_REACH);
        String before = text.substring(from, start);
        return TEAM_BEFORE.matcher(before).find() || sports && SCORE_BEFORE.matcher(before).find();
    }

    /** {@code David and Louise Turpin}: a town that is a given name, paired with another person's full name. */
    private static boolean coupleNamed(String text, WorldGazetteer.Hit h, List<WorldGazetteer.Hit> hits) {
        if (!citylike(h.place().kind())) {
            return false;
        }
        Matcher m = COUPLE_AFTER.matcher(text);
        if (!startsAt(m, h.end())) {
            return false;
        }
        return hits.stream().noneMatch(o -> o.start() >= m.start(1) && o.start() < m.end());
    }

    /**
     * {@code his daughters Nadine, Ashley, Elizabeth and Toni}: a town's name in a list of single names right after a
     * word of kinship names a relative.
     */
    private static boolean namedKin(String text, WorldGazetteer.Hit h, int[] kinWordStarts) {
        if (!citylike(h.place().kind())) {
            return false;
        }
        int from = Math.max(0, h.start() - KIN_REACH);
        int k = Arrays.binarySearch(kinWordStarts, from);
        int firstFrom = k >= 0 ? k : -k - 1;
        boolean kinWordBefore = firstFrom < kinWordStarts.length && kinWordStarts[firstFrom] < h.start();
        // the window's start is no word boundary: a word cut in two there is no kin word
        return kinWordBefore && KIN_LIST_BEFORE.matcher(text).region(from, h.start()).useTransparentBounds(true).find();
    }

    /** Where the words of kinship start, in order: the list pattern is tried only after one of them. */
    private static int[] kinWordStarts(String text) {
        int[] out = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (KIN_WORDS.contains(text, i, end)) {
                    out = count == out.length ? Arrays.copyOf(out, count * 2) : out;
                    out[count++] = i;
                }
                i = end;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static final int KIN_REACH = 120;
    private static final List<String> KIN_NOUNS = List.of("daughter", "daughters", "son", "sons", "children", "grandchildren",
            "granddaughter", "granddaughters", "grandson", "grandsons", "brother", "brothers", "sister", "sisters", "siblings",
            "wife", "husband", "niece", "nieces", "nephew", "nephews", "parents");
    private static final WordSet KIN_WORDS = WordSet.of(KIN_NOUNS);
    private static final Pattern KIN_LIST_BEFORE = Pattern.compile("\\b(?:" + String.join("|", KIN_NOUNS) + ")(?: \\p{Ll}+)?(?:,|:)? "
            + "(?:\\p{Lu}\\p{Ll}+(?:,? and |, | & ))*$");

    /** {@code Jackson said}: a town that is also a surname, as the one who speaks. */
    private static boolean spokeAsPerson(String text, WorldGazetteer.Hit h) {
        PlaceName p = h.place();
        if (!citylike(p.kind()) || p.population() >= 1_000_000) {
            return false;
        }
        Matcher m = SPOKE_AFTER.matcher(text);
        // the mayor of Bath said, officials in Hoima said: the one who spoke is before the place
        String prev = previousWord(text, h.start()).toLowerCase(Locale.ROOT);
        return startsAt(m, h.end()) && !prev.equals("of") && !PLACE_PREPOSITIONS.contains(prev);
    }

    /** The hit's line is set in capitals, or the name opens a dateline ({@code LONDON 1996-08-30}). */
    private static boolean shoutedLine(String text, WorldGazetteer.Hit h) {
        if (dateline(text, h.start(), h.end())) {
            return true;
        }
        boolean shortName = h.end() - h.start() <= 3 && h.place().kind() != PlaceName.Kind.CURATED;
        return lineInCapitals(text, h.start(), h.end()) && !h.place().common() && !shortName;
    }

    /** The line around {@code [start, end)} is set in capitals: four capitals or more to every small letter. */
    public static boolean lineInCapitals(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', end);
        le = le < 0 ? text.length() : le;
        int upper = 0;
        int lower = 0;
        for (int k = ls; k < le; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 4 * Math.max(1, lower);
    }

    /**
     * Whether {@code m}'s pattern matches starting exactly at {@code at}. A {@code find(at)} would
     * try every later position when it does not, which made long articles quadratic.
     */
    private static boolean startsAt(Matcher m, int at) {
        m.region(at, m.regionEnd() < at ? at : m.regionEnd());
        m.useTransparentBounds(true);
        return m.lookingAt();
    }

    private static String previousWord(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }
}
