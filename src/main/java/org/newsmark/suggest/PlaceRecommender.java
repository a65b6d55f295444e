package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.gazetteer.AbbreviatedNames;
import org.newsmark.suggest.gazetteer.PlaceEvidence;
import org.newsmark.suggest.gazetteer.PlaceName;
import org.newsmark.suggest.gazetteer.WorldGazetteer;
import org.newsmark.text.TextScan;

/**
 * Proposes {@code place} spans from a {@link Gazetteer} and the {@link WorldGazetteer} (the latter where
 * {@link PlaceEvidence} finds the text uses the name as a place), widened to region names
 * ({@code Russia's Far East}, {@code Indo-Pacific region}, {@code the Korean Peninsula} without
 * {@code the}), and not inside the names of organisations, events or currencies.
 */
public final class PlaceRecommender implements Recommender {

    private static final String HEADS = "Peninsula|Sea|Ocean|Gulf|Strait|Straits|Bay Area|Bay|Basin|Mountains|Islands|Island"
            + "|Desert|Canal|Channel|Valley|Coast|Province|County|Prefecture|Oblast|Region|region|River|Lake"
            + "|Delta|Highlands|Heights|Plateau|Archipelago|Corridor|Reef";
    /** {@code The United States Thursday blasted}: a day or month after a name does not continue it. */
    static final Set<String> DAYS_AND_MONTHS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    /**
     * {@code the Korean Peninsula}, {@code the Atlantic region}: capitalised words before a geographic head, and the
     * name a region goes on with after {@code in} or {@code of} ({@code the Autonomous Region in Muslim Mindanao}).
     */
    // "the Israeli-annexed Golan Heights", "the Chinese-ruled Xinjiang Autonomous Region": a compound adjective in -ed,
    // -held, -run … after the article is no part of the name, which starts after it
    private static final String COMPOUND_ADJECTIVE = "\\p{Lu}\\p{L}*-\\p{Ll}*(?:ed|held|run|born|speaking)\\b";
    private static final Pattern REGION = Pattern.compile("\\b(?:[Tt]he )(?:" + COMPOUND_ADJECTIVE + " )?"
            + "((?:(?!(?:Police|Fire|Health|Education|Water"
            + "|Transport|Tax|Court|Bar|School|Planning) |" + COMPOUND_ADJECTIVE + ")\\p{Lu}[\\p{L}-]+ ){1,3}(?:" + HEADS + ")"
            // the Autonomous Region in Muslim Mindanao: a region's name goes on with 'in' or 'of' and capitalised words
            + "(?:(?<=Region) (?:in|of) (?!(?:" + String.join("|", DAYS_AND_MONTHS) + ")\\b)"
            + "(?:\\p{Lu}\\p{L}+ ){0,2}\\p{Lu}\\p{L}+)?)"
            + "\\b(?! \\p{Lu}\\p{Ll})");
    /** Where {@link #REGION} can start. */
    private static final WordPositions ARTICLES = WordPositions.of(List.of(List.of("the ", "The ")));
    private static final Pattern POSSESSIVE_REGION = Pattern.compile("['’]s (?:Far East|Far North|North|South"
            + "|East|West|Northeast|Northwest|Southeast|Southwest|Midwest"
            + "|(?:\\p{Lu}\\p{Ll}+ ){1,2}(?:County|Province|Prefecture|Oblast|Region|District|Parish))\\b");
    /** A geographic head after a name, not where a capitalised word goes on with it: {@code United States Coast Guard}. */
    private static final Pattern PLACE_HEAD = Pattern.compile(" (?:" + HEADS + "|coast|coasts|coastline|rainforest|basin|delta)\\b"
            + "(?! \\p{Lu})");
    /** Capitalised words after a country that still leave it a place: {@code US Secretary of State}. */
    private static final Set<String> ROLE_AFTER = Set.of("President", "Secretary", "Prime", "Minister", "Foreign",
            "Defense", "Defence", "Ambassador", "Senator", "Governor", "Vice", "Deputy", "Chief", "Attorney",
            "Health", "Trade", "Interior", "Treasury", "Special", "Mayor", "Envoy", "Representative", "Assistant",
            "Financial", "Gov", "Cardinal", "Sheriff", "Speaker",
            // "Germany Chancellor Olaf Scholz", "Jordan King Abdullah" (not a court: "the US Supreme Court")
            "Chancellor", "King", "Queen", "Prince", "Princess", "Premier", "Chairman", "Chairwoman", "Leader",
            "Opposition", "Emir", "Sultan", "Commander", "Consul");
    /** Heads of a role's title after a modifier: {@code Information Minister}, {@code National Security Adviser}. */
    private static final Set<String> TITLE_HEADS = Set.of("Minister", "President", "Secretary", "Adviser", "Advisor",
            "Leader", "Spokesperson", "Spokesman", "Spokeswoman", "Envoy", "Ambassador", "Governor", "Mayor", "Chancellor",
            "Premier", "Commissioner", "Candidate", "Nominee", "Chief");
    /** How many capitalised words may open a role's title after a place: {@code US National Security Adviser}. */
    private static final int TITLE_WORDS = 3;

    /**
     * {@code US President-elect Donald Trump}, {@code Pakistan Information Minister}, {@code South Korea Acting President}:
     * a role's title (its first word a role, or a head of a title within its first capitalised words) after the place.
     */
    private static boolean roleTitleAfter(String text, int end) {
        int p = end;
        for (int k = 0; k < TITLE_WORDS && p < text.length() && text.charAt(p) == ' '; k++) {
            String word = nextWord(text, p);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            String base = word.indexOf('-') > 0 ? word.substring(0, word.indexOf('-')) : word; // "President-elect"
            if (k == 0 && (ROLE_AFTER.contains(base) || base.equals("Presidential")) || TITLE_HEADS.contains(base)) {
                return true;
            }
            p += 1 + word.length();
        }
        return false;
    }

