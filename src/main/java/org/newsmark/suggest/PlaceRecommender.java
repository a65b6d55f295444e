package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;

/**
 * Proposes {@code place} spans from a {@link Gazetteer}, widened to region names
 * ({@code Russia's Far East}, {@code Indo-Pacific region}, {@code the Korean Peninsula} without
 * {@code the}), and not inside the names of organisations, events or currencies.
 */
public final class PlaceRecommender implements Recommender {

    private static final String HEADS = "Peninsula|Sea|Ocean|Gulf|Strait|Straits|Bay|Basin|Mountains|Islands|Desert"
            + "|Canal|Channel|Valley|Coast|Province|County|Prefecture|Oblast|Region|region";
    /** {@code the Korean Peninsula}, {@code the Atlantic region}: capitalised words before a geographic head. */
    private static final Pattern REGION = Pattern.compile("\\b(?:[Tt]he )((?:\\p{Lu}[\\p{L}-]+ ){1,3}(?:" + HEADS + "))\\b");
    private static final Pattern POSSESSIVE_REGION = Pattern.compile("['’]s (?:Far East|Far North|North|South"
            + "|East|West|Northeast|Northwest|Southeast|Southwest|Midwest"
            + "|(?:\\p{Lu}\\p{Ll}+ ){1,2}(?:County|Province|Prefecture|Oblast|Region|District|Parish))\\b");
    private static final Pattern PLACE_HEAD = Pattern.compile(" (?:" + HEADS + "|coast|coasts|coastline)\\b");
    /** Capitalised words after a country that still leave it a place: {@code US Secretary of State}. */
    private static final Set<String> ROLE_AFTER = Set.of("President", "Secretary", "Prime", "Minister", "Foreign",
            "Defense", "Defence", "Ambassador", "Senator", "Governor", "Vice", "Deputy", "Chief", "Attorney",
            "Health", "Trade", "Interior", "Treasury", "Special", "Mayor", "Envoy", "Representative");
    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "pound", "pounds", "euro", "euros",
            "yuan", "yen", "rupee", "rupees", "peso", "pesos", "franc", "francs", "ruble", "rubles", "won");

    private static final String CURRENCY_SIGNS = "$€£¥";
    /** The second part of a hyphenated pair of names, as in {@code Iran–Iraq War}. */
    private static final Pattern COMPOUND_PART = Pattern.compile("[-–]\\p{Lu}\\p{L}+");
    private static final int OF_HEAD_REACH = 24;
    private static final Pattern OF_HEAD_BEFORE = Pattern.compile("\\b((?:Gulf|Sea|Bay|Strait|Straits|Isle|Cape"
            + "|Lake|(?:Northern|Southern|Eastern|Western|Central|Middle) District) of )$");
    /** {@code north-eastern Syria}, {@code central Italy}: a compass adjective before a known place. */
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("\\b((?:north|south)(?:-?(?:east|west))?(?:ern)?"
            + "|(?:east|west)(?:ern)?|central) $");
    private static final int DIRECTION_REACH = 16;
    private static final String OPENING_MARKS = "\"“‘«(„";
    /** Capitalised words before a place that make a person's or a work's name: {@code Denzel Washington}. */
    private static final Set<String> PLACE_PREFIXES = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "New", "Old", "Mainland", "Metro", "The");

    private final Gazetteer gazetteer;

    public PlaceRecommender(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
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
        for (Gazetteer.Match m : gazetteer.matches(text)) {
            int end = widen(text, m.end());
            int start = widenBack(text, m.start());
            if (end == m.end() && start == m.start() && (insideName(text, m.start(), m.end())
                    || afterFirstName(text, m.start()))) {
                rejected.add(new TextRange(m.start(), m.end()));
                continue;
            }
            String reason = end > m.end() || start < m.start() ? "region named after '" + m.name() + "'"
                    : "gazetteer name '" + m.name() + "'";
            out.add(SpanSuggestion.of(m.label(), start, end, 0.85, name(), reason));
            known.add(m);
        }
        for (LocalPlaces.Place p : LocalPlaces.find(text, known)) {
            if (rejected.contains(p.range())) {
                continue;
            }
            out.add(SpanSuggestion.of(Labels.PLACE, p.range().start(), p.range().end(), 0.7, name(), p.reason()));
        }
        AnchoredScan.forEachMatch(REGION, text, i -> text.startsWith("he ", i + 1), r -> out.add(SpanSuggestion.of(
                Labels.PLACE, r.start(1), r.end(1), 0.7, name(), "geographic name '" + r.group(1) + "'")));
        return Suggestions.ofSpans(withoutNested(out));
    }

    private static int widen(String text, int end) {
        return AnchoredScan.at(POSSESSIVE_REGION, text, end).or(() -> AnchoredScan.at(PLACE_HEAD, text, end))
                .map(MatchResult::end).orElse(end);
    }

    /** {@code the Gulf of Oman}, {@code north-eastern Syria}: a geographic head and {@code of}, or a direction, before the name. */
    private static int widenBack(String text, int start) {
        int from = Math.max(0, start - OF_HEAD_REACH);
        Matcher m = OF_HEAD_BEFORE.matcher(text.substring(from, start));
        if (m.find()) {
            return from + m.start(1);
        }
        int directionFrom = Math.max(0, start - DIRECTION_REACH);
        Matcher d = DIRECTION_BEFORE.matcher(text.substring(directionFrom, start));
        return d.find() ? directionFrom + d.start(1) : start;
    }

    /** {@code Denzel Washington}, {@code Captain America}: a capitalised word glued before the name. */
    private static boolean afterFirstName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int ws = TextScan.previousWordStart(text, start);
        String prev = TextScan.previousWord(text, start);
        return TextScan.startsUpper(prev) && !TextScan.isSentenceStart(text, ws) && !PLACE_PREFIXES.contains(prev)
                && !SpeechVocabulary.NOT_NAMES.contains(prev) && !OPENING_MARKS.contains(text.substring(Math.max(0, ws - 1), ws))
                && !ROLE_AFTER.contains(prev) && prev.chars().anyMatch(Character::isLowerCase);
    }

    /** {@code Chicago Marathon}, {@code Bank of England}, {@code U.S. dollars}, {@code US$}: part of another name. */
    private static boolean insideName(String text, int start, int end) {
        if (end < text.length() && CURRENCY_SIGNS.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        int compoundEnd = AnchoredScan.at(COMPOUND_PART, text, end).map(MatchResult::end).orElse(end);
        if (compoundEnd > end) {
            return insideName(text, start, compoundEnd);
        }
        String next = nextWord(text, end);
        if (CURRENCIES.contains(next)) {
            return true;
        }
        boolean nextCapital = end < text.length() && text.charAt(end) == ' ' && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0));
        int nameStart = TextScan.previousWord(text, start).equals("the") ? TextScan.previousWordStart(text, start) : start;
        boolean afterRoleOf = TextScan.previousWord(text, nameStart).equals("of")
                && ROLE_AFTER.contains(TextScan.previousWord(text, TextScan.previousWordStart(text, nameStart)));
        if (nextCapital && !ROLE_AFTER.contains(next) && !next.equals("I") && !afterRoleOf) {
            return true;
        }
        String prev = TextScan.previousWord(text, nameStart);
        if (prev.equals("of") || prev.equals("de")) {
            int ps = TextScan.previousWordStart(text, nameStart);
            String before = TextScan.previousWord(text, ps);
            int bs = TextScan.previousWordStart(text, ps);
            return Set.of("Bank", "University", "Church", "Museum", "Council", "Institute", "College", "School",
                    "Archbishop", "Bishop", "Diocese", "Duke", "Duchess", "Prince", "Princess", "King", "Queen",
                    "Court", "Parliament", "Assembly", "Government", "Ministry", "Governor", "Mayor", "Siege")
                    .contains(before) && bs >= 0;
        }
        return false;
    }

    private static String nextWord(String text, int end) {
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
        List<SpanSuggestion> out = new ArrayList<>();
        for (SpanSuggestion s : all) {
            TextRange r = s.range();
            boolean covered = all.stream().anyMatch(o -> o != s && o.range().contains(r) && o.range().length() > r.length());
            boolean dup = out.stream().anyMatch(o -> o.key().equals(s.key()));
            if (!covered && !dup) {
                out.add(s);
            }
        }
        return out;
    }
}
