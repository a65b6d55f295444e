package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.gazetteer.PlaceEvidence;
import org.newsmark.text.WordSet;
import org.newsmark.text.TextScan;

/**
 * Places a gazetteer does not know but the text introduces as places: a locality before a known region
 * ({@code in Frederick, Maryland}), the name after a settlement noun ({@code the city of Dallas}) or a
 * street address ({@code 10 Downing Street}), and every later mention of a name introduced so.
 */
final class LocalPlaces {

    private static final int LOCALITY_REACH = 40;
    /** One or two capitalised words; a word may go on after a hyphen ({@code Urus-Martan}). */
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+)?";
    /** One or two capitalised words after a preposition or article, ending the searched text. */
    private static final Pattern LOCALITY = Pattern.compile("\\b(in|at|from|near|of|a|an|to|into|outside|towards|toward) ("
            + NAME + ")$");
    /**
     * Words of movement before a locality, which also name who is spoken to or quoted: {@code according to Reuters, Iran
     * said}, {@code told Al Jazeera, Qatar's broadcaster}; their locality needs a region that owns nothing after it.
     */
    private static final Set<String> TOWARDS = Set.of("to", "into", "towards", "toward");
    private static final String ACCORDING_TO = "according to ";
    /** {@code the city of Dallas}, {@code the town of Hajo}, {@code the electoral district of Groom}. */
    private static final Pattern SETTLEMENT_OF = Pattern.compile("\\b(?:city|town|village|suburb|municipality|hamlet"
            + "|island|commune|port city|border city|capital city|electoral district|electorate|constituency|riding"
            + "|seat) of (" + NAME + ")\\b(?! \\p{Lu})");
    /** {@code the mining towns of Barentsburg and Pyramiden}: each name of a list after a plural settlement noun. */
    private static final List<String> SETTLEMENTS = List.of("cities", "towns", "villages", "suburbs", "municipalities",
            "hamlets", "islands", "communes", "districts", "provinces", "counties");
    private static final Pattern SETTLEMENTS_OF = Pattern.compile("\\b(?:" + String.join("|", SETTLEMENTS) + ") of ((?:"
            + NAME + ", ){0,6}" + NAME + ",? (?:and|or) " + NAME + ")\\b(?! \\p{Lu}|['’-])");
    /** The words {@link #SETTLEMENTS_OF} can start at: the pattern is tried there only, not at every place of the text. */
    private static final WordSet SETTLEMENTS_WORDS = WordSet.of(SETTLEMENTS);
    /**
     * {@code the nearby airport in Batajnica}, {@code a camp at Ain Issa}, {@code an apartment block in Magnitigorsk}: the
     * name where a site in lower case stands, when no capitalised word goes on with it.
     */
    private static final List<String> SITES = List.of("airport", "airfield", "airstrip", "base", "camp", "hospital", "clinic",
            "prison", "jail", "school", "mosque", "church", "temple", "synagogue", "factory", "plant", "refinery", "mine", "port",
            "harbour", "harbor", "station", "hotel", "market", "stadium", "embassy", "consulate", "headquarters", "checkpoint",
            "crossing", "village", "town", "suburb", "neighbourhood", "neighborhood", "block", "farm", "shelter", "cemetery",
            "dam", "bridge", "site", "observatory", "facility", "compound", "monastery");
    /** The words {@link #SITE_IN} can start at, each site and its plural in {@code s}. */
    private static final WordSet SITE_WORDS = WordSet.of(java.util.stream.Stream.concat(SITES.stream(),
            SITES.stream().map(w -> w + "s")).toList());
    private static final Pattern SITE_IN = Pattern.compile("\\b(?:" + String.join("|", SITES) + ")s? (?:in|at|near|outside) ("
            + NAME + ")\\b(?! \\p{Lu}|['’-]| \\d"
            // Charles de Gaulle airport, schools in Black and Brown communities: a longer name, or an adjective
            + "| (?:de|du|des|del|della|da|di|do|dos|van|von|der|al|el|la|le)\\b| (?:and|or) \\p{Lu}\\p{Ll}+ \\p{Ll})");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",? (?:and|or) |, ");
    private static final String PLURAL_OF = "s of ";
    /** {@code In nearby Hiko}: a name right after {@code nearby}, not a modifier ({@code the nearby Pakistani town of}). */
    private static final Pattern NEARBY = Pattern.compile("\\bnearby (" + NAME + ")\\b(?! \\p{Lu}|['’-]| (?:town|city|village"
            + "|county|district|state|province|region|island|port|border|area|community|settlement|suburb|camp)\\b)");
    /** {@code born in Mirati}, {@code Born on December 11, 1935, in Mirati}. */
    private static final Pattern BIRTHPLACE = Pattern.compile("\\b[Bb]orn (?:on \\p{Lu}\\p{Ll}+ \\d{1,2}, \\d{4},? |in \\d{4},? )?"
            + "in (" + NAME + ")\\b(?! \\p{Lu}|['’-])");
    /** {@code Kinnear, a small town in Wyoming}, {@code Tandag, the capital of Surigao}: a name the apposition after it calls a settlement. */
    private static final Pattern APPOSED_SETTLEMENT = Pattern.compile("(?<![\\p{L}'’-])(" + NAME + "), (?:a|an|the) (?:small "
            + "|tiny |remote |coastal |rural |mountain |border |frontier |fishing |farming |mining |nearby |neighbou?ring "
            + "|desert |hill |river |island |southern |northern |eastern |western |central )?(?:town|village|city|suburb"
            + "|hamlet|settlement|district|neighbou?rhood|island|port|municipality|commune|township|capital) (?:in|near|outside"
            + "|on|of|north|south|east|west|about|some|just|close)\\b");
    private static final List<String> APPOSITION_STARTS = List.of(", a ", ", an ", ", the ");
    /** {@code the new region, to be called Bangsamoro}, {@code a town known as Little Odessa}: a place the text names. */
    private static final Pattern CALLED_PLACE = Pattern.compile("(?<![\\p{L}-])(?:region|town|city|village|province|district"
            + "|island|territory|country|state|settlement|neighbou?rhood),? (?:to be |now |also |later |formerly |once )?"
            + "(?:called|named|known as) (" + NAME + ")\\b(?! \\p{Lu}|['’-])");
    private static final List<String> NAMING_WORDS = List.of(" called ", " named ", " known as ");
    /**
     * {@code 20 km north of Tandag}, {@code the mayor of Esperanza}, {@code residents of Kibera}: words that only a place
     * is of, in lower case (a capitalised {@code Mayor of} may open a title before a person's name).
     */
    private static final List<String> OF_PLACE_WORDS = List.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "mayor", "residents",
            "inhabitants", "outskirts", "suburbs");
    private static final List<String> OF_PLACE_OPENINGS = OF_PLACE_WORDS.stream().map(w -> w + " of ").toList();
    private static final Pattern OF_PLACE = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", OF_PLACE_WORDS) + ") of ("
            + NAME + ")(?![\\p{L}\\d'’-]| \\p{Lu}| \\d)");
    /**
     * {@code near Dhuluiya}: a name right after {@code near}, not a longer name nor a possessor ({@code the Near East} is
     * one name, so only the lower-case word counts).
     */
    private static final Pattern NEAR = Pattern.compile("(?<![\\p{L}-])near (" + NAME + ")(?![\\p{L}\\d'’-]| \\p{Lu}| \\d)");
    private static final List<String> NEAR_WORDS = List.of("near ");
    /** Feasts that a time is near: {@code near Christmas}. */
    private static final Set<String> FEASTS = Set.of("Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Halloween",
            "Diwali", "Hanukkah", "Passover");
    /** {@code Tandag's mayor}, {@code Kibera's residents}: what only a place has, after its name's possessive. */
    private static final List<String> PLACE_POSSESSIONS = List.of("mayor", "residents", "inhabitants", "outskirts", "suburbs",
            "city centre", "city center", "town centre", "town center", "downtown");
    private static final List<String> POSSESSED_OPENINGS = java.util.stream.Stream.of("'s ", "’s ")
            .flatMap(s -> PLACE_POSSESSIONS.stream().map(w -> s + w)).toList();
    private static final Pattern POSSESSING_PLACE = Pattern.compile("(?<![\\p{L}'’-])(" + NAME + ")['’]s (?:"
            + String.join("|", PLACE_POSSESSIONS) + ")\\b");
    private static final int POSSESSOR_REACH = 32;
    /**
     * {@code in Beni and Oicha}, {@code near Damietta, Idku and Rashid}: the names listed after a known place that follows
     * {@code in} or {@code near}; {@code from} and {@code between} list parties as often as places ({@code threats from Iran
     * and Hezbollah}).
     */
    private static final Pattern LISTED_AFTER = Pattern.compile("\\G((?:, " + NAME + ")*,? (?:and|or) " + NAME
            + ")(?![\\p{L}\\d'’-]| \\p{Lu}| \\d)");
    private static final Set<String> LIST_OPENERS = Set.of("in", "In", "near", "Near");
    /** Last words of the names of bodies, which a building may house but which are no places: {@code near Teresian College}. */
    private static final Set<String> BODY_ENDINGS = Set.of("College", "University", "Institute", "Academy", "Company",
            "Group", "Party", "Council", "Club");
    private static final int NAMING_REACH = 32;
    private static final int APPOSITION_REACH = 40;

    /**
     * A named site after a preposition of place or a possessive: {@code at Ellis Park},
     * {@code Rangoon's Insein Prison}, {@code the city's Green Square}.
     */
    /** {@code St John's}, {@code St. Thomas'}: a saint's name in the possessive, which opens the names of churches and hospitals. */
    private static final String SAINTS_NAME = "(?:St\\.?|Saint) \\p{Lu}[\\p{L}-]*['’]s?";
    /**
     * A capitalised word of a site's name: {@code St.}, {@code O'Higgins}, a saint's name in the possessive, but not another
     * possessive ({@code Beijing's}).
     */
    private static final String SITE_WORD = "(?:" + SAINTS_NAME + "|\\p{Lu}(?:[\\p{L}-]|['’](?!s\\b))*\\p{L}|\\p{Lu}\\p{Ll}?\\.)";
    /** {@code Baylor Scott and White Medical Center}: {@code and} between two capitalised words of one name. */
    private static final String JOINED = "(?:(?:and|&) (?=\\p{Lu}))?";
    /**
     * {@code died at Gilchrist Hospice Care}, {@code passed away at the Royal Marsden}: where someone died, named in
     * capitalised words, is a place whatever its last word.
     */
    private static final Pattern DIED_AT = Pattern.compile("\\b(?:died|dies|passed away|was pronounced dead)"
            + "(?: (?:on|early|late|last) \\p{Lu}?\\p{Ll}+)? at (?:the )?((?:" + SITE_WORD + " " + JOINED + "){0,4}"
            + SITE_WORD + ")(?![\\p{L}'’-]| \\p{Lu})");
    private static final List<String> DEATH_WORDS = List.of("died at", "dies at", "passed away", "pronounced dead");
    /** {@code Area 51}: an area named by its number, not inside a longer name ({@code Storm Area 51 Basecamp}). */
    private static final Pattern NUMBERED_AREA = Pattern.compile("(?<![\\p{L}'’.-])(?<!\\p{Lu}\\p{L}{0,20} )Area \\d{1,3}"
            + "(?![\\d\\p{L}]| \\p{Lu}| &)");
    private static final List<String> SITE_HEADS = List.of("Park", "Square", "Prison", "Hospital", "Airport", "Stadium",
            "Centre", "Center", "Road", "Bridge", "Course", "Palace", "Cathedral", "Mosque", "Castle", "Gardens", "Garden", "Arena",
            "Racecourse", "Circuit", "Clinic", "Market", "Camp", "Temple", "Terminal", "Port", "Base", "Plaza", "Boulevard",
            "Avenue", "Street", "Drive", "Lane", "Highway", "Motorway", "Expressway", "Station", "Island", "Beach", "Dam", "Mine", "Corner", "Valley",
            "River", "Lake", "Mountain", "Hill", "Falls", "Canyon", "Reserve", "Harbour", "Harbor", "Hotel", "Lodge",
            "Tower", "Monument", "Memorial", "Cemetery", "Zoo", "Mall", "Cay", "Reef", "Glacier", "Forest", "Range",
            // buildings and landmarks (guidelines, settled questions): {@code at Bontddu Hall}, {@code outside the Legislative Council Complex}
            "Hall", "Complex", "Facility", "Headquarters", "Building", "Church", "Basilica", "Chapel", "Library", "Museum", "Theatre",
            "Theater", "Pier", "Wharf", "Canal", "Estuary", "Bay", "Peninsula", "Desert", "Studio", "Studios",
            // schools that are buildings where something happens, not faculties of a university (Harvard Law School)
            "High School", "Elementary School", "Primary School", "Middle School", "Secondary School", "Grammar School");
    private static final String STREET_HEAD = "(?:Street|Road|Avenue|Drive|Lane|Boulevard|Highway)";
    /** {@link #JOINED}, but not after a street's head: {@code Main Street and Elm Drive} are two streets. */
    private static final String SITE_JOINED = "(?:(?<!\\b" + STREET_HEAD + " )(?:and|&) (?=\\p{Lu}))?";
    private static final Pattern SITE = Pattern.compile("(?:\\b(?:at|in|near|outside|inside|from|to|into|on|across|off"
            + "|along|towards|toward|around|past|reached|entered|visited|struck|attacked|bombed|stormed|raided|targeted"
            // marched down Michigan Avenue, hikes through Van Cortlandt Park, the intersection of Martine Avenue
            + "|down|up|through|via|onto|behind|opposite|beyond|within|throughout"
            + "|(?:intersection|corner|junction|end|stretch|length|grounds|steps|gates) of"
            + "|overlooking|overlooks|overlooked|beside|beneath|under|above|below)"
            + "(?: the)? |['’]s "
            // on Main Street and Elm Drive: a street joined to a street named before it
            // Walter Reed National Military Medical Center: five words before the head
            + "|(?<=\\b" + STREET_HEAD + " )(?:and|or) )((?:" + SITE_WORD + " " + SITE_JOINED + "){1,5}"
            + "(?:" + String.join("|", SITE_HEADS) + "))\\b(?! \\p{Lu}| of\\b)");
    /** First words that make a market or a system, not a site: {@code the Single Market}, {@code Stock Market}. */
    private static final Set<String> NOT_SITE_FIRST = Set.of("Single", "Common", "Stock", "Black", "Free", "Internal",
            "Digital");
    /** Ends of names of craft and bodies that read like sites: {@code International Space Station}, {@code Pew Research Center}. */
    private static final Set<String> NOT_SITE_ENDINGS = Set.of("Space Station", "Research Center", "Research Centre",
            // loans of a fund: the Extended Fund Facility
            "Fund Facility", "Credit Facility", "Lending Facility", "Financing Facility",
            "Media Center", "Media Centre", "News Center", "Policy Center", "Policy Centre", "Price Range");
    private static final List<String> STRONG_SITE_HEADS = List.of("Airport", "Air Base", "Airfield", "Refugee Camp",
            "Reservation", "Naval Base", "Street", "Road", "Avenue", "Boulevard", "Hospital", "Prison", "Island", "Islands", "Mosque",
            "Cathedral", "Basilica", "Synagogue", "Stadium", "Power Plant", "Power Station", "Bridge");
    /** Sites whose head names a place wherever the text writes them: {@code Fath Airport is owned by ...}. */
    private static final Pattern STRONG_SITE = Pattern.compile("(?<![\\p{L}'’.-])((?:" + SITE_WORD + " ){1,4}"
            + "(?:" + String.join("|", STRONG_SITE_HEADS) + "))\\b(?! \\p{Lu}| of\\b)");

    /**
     * Heads of things on the ground that a name before them makes a place even after {@code of}: {@code part of the
     * George Washington Bridge}. Each is one of {@link #SITE_HEADS}, whose occurrences the scan for them reuses.
     */
    private static final List<String> GROUND_HEADS = List.of("Bridge", "Estuary", "Canal", "Dam", "Pier", "Wharf", "Beach",
            "Lake", "River", "Bay", "Island", "Peninsula", "Valley", "Mountain", "Glacier", "Reef", "Desert", "Forest", "Falls",
            "Canyon", "Square", "Tower");
    static {
        if (!SITE_HEADS.containsAll(GROUND_HEADS)) {
            throw new IllegalStateException("every ground head must be a site head: its scan reuses their occurrences");
        }
    }
    private static final Pattern OF_GROUND_SITE = Pattern.compile("\\bof the ((?:" + SITE_WORD + " ){1,4}"
            + "(?:" + String.join("|", GROUND_HEADS) + "))\\b(?! \\p{Lu}| of\\b)");

    /**
     * {@code left Mysore Junction railway station}, {@code to reach KSR Bangalore station}: a station named by its place
     * after a preposition or a verb of travel, with its lower-case head.
     */
    private static final Pattern STATION = Pattern.compile("(?:\\b(?:at|in|near|outside|from|to|into|reach|reached|left"
            + "|leaving|leave|towards|toward)(?: the)? )((?:" + SITE_WORD + " ){1,3}(?:railway |train |bus |metro |police )?"
            + "station)\\b");
    private static final List<String> STATION_HEADS = List.of(" station");
    private static final String STATION_INITIALS = "aifnotrl";

    /** {@code Salaheddin district}, {@code Maidan Wardak province}: a name the text heads with a division noun. */
    private static final List<String> DIVISION_NOUNS = List.of("district", "province", "county", "governorate", "prefecture",
            "oblast", "constituency", "municipality", "parish", "borough", "township", "village", "valley", "river", "island",
            "area", "vicinity", "refugee camp", "metropolitan area", "metro area", "region", "neighbourhood", "neighborhood",
            "suburb", "City");
    /** The one division noun written as part of a name, which a club's name ends with too: {@code Manchester City}. */
    private static final String CITY = "City";
    /** Words before {@code X City} that make it a place rather than a club ({@code of Norwich City}): {@code in Quezon City}. */
    private static final Set<String> CITY_PREPOSITIONS = Set.of("in", "near", "at", "outside", "around", "across", "into",
            "within", "inside", "to", "from");
    /** Division nouns that widen a name the gazetteers know as well: other heads of known names are left to them. */
    private static final Set<String> WIDENING_NOUNS = Set.of("district", "province", "county", "governorate", "prefecture",
            "oblast", "constituency", "municipality", "parish", "borough", "township", "valley");
    /**
     * Faiths, peoples, parties and quantifiers before a division noun or a place, which describe it: {@code a Moslem village},
     * {@code Greek island}, {@code the Republican Iowa caucuses}; none is a given name.
     */
    static final Set<String> PEOPLES = Set.of("Moslem", "Muslim", "Christian", "Druze", "Arab", "Hindu", "Sikh",
            "Bedouin", "Shiite", "Sunni", "Shia", "Catholic", "Serb", "Croat", "Maori", "Roma", "Jewish", "Kurd", "Tamil",
            "Greek", "Thai", "Swiss", "Dutch", "French", "Welsh", "Czech", "Basque", "Scots", "Cypriot", "Lao", "Inuit",
            // parties and their followers: the Democratic New Hampshire primary, a Labour Wales seat
            "Republican", "Democratic", "Democrat", "Conservative", "Labour", "Tory", "Liberal", "Socialist", "Communist",
            "Nationalist", "Unionist",
            // quantifiers that open sentences: Each area, Every village
            "Each", "Every", "Any", "Another", "Some", "Which", "Whose", "Either", "Neither", "One", "Other");
    /** A single word in {@code -i} before a division noun is a people's adjective: {@code Bahraini village}, {@code Iraqi city}. */
    private static final Pattern PEOPLE_IN_I = Pattern.compile("^\\p{Lu}\\p{Ll}+i$");
    private static final Pattern DIVISION = Pattern.compile("(?<![\\p{L}'’-])((?:" + NAME + ")(?: \\p{Lu}\\p{Ll}+)?) ("
            + String.join("|", DIVISION_NOUNS) + ")\\b");
    /** Endings of adjectives, which a division noun does not make places: {@code Afghan province}, {@code Congressional district}. */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:ian|ish|ese|an|al|ic)$");
    /**
     * {@code from Jakarta to Pangkal Pinang}: a journey between two places ({@code between Israel and Hizbollah} names
     * parties as often as places, so it is not one).
     */
    private static final Pattern ROUTE = Pattern.compile("(?<![\\p{L}'’-])from (" + NAME + ") to (" + NAME + ")(?![\\p{L}'’-]| \\p{Lu})");

    /** Numbered roads: {@code Interstate 75}, {@code Highway 401}, {@code I-95}, and British ones ({@code A496}, {@code M25}). */
    private static final Pattern ROAD = Pattern.compile("(?<![\\p{L}\\d.-])(?:(?:Interstate|Highway|Route|State Route|State Highway"
            + "|National Highway|US Route|U\\.S\\. Route)[ -]\\d{1,4}[A-Z]?|I-\\d{1,3}|([ABM])\\d{1,4}(?:\\(M\\))?)(?![\\p{L}\\d-])");
    private static final String ROAD_INITIALS = "IHRSNUABM";
    /** How every {@link #ROAD} match that does not open with {@code A}, {@code B} or {@code M} and a digit opens. */
    private static final List<String> ROAD_OPENINGS = List.of("Interstate", "Highway", "Route", "State Route",
            "State Highway", "National Highway", "US Route", "U.S. Route", "I-");

    /**
     * Whether a {@link #ROAD} match may start at {@code i}: its opening word is there, not just its initial (every
     * capitalised word in {@code S} or {@code N} had the matcher reset).
     */
    private static boolean mayStartRoad(String text, int i) {
        char c = text.charAt(i);
        // asked at every character: most are lower case or spaces, outside the initials' range
        if (c < 'A' || c > 'U' || ROAD_INITIALS.indexOf(c) < 0 || i + 1 >= text.length()) {
            return false;
        }
        if (c == 'A' || c == 'B' || c == 'M') {
            return Character.isDigit(text.charAt(i + 1));
        }
        for (String opening : ROAD_OPENINGS) {
            if (text.startsWith(opening, i)) {
                return true;
            }
        }
        return false;
    }
    /** Words near a British road number that show it is a road, not a plane, a paper size or a rifle. */
    private static final Pattern ROAD_WORDS = Pattern.compile("\\b(?:road|roads|motorway|carriageway|junction|roundabout"
            + "|bypass|lane|lanes|traffic|highway|route|northbound|southbound|eastbound|westbound)\\b");
    private static final int ROAD_WORD_REACH = 80;
    /**
     * {@code Fort Hood}, {@code River Thames}: a fort or a river named by its prefix, in one or two words, not inside a longer
     * name ({@code Platte River Networks}, {@code Fort Worth Star-Telegram}).
     */
    private static final Pattern FORT_OR_RIVER = Pattern.compile("(?<![\\p{L}'’.-])(?:Fort|Ft\\.|River) \\p{Lu}\\p{Ll}+"
            + "(?: \\p{Lu}\\p{Ll}+)?(?![\\p{L}'’-]| \\p{Lu}| &)");
    private static final List<String> FORT_OR_RIVER_PREFIXES = List.of("Fort ", "Ft. ", "River ");
    /** {@code Mount Apo}, {@code Lake Tahoe}: a mountain or a lake named by its prefix, not inside a longer name. */
    private static final Pattern NATURAL = Pattern.compile("(?<![\\p{L}'’.-])(?:Mount|Mt\\.|Lake) \\p{Lu}\\p{Ll}+"
            + "(?![\\p{L}'’-]| \\p{Lu})");
    private static final List<String> NATURAL_PREFIXES = List.of("Mount ", "Mt. ", "Lake ");
    /**
     * {@code Punta Tombo}, {@code Playa del Carmen}, {@code Cerro Rico}: a Spanish or Portuguese geographic word (point,
     * port, cape, island, hill, beach, bay) before a capitalised word names a place, not inside a longer name; not a
     * people's adjective ({@code Puerto Rican}) nor a club ({@code Sierra Club}).
     */
    private static final List<String> ROMANCE_GEOGRAPHIC_WORDS = List.of("Punta", "Puerto", "Porto", "Cabo", "Isla", "Ilha",
            "Cerro", "Laguna", "Bahía", "Playa", "Praia", "Cayo", "Sierra", "Monte", "Lago");
    private static final Pattern ROMANCE_GEOGRAPHIC = Pattern.compile("(?<![\\p{L}'’.-])(?:"
            + String.join("|", ROMANCE_GEOGRAPHIC_WORDS) + ") (?:(?:de|del|de la|do|da|dos|das) )?(?!Club\\b)"
            + "\\p{Lu}\\p{Ll}+(?<!ican|ian|ean|ese)(?![\\p{L}'’-]| \\p{Lu})");
    private static final List<String> ROMANCE_GEOGRAPHIC_PREFIXES = ROMANCE_GEOGRAPHIC_WORDS.stream().map(w -> w + " ").toList();
    /** How far before its head word a division's or a site's match can start (a preposition and four long words). */
    private static final int DIVISION_REACH = 64;
    private static final int SITE_REACH = 96;
    private static final String ACCORDING = "according ";
    private static final String FROM = "from ";
    /** The first words of {@link #SETTLEMENT_OF} and the letters {@link #SITE} can start with: matches are tried only there. */
    private static final WordSet SETTLEMENT_WORDS = WordSet.of(Set.of("city", "town", "village", "suburb", "municipality",
            "port", "border", "capital", "hamlet", "island", "commune", "electoral", "electorate", "constituency", "riding",
            "seat"));
    private static final String SITE_INITIALS = "aiofntprevsbudwcjlg'’";

    /** Where the head words of the patterns stand, all found in one pass; the lists' indices in its result follow. */
    private static final WordPositions HEAD_POSITIONS = WordPositions.of(List.of(APPOSITION_STARTS, NAMING_WORDS,
            DIVISION_NOUNS, SITE_HEADS, STRONG_SITE_HEADS, STATION_HEADS, List.of(FROM), NATURAL_PREFIXES,
            ROMANCE_GEOGRAPHIC_PREFIXES, FORT_OR_RIVER_PREFIXES, OF_PLACE_OPENINGS, NEAR_WORDS, POSSESSED_OPENINGS));
    private static final int APPOSITIONS = 0;
    private static final int NAMINGS = 1;
    private static final int DIVISIONS = 2;
    private static final int SITES_HEADED = 3;
    private static final int STRONG_SITES = 4;
    private static final int STATIONS = 5;
    private static final int FROMS = 6;
    private static final int NATURALS = 7;
    private static final int ROMANCE_WORDS = 8;
    private static final int FORTS_OR_RIVERS = 9;
    private static final int OF_PLACES = 10;
    private static final int NEARS = 11;
    private static final int POSSESSIONS = 12;

    /** A place found and why. */
    record Place(TextRange range, String reason) {
    }

    private LocalPlaces() {
    }

    /**
     * The local places of a text, given where the gazetteer found known regions and the towns of its
     * datelines no gazetteer knows, as written in running text ({@code Longyear} for {@code LONGYEAR}).
     */
    static List<Place> find(String text, List<Gazetteer.Match> known, List<String> datelineTowns) {
        List<Place> out = new ArrayList<>();
        for (Gazetteer.Match m : known) {
            localityBefore(text, m.start(), m.end()).ifPresent(r -> out.add(new Place(r, "locality before '" + m.name() + "'")));
        }
        for (Gazetteer.Match m : known) {
            listedAfter(text, m, out);
        }
        int[] wordStarts = AnchoredScan.wordStarts(text);
        int[][] heads = HEAD_POSITIONS.in(text);
        AnchoredScan.forEachMatchAt(SETTLEMENT_OF, text, wordStarts, i -> SETTLEMENT_WORDS.containsWordAt(text, i),
                s -> out.add(new Place(new TextRange(s.start(1), s.end(1)), "named as a settlement")));
        if (text.contains(PLURAL_OF)) {
            AnchoredScan.forEachMatchAt(SETTLEMENTS_OF, text, wordStarts,
                    i -> SETTLEMENTS_WORDS.containsWordAt(text, i), listed -> {
                int at = listed.start(1);
                for (String name : LIST_SEPARATOR.split(listed.group(1))) {
                    at = text.indexOf(name, at);
                    if (opensAName(name)) {
                        out.add(new Place(new TextRange(at, at + name.length()), "named as one of settlements"));
                    }
                    at += name.length();
                }
            });
        }
        AnchoredScan.forEachMatchAt(SITE_IN, text, wordStarts, i -> SITE_WORDS.containsWordAt(text, i),
                siteIn -> {
            if (opensAName(siteIn.group(1))) {
                out.add(new Place(new TextRange(siteIn.start(1), siteIn.end(1)), "where a site stands"));
            }
        });
        int[] appositions = heads[APPOSITIONS];
        if (appositions.length > 0) {
            AnchoredScan.forEachMatchAt(APPOSED_SETTLEMENT, text, AnchoredScan.within(appositions, APPOSITION_REACH),
                    i -> Character.isUpperCase(text.charAt(i)), s -> {
                int start = withoutOpeningWords(text, s.start(1), s.end(1));
                if (start < s.end(1) && opensAName(text.substring(start, s.end(1)))) {
                    out.add(new Place(new TextRange(start, s.end(1)), "called a settlement"));
                }
            });
        }
        int[] namings = heads[NAMINGS];
        if (namings.length > 0) {
            AnchoredScan.forEachMatchAt(CALLED_PLACE, text, AnchoredScan.within(namings, NAMING_REACH),
                    i -> Character.isLowerCase(text.charAt(i)), s -> {
                if (opensAName(s.group(1))) {
                    out.add(new Place(new TextRange(s.start(1), s.end(1)), "a place the text names"));
                }
            });
        }
        AnchoredScan.forEachMatchAt(OF_PLACE, text, heads[OF_PLACES], i -> true, of -> {
            if (placeName(text, of.start(1), of.end(1)) && !surnameElsewhere(text, of.group(1))) {
                out.add(new Place(new TextRange(of.start(1), of.end(1)), "a place something is of"));
            }
        });
        AnchoredScan.forEachMatchAt(NEAR, text, heads[NEARS], i -> true, near -> {
            // sat near Trump: a surname elsewhere in the text is a person here too, as after the other words above
            String name = near.group(1);
            if (placeName(text, near.start(1), near.end(1)) && !surnameElsewhere(text, name)
                    && !BODY_ENDINGS.contains(name.substring(name.lastIndexOf(' ') + 1)) && !FEASTS.contains(name)) {
                out.add(new Place(new TextRange(near.start(1), near.end(1)), "a place something is near"));
            }
        });
        int[] possessions = heads[POSSESSIONS];
        if (possessions.length > 0) {
            AnchoredScan.forEachMatchAt(POSSESSING_PLACE, text, AnchoredScan.within(possessions, POSSESSOR_REACH),
                    i -> Character.isUpperCase(text.charAt(i)), owner -> {
                int start = withoutOpeningWords(text, owner.start(1), owner.end(1));
                if (start < owner.end(1) && placeName(text, start, owner.end(1))
                        && !surnameElsewhere(text, text.substring(start, owner.end(1)))) {
                    out.add(new Place(new TextRange(start, owner.end(1)), "a place that has a mayor or residents"));
                }
            });
        }
        if (text.contains("nearby ")) {
            Matcher nearby = NEARBY.matcher(text);
            while (nearby.find()) {
                String name = nearby.group(1);
                if (opensAName(name) && !PEOPLES.contains(name) && !PEOPLE_IN_I.matcher(name).matches()) {
                    out.add(new Place(new TextRange(nearby.start(1), nearby.end(1)), "nearby place"));
                }
            }
        }
        if (text.contains("orn ")) {
            Matcher born = BIRTHPLACE.matcher(text);
            while (born.find()) {
                if (opensAName(born.group(1))) {
                    out.add(new Place(new TextRange(born.start(1), born.end(1)), "birthplace"));
                }
            }
        }
        StreetAddress.all(text, wordStarts).forEach(r -> out.add(new Place(r, "street address")));
        // the division and site patterns are tried only in a text holding one of their head words (few do)
        // the head-word patterns are tried only in a text holding their head words, and only a few words before one
        int[] divisionNouns = heads[DIVISIONS];
        if (divisionNouns.length > 0) {
            AnchoredScan.forEachMatchAt(DIVISION, text, AnchoredScan.within(divisionNouns, DIVISION_REACH),
                    i -> Character.isUpperCase(text.charAt(i)), division -> {
                int start = withoutOpeningWords(text, division.start(1), division.end(1));
                String name = text.substring(start, division.end(1));
                boolean city = division.group(2).equals(CITY);
                boolean knownName = known.stream().anyMatch(m -> m.start() == start && m.end() == division.end(1));
                if (!name.isEmpty() && (city || !ADJECTIVE_ENDING.matcher(name).find()) && opensAName(name)
                        && !SpeechVocabulary.DETERMINERS.contains(TextScan.firstWord(name).toLowerCase(java.util.Locale.ROOT))
                        && !PEOPLES.contains(name) && !PEOPLE_IN_I.matcher(name).matches()
                        && !(knownName && !WIDENING_NOUNS.contains(division.group(2)))
                        && !(city && (clubAfter(text, division.end(2)) || !afterPreposition(text, start)
                        || PlaceEvidence.sportsNews(text)))) {
                    out.add(new Place(new TextRange(possessorStart(text, start, known), division.end(2)),
                            "named with '" + division.group(2) + "'"));
                }
            });
        }
        AnchoredScan.forEachMatch(ROAD, text, i -> mayStartRoad(text, i), road -> {
            if (road.group(1) == null || ROAD_WORDS.matcher(text).region(Math.max(0, road.start() - ROAD_WORD_REACH),
                    Math.min(text.length(), road.end() + ROAD_WORD_REACH)).find()) {
                out.add(new Place(new TextRange(road.start(), road.end()), "numbered road"));
            }
        });
        // these three patterns open with one of their prefixes, so they are tried only where one stands
        AnchoredScan.forEachMatchAt(NATURAL, text, heads[NATURALS], i -> true, natural -> out.add(
                new Place(new TextRange(natural.start(), natural.end()), "mountain or lake")));
        AnchoredScan.forEachMatchAt(ROMANCE_GEOGRAPHIC, text, heads[ROMANCE_WORDS], i -> true,
                named -> out.add(new Place(new TextRange(named.start(), named.end()), "named by a geographic word")));
        AnchoredScan.forEachMatchAt(FORT_OR_RIVER, text, heads[FORTS_OR_RIVERS], i -> true, named -> {
            if (!afterNameWord(text, named.start()) && !ofAName(text, named.start())) {
                out.add(new Place(new TextRange(named.start(), named.end()), "fort or river"));
            }
        });
        AnchoredScan.forEachMatchAt(ROUTE, text, heads[FROMS], i -> true, route -> {
            routeEnd(text, route, 1, 2, known).ifPresent(out::add);
            routeEnd(text, route, 2, 1, known).ifPresent(out::add);
        });
        int[] siteHeads = heads[SITES_HEADED];
        if (siteHeads.length > 0) {
            int[] beforeSiteHeads = AnchoredScan.within(siteHeads, SITE_REACH);
            AnchoredScan.forEachMatchAt(SITE, text, beforeSiteHeads, i -> SITE_INITIALS.indexOf(text.charAt(i)) >= 0, site -> {
                // according to the National Hurricane Center: a source, not a place
                if (!text.regionMatches(true, Math.max(0, site.start() - ACCORDING.length()), ACCORDING, 0, ACCORDING.length())) {
                    siteName(text, site.start(1), site.end(1))
                            // London's Hyde Park: no place inside a place, as for a division
                            .map(r -> new TextRange(possessorStart(text, r.start(), known), r.end()))
                            .ifPresent(r -> out.add(new Place(r, "named site")));
                }
            });
            // every ground head is a site head: the same occurrences tell where a match may end
            AnchoredScan.forEachMatchAt(OF_GROUND_SITE, text, beforeSiteHeads, i -> text.charAt(i) == 'o',
                    site -> siteName(text, site.start(1), site.end(1)).ifPresent(r -> out.add(new Place(r, "named site"))));
        }
        int[] strongHeads = heads[STRONG_SITES];
        if (strongHeads.length > 0) {
            AnchoredScan.forEachMatchAt(STRONG_SITE, text, AnchoredScan.within(strongHeads, SITE_REACH),
                    i -> Character.isUpperCase(text.charAt(i)),
                    site -> siteName(text, site.start(1), site.end(1)).filter(r -> !ofAName(text, r.start()))
                            .ifPresent(r -> out.add(new Place(r, "named site"))));
        }
        if (mentionsAny(text, DEATH_WORDS)) {
            Matcher died = DIED_AT.matcher(text);
            while (died.find()) {
                siteName(text, died.start(1), died.end(1)).ifPresent(r -> out.add(new Place(r, "where someone died")));
            }
        }
        if (text.contains("Area ")) {
            Matcher area = NUMBERED_AREA.matcher(text);
            while (area.find()) {
                out.add(new Place(new TextRange(area.start(), area.end()), "area named by its number"));
            }
        }
        int[] stations = heads[STATIONS];
        if (stations.length > 0) {
            AnchoredScan.forEachMatchAt(STATION, text, AnchoredScan.within(stations, SITE_REACH),
                    i -> STATION_INITIALS.indexOf(text.charAt(i)) >= 0, station -> {
                int start = withoutOpeningWords(text, station.start(1), station.end(1));
                if (start < station.end(1) && opensAName(text.substring(start, station.end(1)))) {
                    out.add(new Place(new TextRange(start, station.end(1)), "named station"));
                }
            });
        }
        List<Place> mentions = laterMentions(text, out, datelineTowns);
        out.addAll(mentions);
        if (strongHeads.length > 0) {
            out.addAll(airfieldsByShortName(text, out)); // after the later mentions: Kennedy of an airport may be a person
        }
        return out;
    }

    /**
     * {@code Payam International Airport ... supposed to land at Payam}: an airfield named without its head after a
     * preposition of movement, once the text has named it in full.
     */
    private static List<Place> airfieldsByShortName(String text, List<Place> found) {
        List<Place> out = new ArrayList<>();
        for (Place p : found) {
            Matcher m = AIRFIELD.matcher(p.range().of(text));
            if (!p.reason().equals("named site") || !m.matches()) {
                continue;
            }
            String name = m.group(1);
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                int end = i + name.length();
                if (TextScan.isWholeWord(text, i, end) && !continuesName(text, end)
                        && ARRIVAL_WORDS.contains(TextScan.previousWord(text, i))) {
                    out.add(new Place(new TextRange(i, end), "airfield named in full before"));
                }
            }
        }
        return out;
    }

    private static final Pattern AIRFIELD = Pattern.compile("(\\p{Lu}[\\p{L}-]+"
            + "(?: (?!International|Regional|Municipal)\\p{Lu}[\\p{L}-]+)?)"
            + "(?: International| Regional| Municipal)? (?:Airport|Air Base|Airfield)");
    private static final Set<String> ARRIVAL_WORDS = Set.of("at", "to", "from", "into", "near", "toward", "towards");

    /** Where the name at {@code [start, end)} starts after the capitalised words that open sentences ({@code The}, {@code In}). */
    private static int withoutOpeningWords(String text, int start, int end) {
        int s = start;
        while (s < end && (SpeechVocabulary.NOT_NAMES.contains(TextScan.firstWord(text.substring(s, end)))
                || TextScan.firstWord(text.substring(s, end)).equals("The"))) {
            int space = text.indexOf(' ', s);
            s = space < 0 || space >= end ? end : space + 1;
        }
        return s;
    }

    /** {@code in Quezon City}, {@code within the Old City}: a preposition of place, maybe with {@code the}, before {@code start}. */
    private static boolean afterPreposition(String text, int start) {
        String prev = TextScan.previousWord(text, start);
        return CITY_PREPOSITIONS.contains(prev)
                || prev.equals("the") && CITY_PREPOSITIONS.contains(TextScan.previousWord(text, TextScan.previousWordStart(text, start)));
    }

    /** {@code Manchester City's striker}, {@code Kansas City Chiefs}: a club's name goes on after {@code City}. */
    private static boolean clubAfter(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’' || text.startsWith(" of ", end)
                || text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1)));
    }

    /**
     * The name of a site at {@code [start, end)} without the words that open sentences ({@code The}, {@code In}), or
     * nothing where what is left is no name ({@code Single Market}, {@code International Space Station}).
     */
    private static Optional<TextRange> siteName(String text, int start, int end) {
        int s = withoutOpeningWords(text, start, end);
        String name = text.substring(s, end);
        int lastTwo = name.lastIndexOf(' ', name.lastIndexOf(' ') - 1) + 1;
        if (name.indexOf(' ') < 0 || !opensAName(name) || NOT_SITE_FIRST.contains(TextScan.firstWord(name))
                || NOT_SITE_ENDINGS.contains(name.substring(lastTwo))) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(s, end));
    }

    /**
     * {@code Afghanistan's Maidan Wardak province}, {@code London's Hyde Park}: no place inside a place, the known place
     * owning it starts the span; another owner ({@code the Air Force's Nevada Test and Training Range}) stays out.
     */
    static int possessorStart(String text, int start, List<Gazetteer.Match> known) {
        if (start < 3 || text.charAt(start - 1) != ' ' || "'’".indexOf(text.charAt(start - 3)) < 0 || text.charAt(start - 2) != 's') {
            return start;
        }
        return known.stream().filter(m -> m.end() == start - 3).mapToInt(Gazetteer.Match::start).findFirst().orElse(start);
    }

    private static boolean mentionsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }

    /** Whether {@code words} begin with a name: not a day, a month or a capitalised word that opens sentences. */
    private static boolean opensAName(String words) {
        String first = TextScan.firstWord(words);
        return !PlaceRecommender.DAYS_AND_MONTHS.contains(first) && !SpeechVocabulary.NOT_NAMES.contains(first);
    }

    /**
     * Whether the words at {@code [start, end)} may name a place: not a day, a month, a word that opens sentences or a
     * people, nor an adjective before the noun it describes ({@code near Kurdish villages}, {@code south of Iraqi lines}).
     */
    private static boolean placeName(String text, int start, int end) {
        String name = text.substring(start, end);
        boolean nounAfter = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1))
                && !PlaceRecommender.FUNCTION_WORDS.contains(PlaceRecommender.nextWord(text, end));
        return opensAName(name) && !PEOPLES.contains(name)
                && !(nounAfter && (ADJECTIVE_ENDING.matcher(name).find() || PEOPLE_IN_I.matcher(name).matches()));
    }

    /**
     * Whether {@code name} follows, somewhere in {@code text}, a capitalised word that neither opens sentences nor places, as
     * a surname follows a given name ({@code Mary Kasese}, even at the start of a sentence).
     */
    private static boolean surnameElsewhere(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            if (TextScan.isWholeWord(text, i, i + name.length()) && i >= 2 && text.charAt(i - 1) == ' '
                    && Character.isLetter(text.charAt(i - 2)) && givenName(TextScan.previousWord(text, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean givenName(String word) {
        return TextScan.startsUpper(word) && word.chars().skip(1).allMatch(Character::isLowerCase) && word.length() > 1
                && !SpeechVocabulary.NOT_NAMES.contains(word) && !PlaceRecommender.SENTENCE_OPENERS.contains(word)
                && !PlaceRecommender.DAYS_AND_MONTHS.contains(word) && !PEOPLES.contains(word)
                && !PlaceEvidence.COMPASS_WORDS.contains(word);
    }

    /** The names listed after the known place {@code m}, where {@code in} or {@code near} opens the list. */
    private static void listedAfter(String text, Gazetteer.Match m, List<Place> out) {
        if (m.end() + 2 >= text.length() || text.charAt(m.end()) != ',' && text.charAt(m.end()) != ' '
                || !LIST_OPENERS.contains(TextScan.previousWord(text, m.start()))) {
            return; // most names: no matcher made
        }
        AnchoredScan.at(LISTED_AFTER, text, m.end()).ifPresent(list -> {
            int at = list.start(1);
            for (String name : LIST_SEPARATOR.split(list.group(1))) {
                if (name.isEmpty()) {
                    continue;
                }
                at = text.indexOf(name, at);
                if (placeName(text, at, at + name.length()) && !surnameElsewhere(text, name)) {
                    out.add(new Place(new TextRange(at, at + name.length()), "listed with a known place"));
                }
                at += name.length();
            }
        });
    }

    /** {@code Qatar's}: a possessive after the name at {@code end}. */
    private static boolean possessed(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's';
    }

    /** The end {@code group} of a route whose other end {@code other} is a known place. */
    private static Optional<Place> routeEnd(String text, Matcher route, int group, int other, List<Gazetteer.Match> known) {
        boolean otherKnown = known.stream().anyMatch(m -> m.start() == route.start(other) && m.end() >= route.end(other));
        String name = route.group(group);
        return otherKnown && opensAName(name)
                ? Optional.of(new Place(new TextRange(route.start(group), route.end(group)), "route to or from a known place"))
                : Optional.empty();
    }

    /** {@code in Frederick, Maryland}: a capitalised locality after a preposition, before a known region. */
    private static Optional<TextRange> localityBefore(String text, int regionStart, int regionEnd) {
        if (regionStart < 2 || !text.startsWith(", ", regionStart - 2)) {
            return Optional.empty();
        }
        int from = Math.max(0, regionStart - LOCALITY_REACH);
        Matcher m = LOCALITY.matcher(text.substring(from, regionStart - 2));
        if (!m.find() || PlaceRecommender.DAYS_AND_MONTHS.contains(m.group(2))) { // in July, El Salvador
            return Optional.empty();
        }
        if (TOWARDS.contains(m.group(1)) && (text.regionMatches(true, Math.max(0, from + m.start(1) - ACCORDING_TO.length() + 3),
                ACCORDING_TO, 0, ACCORDING_TO.length()) || possessed(text, regionEnd))) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(from + m.start(2), from + m.end(2)));
    }

    /**
     * Every other whole-word mention of the names found and of the towns of datelines, not glued to a
     * longer capitalised name.
     */
    private static List<Place> laterMentions(String text, List<Place> found, List<String> more) {
        Set<String> names = new LinkedHashSet<>();
        found.stream().filter(p -> !p.reason().equals("street address")).forEach(p -> names.add(p.range().of(text)));
        names.addAll(more);
        List<Place> out = new ArrayList<>();
        for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                int end = i + name.length();
                if (TextScan.isWholeWord(text, i, end) && !continuesName(text, end) && !continuesName(text, i)) {
                    out.add(new Place(new TextRange(i, end), "mentioned before as a place"));
                }
            }
        }
        return out;
    }

    /**
     * {@code Platte River Networks}: a capitalised word glued before {@code pos} inside a sentence, other than one that
     * opens sentences ({@code The Fort Hood shooting}), begins a longer name.
     */
    private static boolean afterNameWord(String text, int pos) {
        if (pos < 2 || text.charAt(pos - 1) != ' ' || !Character.isLetter(text.charAt(pos - 2))) {
            return false;
        }
        String prev = TextScan.previousWord(text, pos);
        return TextScan.startsUpper(prev) && !prev.equals("The") && !SpeechVocabulary.NOT_NAMES.contains(prev)
                && !TextScan.isSentenceStart(text, TextScan.previousWordStart(text, pos));
    }

    /** {@code Sioux Tribes of Fort Peck}, {@code Battle of Fort Sumter}: the end of a body's or an event's name. */
    private static boolean ofAName(String text, int pos) {
        if (!TextScan.previousWord(text, pos).equals("of")) {
            return false;
        }
        int ofStart = TextScan.previousWordStart(text, pos);
        return TextScan.startsUpper(TextScan.previousWord(text, ofStart))
                && !TextScan.isSentenceStart(text, TextScan.previousWordStart(text, ofStart));
    }

    /** A capitalised word glued by one space before or after {@code pos} makes a longer name. */
    private static boolean continuesName(String text, int pos) {
        if (pos < text.length() && text.charAt(pos) == ' ') {
            // Bob Lazar: Area 51 & Flying Saucers
            return pos + 1 < text.length() && (Character.isUpperCase(text.charAt(pos + 1)) || text.startsWith("& ", pos + 1));
        }
        return pos >= 2 && text.charAt(pos - 1) == ' ' && Character.isLetter(text.charAt(pos - 2))
                && Character.isUpperCase(text.charAt(TextScan.previousWordStart(text, pos - 1)))
                && !TextScan.isSentenceStart(text, TextScan.previousWordStart(text, pos - 1));
    }
}
