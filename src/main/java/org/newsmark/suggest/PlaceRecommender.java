package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
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
            + "|East|West|Northeast|Northwest|Southeast|Southwest|Midwest)\\b");
    private static final Pattern PLACE_HEAD = Pattern.compile(" (?:" + HEADS + ")\\b");
    /** Capitalised words after a country that still leave it a place: {@code US Secretary of State}. */
    private static final Set<String> ROLE_AFTER = Set.of("President", "Secretary", "Prime", "Minister", "Foreign",
            "Defense", "Defence", "Ambassador", "Senator", "Governor", "Vice", "Deputy", "Chief", "Attorney",
            "Health", "Trade", "Interior", "Treasury", "Special", "Mayor", "Envoy", "Representative");
    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "pound", "pounds", "euro", "euros",
            "yuan", "yen", "rupee", "rupees", "peso", "pesos", "franc", "francs", "ruble", "rubles", "won");

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
        for (Gazetteer.Match m : gazetteer.matches(text)) {
            int end = widen(text, m.end());
            if (end == m.end() && insideName(text, m.start(), m.end())) {
                continue;
            }
            String reason = end > m.end() ? "region named after '" + m.name() + "'" : "gazetteer name '" + m.name() + "'";
            out.add(SpanSuggestion.of(m.label(), m.start(), end, 0.85, name(), reason));
        }
        AnchoredScan.forEachMatch(REGION, text, i -> text.startsWith("he ", i + 1), r -> out.add(SpanSuggestion.of(
                Labels.PLACE, r.start(1), r.end(1), 0.7, name(), "geographic name '" + r.group(1) + "'")));
        return Suggestions.ofSpans(withoutNested(out));
    }

    private static int widen(String text, int end) {
        return AnchoredScan.at(POSSESSIVE_REGION, text, end).or(() -> AnchoredScan.at(PLACE_HEAD, text, end))
                .map(MatchResult::end).orElse(end);
    }

    /** {@code Chicago Marathon}, {@code Bank of England}, {@code U.S. dollars}: part of another name. */
    private static boolean insideName(String text, int start, int end) {
        String next = nextWord(text, end);
        if (CURRENCIES.contains(next)) {
            return true;
        }
        boolean nextCapital = end < text.length() && text.charAt(end) == ' ' && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0));
        String prevWord = TextScan.previousWord(text, start);
        boolean afterRoleOf = prevWord.equals("of")
                && ROLE_AFTER.contains(TextScan.previousWord(text, TextScan.previousWordStart(text, start)));
        if (nextCapital && !ROLE_AFTER.contains(next) && !next.equals("I") && !afterRoleOf) {
            return true;
        }
        String prev = TextScan.previousWord(text, start);
        if (prev.equals("of") || prev.equals("de")) {
            int ps = TextScan.previousWordStart(text, start);
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
