package org.newsmark.suggest.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.Gazetteer;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.GoldSet;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;
import org.newsmark.suggest.gazetteer.WorldGazetteer;

/**
 * Developer tool for a held-out part: why spans are missed or false, as counts per cause only, so that the part's
 * texts and per-span misses stay unseen by whoever tunes the rules.
 */
public final class BlindDiagnosis {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    private BlindDiagnosis() {
    }

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "heldout7";
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        Gazetteer names = Gazetteers.standard();
        WorldGazetteer world = WorldGazetteer.shared();
        Map<String, Integer> counts = new TreeMap<>();
        for (GoldSet.GoldDocument d : GoldSet.split(split)) {
            Suggestions s = engine.suggest(SuggestionContext.of(d.text()));
            List<SpanKey> pred = s.spans().stream().map(x -> x.key()).toList();
            List<SpanKey> gold = d.gold().spans();
            Set<SpanKey> predSet = Set.copyOf(pred);
            Set<SpanKey> goldSet = Set.copyOf(gold);
            String text = d.text();
            for (SpanKey g : gold) {
                if (predSet.contains(g)) {
                    continue;
                }
                String label = g.label();
                String words = g.textIn(text);
                boolean overlapped = pred.stream().anyMatch(p -> p.label().equals(label) && p.range().overlaps(g.range()));
                String other = pred.stream().filter(p -> !p.label().equals(label) && p.range().overlaps(g.range()))
                        .map(SpanKey::label).findFirst().orElse("none");
                add(counts, "MISS " + label + " total");
                add(counts, "MISS " + label + (overlapped ? " boundary (a prediction overlaps)" : " unseen (no prediction overlaps)"));
                if (!overlapped) {
                    add(counts, "MISS " + label + " unseen, predicted there as " + other);
                }
                switch (label) {
                    case "place" -> {
                        boolean known = names.labelOf(words).isPresent()
                                || world.find(words).stream().anyMatch(h -> h.start() == 0 && h.end() == words.length());
                        add(counts, "MISS place " + (known ? "name in a gazetteer" : "name in no gazetteer"));
                        add(counts, "MISS place words=" + Math.min(3, words.split("\\s+").length));
                        if (words.equals(words.toUpperCase()) && words.length() > 3) {
                            add(counts, "MISS place in capitals");
                        }
                    }
                    case "speaker" -> {
                        add(counts, "MISS speaker " + (PRONOUNS.contains(words.toLowerCase()) ? "pronoun" : "name or phrase"));
                        List<SpanKey> quotes = d.gold().links().stream().filter(l -> l.speaker().equals(g))
                                .map(Evaluator.Link::quote).toList();
                        boolean quoteFound = quotes.stream().anyMatch(q -> pred.stream()
                                .anyMatch(p -> p.label().equals("quote") && p.range().overlaps(q.range())));
                        add(counts, "MISS speaker " + (quoteFound ? "its quote found" : "no quote of it found"));
                    }
                    case "quote" -> {
                        boolean direct = g.range().start() > 0 && "\"“”«„'‘".indexOf(text.charAt(g.range().start() - 1)) >= 0;
                        add(counts, "MISS quote " + (direct ? "direct" : "reported") + (overlapped ? " boundary" : " unseen"));
                    }
                    default -> add(counts, "MISS " + label + " words=" + Math.min(4, words.split("\\s+").length));
                }
            }
            for (SpanKey p : pred) {
                if (goldSet.contains(p)) {
                    continue;
                }
                boolean overlapped = gold.stream().anyMatch(g -> g.label().equals(p.label()) && g.range().overlaps(p.range()));
                String other = gold.stream().filter(g -> !g.label().equals(p.label()) && g.range().overlaps(p.range()))
                        .map(SpanKey::label).collect(Collectors.joining("+"));
                add(counts, "FALSE " + p.label() + (overlapped ? " boundary" : " unseen, gold there: " + (other.isEmpty() ? "none" : other)));
            }
        }
        counts.forEach((k, v) -> System.out.printf("%4d  %s%n", v, k));
        System.out.println(GoldSet.evaluate(engine, GoldSet.split(split)).table());
    }

    private static void add(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }
}