    /** Roles a place is of, before {@code of}, {@code to} or {@code for}: {@code Ambassador to Germany}, {@code Chief Executive of Hong Kong}. */
    private static final Set<String> ROLE_BEFORE_OF = Stream.concat(ROLE_AFTER.stream(),
            Stream.of("Executive", "Archbishop", "Bishop", "Commissioner",
            "Congressman", "Congresswoman", "Delegate")).collect(Collectors.toUnmodifiableSet());
    /** Units named after a country, like its currency: {@code 37 billion U.S. gallons}. */
    private static final Set<String> UNITS = Set.of("gallon", "gallons", "pint", "pints", "quart", "quarts", "ton", "tons",
            "bushel", "bushels");
    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "pound", "pounds", "euro", "euros",
            "yuan", "yen", "rupee", "rupees", "peso", "pesos", "franc", "francs", "ruble", "rubles", "won");

    private static final String CURRENCY_SIGNS = "$€£¥";
    /** Words after a name in capitals that make it the name of an event or a paper. */
    private static final Set<String> SHOUTED_EVENTS = Set.of("OPEN", "CUP", "MASTERS", "MARATHON", "CLASSIC", "TROPHY",
            "RALLY", "POST", "TIMES", "TOURNAMENT", "CHALLENGE", "GAMES", "CHAMPIONSHIP", "CHAMPIONSHIPS", "DERBY",
            "DIVISION", "CONFERENCE");
    /** {@code University of California, San Diego}: the campus is part of the university's name. */
    private static final Pattern CAMPUS_BEFORE = Pattern.compile("\\b(?:University|College|Institute) of (?:\\p{Lu}\\p{L}+ ?)+"
            + "(?:, | at )$");
    private static final int CAMPUS_REACH = 48;
    /** Capitalised words that open sentences before a place name: {@code In Lubbock}, {@code Both Beni and Butembo}. */
    static final Set<String> SENTENCE_OPENERS = Set.of("In", "At", "On", "From", "To", "For", "By", "Near", "And",
            "But", "Or", "As", "If", "When", "While", "After", "Before", "Since", "Until", "Outside", "Inside", "Across",
            "Around", "Both", "Neither", "Like", "Unlike", "Only", "Even", "Also", "Then", "Today", "Yesterday",
            "Tomorrow", "Meanwhile", "However", "Visit", "Visitors", "Police", "Officials", "Residents", "Image", "Photo",
            "Via", "Within", "Without", "Towards", "Toward", "Into", "Over", "Under", "Between", "Against", "Of", "With",
            "Where", "Why", "How", "What", "Which", "Who", "That", "This", "These", "Those", "Its", "Their", "Our", "His",
            "Her", "My", "Your", "A", "An", "The", "Is", "Was", "Are", "Were", "Not", "No", "All", "Some", "Many", "Most",
            // modifiers of a role that open a sentence: Former New York gubernatorial candidate Larry Sharpe
            "Former", "Late", "Incumbent", "Current", "Outgoing", "Acting", "Interim", "Retired", "Longtime", "Veteran");
    /** The second part of a hyphenated pair of names, as in {@code Iran–Iraq War}. */
    private static final Pattern COMPOUND_PART = Pattern.compile("[-–]\\p{Lu}\\p{L}+");
    private static final int OF_HEAD_REACH = 40;
    /** Capitalised compass words that make part of a place's name: {@code East Jerusalem}, {@code Northern Syria}. */
    private static final Pattern OF_HEAD_BEFORE = Pattern.compile("\\b((?:Gulf|Sea|Bay|Strait|Straits|Isle|Cape"
            + "|Lake|(?:Northern|Southern|Eastern|Western|Central|Middle) District"
            + "|(?:(?:Federal|Democratic|Islamic|People's|Socialist|Arab|Bolivarian|United|Hashemite) ){0,3}"
            + "(?:Republic|Kingdom|Principality|Sultanate|Emirate|Grand Duchy)) of )$");
    /**
     * {@code north-eastern Syria}, {@code central Italy}, {@code mainland China}: a compass adjective (or {@code mainland},
     * {@code continental}) before a known place belongs to it, as
     * the gold annotations have it (CoNLL leaves it out; its exact scores count that convention against us).
     */
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("\\b((?:north|south)(?:-?(?:east|west))?(?:ern)?"
            + "|(?:east|west)(?:ern)?|central|mainland|continental) $");
    private static final int DIRECTION_REACH = 16;
    private static final String OPENING_MARKS = "\"“‘«(„";
    /** Capitalised words before a place that make a person's or a work's name: {@code Denzel Washington}. */
    private static final Set<String> PLACE_PREFIXES = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "New", "Old", "Mainland", "Metro", "The", "Mid", "Inner",
            "Outer", "Far", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
            "Southeastern", "Southwestern", "Upstate", "Downstate", "Downtown", "Midtown");

    /** Head words of names with {@code of} that make the place after it part of the name: {@code Bank of England}. */
    private static final Set<String> HEADS_BEFORE_OF = Set.of("Bank", "University", "Church", "Museum", "Council",
            "Institute", "College", "School", "Diocese", "Court", "Parliament", "Assembly", "Government", "Ministry",
            "Siege", "Agency", "Union",
            "Organisation", "Organization", "Federation", "Association", "Party", "Front", "Movement", "Bureau",
            "Commission", "Tour", "Rally", "Cup", "Trophy",
            // papers and broadcasters: Star of Mysore, Times of India, Voice of America
            "Star", "Times", "Voice", "Herald", "Tribune", "Post", "Chronicle",
            // the same bodies in Spanish originals beside their translations: Senado de Puerto Rico
            "Senado", "Banco", "Universidad", "Gobierno", "Congreso", "Tribunal", "Ministerio", "Cámara", "Corte",
            "Asamblea", "Policía");
    /** Capitalised words and a company's legal suffix after a name: {@code Santa Fe Pacific Gold Corp}. */
    private static final Pattern FIRM_AFTER = Pattern.compile("(?: \\p{Lu}[\\p{L}&-]*){1,3} (?:Corp|Corporation|Inc"
            + "|Incorporated|Ltd|Limited|Co|Plc|PLC|LLC|AG|SA|NV|Holdings)\\b");
    private static final List<String> LEGAL_SUFFIXES = List.of(" Corp", " Inc", " Ltd", " Limited", " Co", " Plc", " PLC",
            " LLC", " AG", " SA", " NV", " Holdings");
    private static final Pattern CREW_NUMERAL = Pattern.compile(" (?:I|II|III|IV)(?![\\p{L}\\d.])");
    /** {@code Third Paris blast victim}: an ordinal before a town is no given name. */
    private static final Set<String> ORDINALS = Set.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth", "Last", "Latest", "Next", "Another");
    /** Nouns that end or head an organisation's name, which no given name is: {@code Equality Coalition}. */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("Coalition", "Alliance", "Association", "Council",
            "Committee", "Federation", "Foundation", "Institute", "League", "Network", "Party", "Society", "Union",
            "Movement", "Group", "Centre", "Center", "Front", "Forum", "Agency", "Commission", "Bureau", "Organisation",
            "Organization", "Trust", "Fund", "Campaign", "Initiative", "Watch", "Partnership", "Caucus");

    private final Gazetteer gazetteer;
    private final WorldGazetteer world;

    /** Names from {@code gazetteer} and the bundled {@link WorldGazetteer#shared() world gazetteer}. */
    public PlaceRecommender(Gazetteer gazetteer) {
        this(gazetteer, WorldGazetteer.shared());
    }

    public PlaceRecommender(Gazetteer gazetteer, WorldGazetteer world) {
        this.gazetteer = gazetteer;
        this.world = world;
    }

    /** A name found by either gazetteer, before widening and the name checks. */
    private record Candidate(int start, int end, String name, String label, boolean shouted, String reason,
                             boolean citylike, boolean townlike, boolean wellKnown, boolean division) {
        int length() {
            return end - start;
        }
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        String text = context.text();
        List<SpanSuggestion> out = new ArrayList<>();
        List<Gazetteer.Match> known = new ArrayList<>();
        List<TextRange> rejected = new ArrayList<>();
        List<Candidate> candidates = candidates(text);
        List<AbbreviatedNames.Range> bodies = AbbreviatedNames.in(text);
        Set<String> longerNames = new HashSet<>();
        for (Candidate m : candidates) {
            if (!m.shouted() && capitalisedBefore(text, m.start())) {
                longerNames.add(TextScan.previousWord(text, m.start()) + " " + m.name());
            }
        }
        Set<Integer> starts = new HashSet<>();
        candidates.forEach(c -> starts.add(c.start()));
        for (Candidate m : candidates) {
            int compoundEnd = withCompoundPart(text, m.end(), starts);
            int end = m.division() ? DivisionState.end(text, m.name(), compoundEnd) : compoundEnd;
            // Myanmar's Rakhine State: no place inside a place, its country's possessive opens the span
            int start = end > compoundEnd ? LocalPlaces.possessorStart(text, m.start(), known) : widenBack(text, m.start());
            end = widen(text, end);
            boolean bare = end == m.end() && start == m.start();
            boolean unwidened = end == compoundEnd && (start == m.start() || compassBefore(text, m.start()));
            if (insideAbbreviated(bodies, m) || unwidened && !m.shouted()
                    && text.charAt(Math.max(0, m.start() - 1)) == ' '
                    && longerNames.contains(TextScan.previousWord(text, m.start()) + " " + m.name())
                    || unwidened && (m.shouted()
                    ? currencyAfter(text, m.end()) || eventAfter(text, m.end()) || ofAnOrganisation(text, m.start())
                    || crewNumber(text, m.end())
                    : insideName(text, m.start(), m.end()) || crewNumber(text, m.end()) || capitalisedBefore(text, m.start())
                    || titledWithThe(text, m.start()) || firmWith(text, m.end()) || webOrWordPart(text, m.end())
                    || afterAbbreviation(text, m.start(), m.end())
                    || adjective(text, m))) {
                rejected.add(new TextRange(m.start(), m.end()));
                continue;
            }
            String reason = !bare ? "region named after '" + m.name() + "'" : m.reason();
            out.add(SpanSuggestion.of(m.label(), start, end, 0.85, name(), reason));
            known.add(new Gazetteer.Match(m.start(), m.end(), m.name(), m.label()));
        }
        for (LocalPlaces.Place p : LocalPlaces.find(text, known, unknownDatelineTowns(text))) {
            if (rejected.contains(p.range())) {
                continue;
            }
            out.add(SpanSuggestion.of(Labels.PLACE, p.range().start(), p.range().end(), 0.7, name(), p.reason()));
        }
        AnchoredScan.forEachMatchAt(REGION, text, ARTICLES.in(text)[0], i -> true, r -> out.add(SpanSuggestion.of(
                Labels.PLACE, r.start(1), r.end(1), 0.7, name(), "geographic name '" + r.group(1) + "'")));
        return Suggestions.ofSpans(withoutNested(out));
    }

    /**
     * The names of both gazetteers, longest first where they overlap; a city written as a sports team
     * ({@code Madrid beat Liverpool}) is dropped from either.
     */
    private List<Candidate> candidates(String text) {
        List<Gazetteer.Match> own = gazetteer.matches(text);
        List<WorldGazetteer.Hit> hits = world.find(text);
        Map<Integer, WorldGazetteer.Hit> hitAt = new HashMap<>();
        hits.forEach(h -> hitAt.put(h.start(), h));
        boolean sports = PlaceEvidence.sportsNews(text);
        List<int[]> ownPlaces = new ArrayList<>();
        List<Candidate> all = new ArrayList<>();
        for (Gazetteer.Match m : own) {
            boolean place = m.label().equals(Labels.PLACE);
            boolean citylike = place && citylike(hitAt.get(m.start()), m);
            if (citylike && (PlaceEvidence.teamContext(text, m.start(), m.end(), sports)
                    || (sports && !PlaceEvidence.anchoredInSports(text, m.start(), m.end())))) {
                continue;
            }
            if (place) {
                ownPlaces.add(new int[] {m.start(), m.end()});
            }
            WorldGazetteer.Hit hit = hitAt.get(m.start());
            boolean shouted = m.name().chars().noneMatch(Character::isLowerCase)
                    && PlaceEvidence.lineInCapitals(text, m.start(), m.end());
            all.add(new Candidate(m.start(), m.end(), m.name(), m.label(), shouted, "gazetteer name '" + m.name() + "'",
                    citylike, citylike || hit != null && PlaceEvidence.townlike(hit.place()), place,
                    place && hit != null && hit.end() == m.end() && hit.place().kind() == PlaceName.Kind.DIVISION));
        }
        Set<Integer> ownStarts = new HashSet<>();
        ownPlaces.forEach(r -> ownStarts.add(r[0]));
        for (PlaceEvidence.Found f : PlaceEvidence.select(text, sports, hits, ownPlaces)) {
            WorldGazetteer.Hit h = hitAt.get(f.start());
            all.add(new Candidate(f.start(), f.end(), f.place().name(), Labels.PLACE, h != null && h.shouted(),
                    f.reason(), PlaceEvidence.citylike(f.place().kind()), PlaceEvidence.townlike(f.place()),
                    ownStarts.contains(f.start()) || wellKnown(f.place()), f.place().kind() == PlaceName.Kind.DIVISION));
        }
        for (int[] r : PlaceEvidence.datelineTowns(text)) {
            all.add(new Candidate(r[0], r[1], text.substring(r[0], r[1]), Labels.PLACE, true, "town of a dateline", false, false,
                    false, false));
        }
        Set<String> people = peopleNamed(text, all);
        for (WorldGazetteer.Hit h : hits) {
            if (!h.shouted() && PlaceEvidence.townlike(h.place())
                    && (givenNameBefore(text, h.start(), h.end(), ownStarts.contains(h.start()) || wellKnown(h.place()))
                    || afterInitial(text, h.start()) || afterGivenName(text, h.start()))) {
                people.add(h.place().name());
            }
        }
        people.removeIf(name -> placedIn(text, name));
        all.removeIf(c -> !c.shouted() && people.contains(c.name()));
        Set<String> firms = firmsNamed(text, all);
        all.removeIf(c -> firms.contains(c.name()));
        all.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::length, Comparator.reverseOrder()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : all) {
            // the chosen are in order and do not overlap, so only the last of them can reach into c
            int from = chosen.size();
            while (from > 0 && chosen.get(from - 1).end() > c.start()) {
                from--;
            }
            List<Candidate> reaching = chosen.subList(from, chosen.size());
            boolean overlapped = reaching.stream().anyMatch(o -> o.start() < c.end() && o.length() >= c.length());
            if (!overlapped) {
                reaching.removeIf(o -> o.start() < c.end());
                chosen.add(c);
            }
        }
        return chosen;
    }

    /**
     * A town name the text also gives as a surname ({@code Roberto Duran}, {@code J. Adams}) is a person
     * throughout; a country or region after a capitalised word ({@code Lebed Chechnya peace plan}) only
     * there, unless an initial or a byline makes it a surname.
     */
    private Set<String> peopleNamed(String text, List<Candidate> candidates) {
        Set<String> out = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.shouted() && (afterInitial(text, c.start()) || byline(text, c.start(), c.end())
                    || c.townlike() && (givenNameBefore(text, c.start(), c.end(), c.wellKnown()) || afterGivenName(text, c.start()))
                    || (afterFirstName(text, c.start(), c.end()) || afterGivenName(text, c.start()))
                    && !afterOrganisationNoun(text, c.start())
                    && onlyBefore(text, c.start(), c.name()) && speaks(text, c.name()))) {
                out.add(c.name());
            }
        }
        return out;
    }

    /**
     * {@code studied in Melbourne}: the text puts something in the town, so it stays a place at its other mentions even
     * where one follows a capitalised word ({@code Make Melbourne}, {@code The Mustard Seed Kamloops}); no surname
     * stands alone after {@code in} ({@code in Jackson's plan}, {@code in Lincoln Park}, a role {@code Thurgood Marshall in
     * Marshall} are not counted).
     */
    private static boolean placedIn(String text, String name) {
        for (String in : IN) {
            String key = in + name;
            for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
                int end = i + key.length();
                boolean wordBefore = i > 0 && Character.isLetter(text.charAt(i - 1));
                if (!wordBefore && !afterAName(text, i) && endsAlone(text, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> IN = List.of("in ", "In ");

    /** The name ends at {@code end} on its own: no possessive, hyphenated word or capitalised word goes on with it. */
    private static boolean endsAlone(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return !Character.isLetterOrDigit(c) && c != '\'' && c != '’' && c != '-'
                && !(c == ' ' && end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1)));
    }

    /** {@code Thurgood Marshall in Marshall}: a role in a work after a person's name, not a place. */
    private static boolean afterAName(String text, int inStart) {
        return text.charAt(inStart) == 'i' && inStart > 1 && text.charAt(inStart - 1) == ' '
                && TextScan.startsUpper(TextScan.previousWord(text, inStart));
    }

    /**
     * {@code Neil Jordan}: the capitalised word before the name occurs nowhere else in the text without it,
     * as a given name does; a surname stands alone elsewhere ({@code Lebed Chechnya peace plan}, {@code Lebed said}).
     * With {@link #speaks} this makes a country's name a person's ({@code Neil Jordan}, {@code Jordan said}).
     */
    /**
     * {@code Santa Fe Pacific Gold Corp ... Santa Fe rejects the bid}: a place's name that opens a company's
     * name (capitalised words and a legal suffix) and elsewhere acts alone as a subject is the company's short
     * name throughout.
     */
    private static Set<String> firmsNamed(String text, List<Candidate> candidates) {
        Set<String> out = new HashSet<>();
        if (LEGAL_SUFFIXES.stream().noneMatch(text::contains)) {
            return out; // most texts name no company in full: no name is looked for
        }
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            if (seen.add(c.name()) && opensAFirmsName(text, c.name()) && actsAsSubject(text, c.name())) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** Whether {@code name} occurs somewhere as the first words of a company's name (where it is no candidate). */
    private static boolean opensAFirmsName(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            if (TextScan.isWholeWord(text, i, i + name.length())
                    && AnchoredScan.at(FIRM_AFTER, text, i + name.length()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean actsAsSubject(String text, String name) {
        return followedByAny(text, name, SUBJECT_VERBS);
    }

    private static final List<String> SUBJECT_VERBS = List.of(" said", " says", " is ", " has ", " will ", " would ",
            " rejects", " reported");

    /** Whether {@code name} stands somewhere in {@code text} right before one of {@code verbs}. */
    private static boolean followedByAny(String text, String name, List<String> verbs) {
        for (String verb : verbs) {
            if (text.contains(name + verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Marriage Equality Coalition Taiwan said}: a name after an organisation's noun ends the organisation's
     * name; {@code Taiwan} is no surname there, and {@code said} belongs to the organisation.
     */
    private static boolean afterOrganisationNoun(String text, int start) {
        return ORGANISATION_NOUNS.contains(TextScan.previousWord(text, start));
    }

    /** {@code Jordan said}: the name is also the one who speaks. */
    private static boolean speaks(String text, String name) {
        return followedByAny(text, name, SPEECH_VERBS);
    }

    private static final List<String> SPEECH_VERBS = List.of(" said", " says", " told", " added");

    private static boolean onlyBefore(String text, int start, String name) {
        String prev = TextScan.previousWord(text, start);
        String pair = prev + " " + name;
        for (int i = text.indexOf(prev); i >= 0; i = text.indexOf(prev, i + prev.length())) {
            int after = i + prev.length();
            boolean beforeAnotherSurname = text.startsWith(" ", after) && after + 1 < text.length()
                    && Character.isUpperCase(text.charAt(after + 1)); // Bill Jordan ... Bill Brett
            boolean alone = TextScan.isWholeWord(text, i, after) || possessive(text, i, after); // Cruz's plan
            if (alone && !text.startsWith(pair, i) && !beforeAnotherSurname) {
                return false;
            }
        }
        return true;
    }

    /** The word at {@code [start, end)} stands alone before a possessive {@code 's}. */
    private static boolean possessive(String text, int start, int end) {
        return (text.startsWith("'s", end) || text.startsWith("’s", end)) && TextScan.isWholeWord(text, start, end + 2);
    }

    /**
     * {@code Image: John Lubbock}: a town name after a capitalised word that is neither a function word nor
     * a place, even where a sentence starts.
     */
    private boolean afterGivenName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        String prev = TextScan.previousWord(text, start);
        return prev.length() > 1 && TextScan.startsUpper(prev) && prev.chars().skip(1).allMatch(Character::isLowerCase)
                && !SENTENCE_OPENERS.contains(prev) && !PLACE_PREFIXES.contains(prev) && !ROLE_AFTER.contains(prev)
                && !SpeechVocabulary.NOT_NAMES.contains(prev) && !prev.endsWith("ing") && !prev.endsWith("ed")
                && !ORDINALS.contains(prev) && !LocalPlaces.PEOPLES.contains(prev) && !DAYS_AND_MONTHS.contains(prev)
                && onlyVillages(prev);
    }

    /** Whether the world gazetteer knows {@code word} as a village at most, which many given names and surnames are. */
    private boolean onlyVillages(String word) {
        return world.find(word).stream().allMatch(h -> PlaceEvidence.village(h.place()));
    }

    private static final Pattern BYLINE = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}'-]+");
    private static final int BYLINE_MAX = 80;

    /** {@code Glenn Somerville} alone on a line: the writer's name. */
    private static boolean byline(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', end);
        int lineEnd = le < 0 ? text.length() : le;
        if (lineEnd - ls > BYLINE_MAX) {
            return false; // a paragraph, not a name on its own line: not copied for every place in it
        }
        String line = text.substring(ls, lineEnd).strip();
        return BYLINE.matcher(line).matches() && text.startsWith(line.substring(line.indexOf(' ') + 1), start);
    }

    /** {@code J. Adams}: one capital and a full stop before the name. */
    private static boolean afterInitial(String text, int start) {
        return start >= 3 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '.'
                && Character.isUpperCase(text.charAt(start - 3))
                && (start == 3 || !Character.isLetter(text.charAt(start - 4)));
    }

    /** A town, division or district by the world gazetteer; a name it does not know counts as one too. */
    private static boolean citylike(WorldGazetteer.Hit hit, Gazetteer.Match m) {
        return hit == null || hit.end() != m.end() || PlaceEvidence.citylike(hit.place().kind());
    }

    /** {@code LONGYEAR, Norway 1996-08-30}: a dateline's town no gazetteer knows, spelt as in running text. */
    private List<String> unknownDatelineTowns(String text) {
        List<String> out = new ArrayList<>();
        for (int[] r : PlaceEvidence.datelineTowns(text)) {
            String town = text.substring(r[0], r[1]);
            if (world.find(town).isEmpty() && gazetteer.matches(town).isEmpty()) {
                StringBuilder b = new StringBuilder(town.toLowerCase(java.util.Locale.ROOT));
                for (int k = 0; k < b.length(); k++) {
                    if (k == 0 || !Character.isLetter(b.charAt(k - 1)) && b.charAt(k - 1) != '\'') {
                        b.setCharAt(k, Character.toUpperCase(b.charAt(k)));
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** {@code Organisation for Security and Cooperation in Europe (OSCE)}: inside a name the text abbreviates. */
    private static boolean insideAbbreviated(List<AbbreviatedNames.Range> bodies, Candidate c) {
        for (AbbreviatedNames.Range b : bodies) {
            if (b.start() < c.start() && c.end() <= b.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Italy I (Huber, Tartaglia)}, {@code USA III}: a Roman numeral after a country numbers its crew or
     * team; a lone {@code I} only before a bracket, a comma, a possessive or the end of the line (else a pronoun).
     */
    private static boolean crewNumber(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != 'I') {
            return false; // most names: no matcher made
        }
        Optional<MatchResult> numeral = AnchoredScan.at(CREW_NUMERAL, text, end);
        if (numeral.isEmpty()) {
            return false;
        }
        int after = numeral.get().end();
        return !numeral.get().group().strip().equals("I") || after >= text.length()
                || text.startsWith(" (", after) || text.startsWith(",", after) || text.startsWith("'s", after)
                || text.startsWith("’s", after) || text.charAt(after) == '\n';
    }

    /** {@code HONG KONG OPEN}, {@code JAKARTA POST}: a name in capitals before the word of an event or a paper. */
    private static boolean eventAfter(String text, int end) {
        return SHOUTED_EVENTS.contains(nextWord(text, end));
    }

    /** {@code Douglas & Lomason}: a name joined by {@code &} to a capitalised word that is no place is a firm. */
    /** {@code Amazon.com}, {@code Corona[virus]}: the name goes on as a web address or a word an editor completed. */
    private static boolean webOrWordPart(String text, int end) {
        return WEB_OR_WORD_PART.matcher(text).region(end, text.length()).lookingAt();
    }

    private boolean firmWith(String text, int end) {
        if (!text.startsWith(" & ", end) || end + 3 >= text.length() || !Character.isUpperCase(text.charAt(end + 3))) {
            return false;
        }
        String next = nextWord(text, end + 2);
        return onlyVillages(next) && gazetteer.matches(next).isEmpty();
    }

    /** {@code Amazon.com}, {@code Corona[virus]}: a web address, or a word completed in brackets by an editor. */
    private static final Pattern WEB_OR_WORD_PART = Pattern.compile("\\.(?:com|org|net|co\\.uk|gov)\\b|\\[\\p{Ll}");

    /**
     * {@code Arctic town}, {@code Mediterranean diet}: a sea or region named by its adjective ({@code -ic},
     * {@code -ean}) before a common noun describes the noun; {@code Pacific coast} is widened before this.
     */
    /** Words after a name in {@code -ic} or {@code -ean} that keep it a place: {@code Pacific ocean}, {@code Caribbean and}. */
    private static final Set<String> AFTER_PLACE_NOT_ADJECTIVE = Set.of("ocean", "sea", "waters", "rim", "basin", "region",
            "coast", "and", "or",
            // words no noun phrase goes on with: in the Mediterranean daily, across the Pacific in May
            "daily", "today", "yesterday", "now", "again", "in", "on", "at", "from", "to", "by", "with", "for", "since",
            "during", "until", "after", "before", "where", "which", "but",
            // nor with a verb or a time word: the Caribbean was calm, ice melts in the Arctic every year
            "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
            "every", "each", "last", "this", "next", "into", "over", "through", "across", "toward", "towards", "amid",
            "near", "off", "via", "as", "than", "while", "when", "because", "if", "also", "that", "who", "so");

    private static boolean adjective(String text, Candidate c) {
        if (!(c.name().endsWith("ic") || c.name().endsWith("ean")) || c.name().indexOf(' ') >= 0
                || c.end() + 2 >= text.length()
                || text.charAt(c.end()) != ' ' || !Character.isLowerCase(text.charAt(c.end() + 1))
                // the Eastern Mediterranean, East Mediterranean gas fields: a compass word makes it a region's name
                || compassBefore(text, c.start())) {
            return false;
        }
        return !AFTER_PLACE_NOT_ADJECTIVE.contains(nextWord(text, c.end()));
    }

    private static boolean currencyAfter(String text, int end) {
        return end < text.length() && CURRENCY_SIGNS.indexOf(text.charAt(end)) >= 0
                || isCurrency(text.substring(0, end), nextWord(text, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static int widen(String text, int end) {
        return AnchoredScan.at(POSSESSIVE_REGION, text, end).or(() -> AnchoredScan.at(PLACE_HEAD, text, end))
                .map(MatchResult::end).orElse(end);
    }

    /**
     * {@code the Gulf of Oman}, {@code East Jerusalem}: a geographic head and {@code of}, or a capitalised
     * compass word, before the name. A lower-case compass word ({@code northern Iraq}) describes the place
     * and stays outside its span.
     */
    private static int widenBack(String text, int start) {
        // each pattern ends right before the name: the letters it can end with are tested before it is run
        if (start >= 3 && text.startsWith("of ", start - 3)) {
            int from = Math.max(0, start - OF_HEAD_REACH);
            Matcher m = OF_HEAD_BEFORE.matcher(text.substring(from, start));
            if (m.find()) {
                return from + m.start(1);
            }
        }
        if (endsBefore(text, start, "htnld")) {
            int directionFrom = Math.max(0, start - DIRECTION_REACH);
            Matcher d = DIRECTION_BEFORE.matcher(text.substring(directionFrom, start));
            if (d.find()) {
                return directionFrom + d.start(1);
            }
        }
        if (compassBefore(text, start)) {
            return TextScan.previousWordStart(text, start);
        }
        if (!endsBefore(text, start, "eoasil")) {
            return start;
        }
        Matcher connected = CONNECTED_BEFORE.matcher(text.substring(Math.max(0, start - CONNECTED_REACH), start));
        return connected.find() ? start - (connected.end() - connected.start(1)) : start;
    }

    /** Whether the text before {@code start} ends in a space after one of {@code lastLetters}. */
    private static boolean endsBefore(String text, int start, String lastLetters) {
        return start >= 2 && text.charAt(start - 1) == ' ' && lastLetters.indexOf(text.charAt(start - 2)) >= 0;
    }

    /** Bodies named after a place, which are organisations: {@code Senado de Puerto Rico}, {@code Banco de España}. */
    private static final String BODIES = "(?:Senado|Cámara|Camara|Tribunal|Corte|Universidad|Universidade|Università|Banco"
            + "|Ministerio|Ministério|Partido|Policía|Policia|Congreso|Asamblea|Gobierno|Instituto|Consejo|Comisión|Museo|Museu"
            + "|Club|Real|Audiencia|Juzgado|Procuraduría|Fiscalía|Defensoría|Secretaría|Diputación|Generalitat) ";
    /** {@code Surigao del Sur}, {@code Rio de Janeiro}: a name joined to the one before it by a Romance particle. */
    private static final Pattern CONNECTED_BEFORE = Pattern.compile("(?<![\\p{L}'’-])((?!" + BODIES + ")\\p{Lu}\\p{Ll}+ (?:del"
            + "|de la|de|do|da|dos|das|di|della) )$");
    private static final int CONNECTED_REACH = 30;

    /**
     * Capitalised words that make a part of a known place a region of its own name, besides the compass words:
     * {@code Northeast Ohio}, {@code Upstate New York}, {@code Downtown Houston}, {@code Metro Manila}.
     */
    private static final Set<String> REGION_PREFIXES = Stream.concat(PlaceEvidence.COMPASS_WORDS.stream(),
            Stream.of("Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern",
                    "Southwestern", "Upstate", "Downstate", "Downtown", "Midtown", "Metro", "Greater", "Inner", "Outer",
                    "Upper", "Lower")).collect(Collectors.toUnmodifiableSet());

    /** {@code East Jerusalem}; not at the start of a sentence, where every word is capitalised. */
    private static boolean compassBefore(String text, int start) {
        return start > 1 && text.charAt(start - 1) == ' '
                && REGION_PREFIXES.contains(TextScan.previousWord(text, start))
                && !TextScan.isSentenceStart(text, TextScan.previousWordStart(text, start));
    }

    /**
     * {@code Urus-Martan}: a name that goes on after a hyphen with a capitalised part no gazetteer knows as
     * a place of its own is one name ({@code Iran-Iraq} stays two).
     */
    private static int withCompoundPart(String text, int end, Set<Integer> candidateStarts) {
        return AnchoredScan.at(COMPOUND_PART, text, end)
                .filter(m -> !candidateStarts.contains(end + 1) && text.charAt(end) == '-' && !demonym(m.group())
                        && (m.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(m.end()))
                        && text.charAt(m.end()) != '-'))
                .map(MatchResult::end).orElse(end);
    }

    /** {@code -Israeli}, {@code -Russian}, {@code -Chinese}: the second part of {@code Arab-Israeli} is an adjective. */
    private static boolean demonym(String part) {
        return part.endsWith("i") || part.endsWith("ian") || part.endsWith("ese") || part.endsWith("ish")
                || part.endsWith("can") || part.endsWith("ean");
    }

    /**
     * {@code Denzel Washington}, {@code Captain America}: a capitalised word glued before the name that the text writes
     * nowhere else on its own, as it does a surname ({@code the Ted Cruz South Carolina victory party}, {@code Cruz said})
     * or an adjective ({@code the Republican Iowa caucuses}, {@code Republican voters}). Any capitalised word glued
     * before a name ({@code Netflix Japan}) makes a longer name of that mention.
     */
    private static boolean afterFirstName(String text, int start, int end) {
        return capitalisedBefore(text, start) && onlyBefore(text, start, text.substring(start, end));
    }

    /**
     * Whether the name at {@code [start, end)} follows a given name, which makes it a person at its other mentions too: a
     * well-known place only after a word that is a given name by {@link #afterFirstName} (so one {@code Ted Cruz South
     * Carolina victory party} leaves {@code South Carolina} a place elsewhere); a town, which many surnames are
     * ({@code Ted ... Cruz}), after any capitalised word.
     */
    private static boolean givenNameBefore(String text, int start, int end, boolean wellKnown) {
        return wellKnown ? afterFirstName(text, start, end) : capitalisedBefore(text, start);
    }

    /** A country, a curated name ({@code Hollywood}, {@code Benghazi}): names seldom borne by people. */
    private static boolean wellKnown(PlaceName p) {
        return p.kind() == PlaceName.Kind.COUNTRY
                || p.kind() == PlaceName.Kind.FOREIGN_COUNTRY
                || p.kind() == PlaceName.Kind.CURATED;
    }

    /** {@code Denzel Washington}, {@code Netflix Japan}: a capitalised word glued before the name, which opens a longer name. */
    private static boolean capitalisedBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int ws = TextScan.previousWordStart(text, start);
        String prev = TextScan.previousWord(text, start);
        return TextScan.startsUpper(prev) && !TextScan.isSentenceStart(text, ws) && !PLACE_PREFIXES.contains(prev)
                && !SpeechVocabulary.NOT_NAMES.contains(prev) && !OPENING_MARKS.contains(text.substring(Math.max(0, ws - 1), ws))
                && !ROLE_AFTER.contains(prev) && prev.chars().anyMatch(Character::isLowerCase) && !adjectiveCompound(prev)
                && !prev.endsWith("'s") && !prev.endsWith("’s") // Afghanistan's Maidan Wardak: a possessor, no given name
                && !SENTENCE_OPENERS.contains(prev) // Show Compassion For Louisiana: a headline's capitalised function word
                && !LocalPlaces.PEOPLES.contains(prev) // Muslim Mindanao: a faith or a people is no given name
                && !DAYS_AND_MONTHS.contains(prev); // the August Chicago survey
    }

    /** {@code Muslim-majority}, {@code Kurdish-held}: a capitalised word joined to a lower-case one describes what follows. */
    private static boolean adjectiveCompound(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    /**
     * {@code ABC Australia}, {@code CU Boulder}: an abbreviation no gazetteer knows as a place, glued before the name
     * inside a sentence, opens the name of a body or a campus, unless a noun follows that the place describes
     * ({@code the OSCE Chechnya mission}).
     */
    private boolean afterAbbreviation(String text, int start, int end) {
        if (start < 3 || text.charAt(start - 1) != ' ' || !Character.isUpperCase(text.charAt(start - 2))) {
            return false; // most names: no word is looked at
        }
        int ws = TextScan.previousWordStart(text, start);
        String prev = TextScan.previousWord(text, start);
        return prev.length() >= 2 && prev.length() <= 5 && prev.chars().allMatch(Character::isUpperCase)
                && !TextScan.isSentenceStart(text, ws) && !nounAfter(text, end) && gazetteer.matches(prev).isEmpty()
                && world.find(prev).isEmpty();
    }

    /** {@code OSCE Chechnya mission}: a lower-case word after the name that no function word is, which it describes. */
    static boolean nounAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        return !FUNCTION_WORDS.contains(nextWord(text, end));
    }

    /** Words after a name that no noun phrase goes on with: {@code ABC Australia on March 3}. */
    static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "from", "to", "by", "with", "for", "of",
            "since", "during", "until", "after", "before", "and", "or", "but", "is", "was", "are", "were", "has", "had",
            "have", "will", "would", "said", "says", "reported", "where", "which", "that", "who");

    /** {@code told The Atlantic}: a capitalised {@code The} inside a sentence opens the title of a paper or work. */
    private static boolean titledWithThe(String text, int start) {
        if (!TextScan.previousWord(text, start).equals("The") || text.charAt(start - 1) != ' ') {
            return false;
        }
        int ws = TextScan.previousWordStart(text, start);
        return !TextScan.isSentenceStart(text, ws) && !OPENING_MARKS.contains(text.substring(Math.max(0, ws - 1), ws));
    }

    /** {@code Chicago Marathon}, {@code Bank of England}, {@code U.S. dollars}, {@code US$}: part of another name. */
    private static boolean insideName(String text, int start, int end) {
        if (CAMPUS_BEFORE.matcher(text.substring(Math.max(0, start - CAMPUS_REACH), start)).find()) {
            return true;
        }
        if (end < text.length() && CURRENCY_SIGNS.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        int compoundEnd = AnchoredScan.at(COMPOUND_PART, text, end).map(MatchResult::end).orElse(end);
        if (compoundEnd > end) {
            return insideName(text, start, compoundEnd);
        }
        String next = nextWord(text, end);
        if (isCurrency(text.substring(start, end), next)) {
            return true;
        }
        boolean nextCapital = end < text.length() && text.charAt(end) == ' ' && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0));
        int nameStart = TextScan.previousWord(text, start).equals("the") ? TextScan.previousWordStart(text, start) : start;
        String linkWord = TextScan.previousWord(text, nameStart);
        // Ambassador to Germany, Special Representative for Iran, Senator from Vermont Bernie Sanders
        boolean afterRoleOf = (linkWord.equals("of") || linkWord.equals("to") || linkWord.equals("for")
                || linkWord.equals("from"))
                && ROLE_BEFORE_OF.contains(roleWord(TextScan.previousWord(text, TextScan.previousWordStart(text, nameStart))));
        boolean firstMinister = text.startsWith(" First Minister", end); // Scotland First Minister Nicola Sturgeon
        if (nextCapital && !roleTitleAfter(text, end) && !firstMinister && !next.equals("I") && !afterRoleOf
                && !DAYS_AND_MONTHS.contains(next) && !judgeAfter(text, end) && !sentenceAfter(text, start, end, next)
                && !governmentAfter(text, end)) {
            return true;
        }
        String prev = TextScan.previousWord(text, nameStart);
        if (prev.equals("and")) {
            // Islamic State of Iraq and Syria: the second of two names after an organisation's "of"
            int andStart = TextScan.previousWordStart(text, nameStart);
            int wordEnd = TextScan.skipSpacesBack(text, andStart);
            int wordStart = TextScan.previousWordStart(text, andStart);
            return wordStart >= 0 && wordEnd > wordStart && TextScan.startsUpper(TextScan.previousWord(text, andStart))
                    && ofAnOrganisation(text, wordStart);
        }
        return ofAnOrganisation(text, nameStart);
    }

    /**
     * {@code then-governor} as {@code Governor}: a role after {@code then-} or {@code ex-} is a title held, written
     * in lower case ({@code president of Howard University} alone heads a body's name and stays as it is).
     */
    private static String roleWord(String word) {
        int hyphen = word.lastIndexOf('-');
        String bare = word.substring(hyphen + 1);
        return hyphen < 0 || bare.isEmpty() ? word : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }

    /** {@code U.S. District Judge Gray Miller}: a judge's title after the country, which it is of. */
    private static boolean judgeAfter(String text, int end) {
        return JUDGE_TITLES.stream().anyMatch(t -> text.startsWith(t, end));
    }

    /** {@code the UK Government's briefing}: the country's government, not a body's name ({@code Manitoba Government Price Index}). */
    private static boolean governmentAfter(String text, int end) {
        int after = end + GOVERNMENT.length();
        return text.startsWith(GOVERNMENT, end) && (after + 1 >= text.length() || text.charAt(after) != ' '
                || !Character.isUpperCase(text.charAt(after + 1)));
    }

    private static final String GOVERNMENT = " Government";

    private static final List<String> JUDGE_TITLES = List.of(" District Judge", " Circuit Judge", " Magistrate Judge");

    /** {@code Washington, D.C. They also}: a name ending in a full stop before a word that opens sentences. */
    private static boolean sentenceAfter(String text, int start, int end, String next) {
        return text.charAt(end - 1) == '.' && end - start > 2
                && (SpeechVocabulary.NOT_NAMES.contains(next) || SENTENCE_DETERMINERS.contains(next));
    }

    private static final Set<String> SENTENCE_DETERMINERS = Set.of("The", "A", "An", "His", "Her", "Its", "Their", "Our");

    /** {@code Bank of England}: the name at {@code nameStart} follows {@code of} after an organisation's head word. */
    private static boolean ofAnOrganisation(String text, int nameStart) {
        String prev = TextScan.previousWord(text, nameStart).toLowerCase(java.util.Locale.ROOT);
        if (prev.equals("of") || prev.equals("de")) {
            int ps = TextScan.previousWordStart(text, nameStart);
            String before = titleCase(TextScan.previousWord(text, ps));
            int bs = TextScan.previousWordStart(text, ps);
            return HEADS_BEFORE_OF.contains(before) && bs >= 0 || stateOfAName(text, before, bs);
        }
        return false;
    }

    /** {@code TOUR} as {@code Tour}, so names set in capitals meet the same heads. */
    private static String titleCase(String word) {
        return word.length() < 2 ? word : word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code Islamic State of Iraq}: {@code State of} after a capitalised word names a body, not the country. */
    private static boolean stateOfAName(String text, String before, int beforeStart) {
        if (!before.equals("State") || beforeStart <= 0) {
            return false;
        }
        String word = TextScan.previousWord(text, beforeStart);
        int ws = TextScan.previousWordStart(text, beforeStart);
        return TextScan.startsUpper(word) && !TextScan.isSentenceStart(text, ws) && !word.equals("The");
    }

    /** {@code U.S. dollars}, {@code U.S. gallons}, {@code South Korean won}; but {@code Pakistan won the toss}. */
    private static boolean isCurrency(String name, String next) {
        return UNITS.contains(next)
                || CURRENCIES.contains(next) && (!next.equals("won") || name.toLowerCase(java.util.Locale.ROOT).endsWith("korea"));
    }

    static String nextWord(String text, int end) {
        int s = end;
        if (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** No place inside a place: keeps the longest of overlapping candidates. */
    private static List<SpanSuggestion> withoutNested(List<SpanSuggestion> all) {
        boolean[] covered = LongerRanges.covered(all.stream().map(SpanSuggestion::range).toList());
        List<SpanSuggestion> out = new ArrayList<>();
        Set<SpanKey> kept = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (!covered[i] && kept.add(all.get(i).key())) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
