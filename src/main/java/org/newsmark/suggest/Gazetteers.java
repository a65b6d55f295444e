package org.newsmark.suggest;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where gazetteers come from: ICU's CLDR data, the bundled extra list, and user files. */
public final class Gazetteers {

    /** Classpath location of the bundled list of places ICU does not name (states, seas, regions). */
    public static final String BUNDLED_RESOURCE = "/gazetteers/places-extra.txt";

    /** CLDR city names that are more often people or common words in news text. */
    private static final Set<String> AMBIGUOUS = Set.of("Casey", "Davis", "Mawson", "Palmer", "Troll", "Regina",
            "Knox", "Center", "Beulah", "Marengo", "Monticello", "Petersburg", "Vevay", "Winamac", "Tell City",
            "Vincennes", "Eucla", "Rothera", "Vostok", "Macquarie", "Syowa", "Currie", "Salta", "Nome", "Resolute",
            "Dawson", "Creston", "Atikokan", "Swift Current", "Thule", "Wake", "Midway", "Easter", "Chatham",
            "Gambier", "Lord Howe", "Broken Hill", "Lindeman", "Canary", "Man", "Unknown", "Universal",
            "Coordinated Universal Time", "Outlying", "Dominica", "Reunion", "Mayotte");

    private Gazetteers() {
    }

    /** Country and territory names in English (full and short forms) and CLDR exemplar city names. */
    public static Gazetteer fromIcu() {
        Map<String, String> names = new LinkedHashMap<>();
        LocaleDisplayNames full = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        for (String cc : ULocale.getISOCountries()) {
            addTerritory(names, full.regionDisplayName(cc));
            addTerritory(names, shortNames.regionDisplayName(cc));
        }
        for (ULocale l : ULocale.getAvailableLocales()) {
            if (!l.getCountry().isEmpty()) {
                addTerritory(names, l.getDisplayCountry(ULocale.ENGLISH));
            }
        }
        TimeZoneNames tzNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = tzNames.getExemplarLocationName(id);
            if (city != null) {
                add(names, city);
            }
        }
        return Gazetteer.of(names).without(AMBIGUOUS.stream().filter(n -> !isCountryWeKeep(n)).toList());
    }

    private static boolean isCountryWeKeep(String name) {
        return Set.of("Turkey", "Georgia", "Jordan", "Chad", "Guinea", "Niger", "Panama", "Antarctica",
                "Sydney", "Melbourne", "Perth", "Brisbane", "Adelaide", "Darwin", "Hobart").contains(name);
    }

    private static void addTerritory(Map<String, String> names, String display) {
        if (display == null || display.length() < 2 || display.matches("[A-Z]{2,3}\\d*|\\d+")) {
            return;
        }
        String base = display.replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "");
        for (String part : base.split(" - |\\s*&\\s*(?=[A-Z][a-z]+$)")) {
            add(names, part);
        }
        int paren = display.indexOf('(');
        if (paren > 0 && display.endsWith(")")) {
            add(names, display.substring(paren + 1, display.length() - 1));
        }
    }

    private static void add(Map<String, String> names, String name) {
        String n = name.strip();
        if (n.length() >= 2 && Character.isUpperCase(n.charAt(0)) && !n.contains(",") && !n.startsWith("Unknown")) {
            names.put(n, Labels.PLACE);
        }
    }

    /** The list bundled at {@link #BUNDLED_RESOURCE}. */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteers.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user gazetteer: one name a line, {@code #} starts a comment, an optional tab and label follow. */
    public static Gazetteer fromFile(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** ICU names plus the bundled list: the default for the place recommender. */
    public static Gazetteer standard() {
        return fromIcu().with(bundled());
    }

    static Gazetteer parse(List<String> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String name = tab >= 0 ? line.substring(0, tab).strip() : line;
            String label = tab >= 0 ? line.substring(tab + 1).strip() : Labels.PLACE;
            names.put(name, label.isEmpty() ? Labels.PLACE : label);
        }
        return Gazetteer.of(names);
    }
}
