package org.newsmark.suggest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextRange;

/**
 * Diagnostic for tuning the rules (a plain main, not a test): runs the standard engine on the
 * <em>tuning</em> half of the gold set only and prints, per label, the gold spans it misses and the
 * spans it adds, with context, and the quotes whose said_by speaker differs from gold. Never looks at
 * the held-out half. Optional arguments: the labels to show (default: all).
 */
public final class GoldDiff {

    private static final int CONTEXT = 60;

    private GoldDiff() {
    }

    public static void main(String[] args) {
        Set<String> labels = args.length == 0
                ? Set.of(Labels.SPEAKER, Labels.QUOTE, Labels.PLACE, Labels.FIGURE, "said_by") : Set.of(args);
        SuggestionEngine engine = SuggestionEngine.standard(Fixtures.GAZETTEER, new CorpusMemory());
        for (GoldSet.GoldDocument d : GoldSet.split("tuning")) {
            Evaluator.Annotation predicted = Evaluator.Annotation.of(engine.suggest(SuggestionContext.of(d.text())));
            System.out.println("=== " + d.name());
            for (String label : List.of(Labels.SPEAKER, Labels.QUOTE, Labels.PLACE, Labels.FIGURE)) {
                if (labels.contains(label)) {
                    printDifferences(d.text(), label, ranges(predicted, label), ranges(d.gold(), label));
                }
            }
            if (labels.contains("said_by")) {
                printWrongLinks(d.text(), predicted, d.gold());
            }
        }
    }

    private static List<TextRange> ranges(Evaluator.Annotation a, String label) {
        return a.spans().stream().filter(s -> s.label().equals(label)).map(SpanKey::range).distinct().sorted().toList();
    }

    private static void printDifferences(String text, String label, List<TextRange> predicted, List<TextRange> gold) {
        for (TextRange g : gold) {
            if (predicted.stream().noneMatch(g::overlaps)) {
                System.out.println("  MISS  " + label + " [" + g.of(text) + "]  " + context(text, g));
            } else if (!predicted.contains(g)) {
                TextRange p = predicted.stream().filter(g::overlaps).findFirst().orElseThrow();
                System.out.println("  BOUND " + label + " gold [" + g.of(text) + "] got [" + p.of(text) + "]");
            }
        }
        for (TextRange p : predicted) {
            if (gold.stream().noneMatch(p::overlaps)) {
                System.out.println("  EXTRA " + label + " [" + p.of(text) + "]  " + context(text, p));
            }
        }
    }

    private static void printWrongLinks(String text, Evaluator.Annotation predicted, Evaluator.Annotation gold) {
        List<TextRange> goldQuotes = ranges(gold, Labels.QUOTE);
        for (TextRange q : ranges(predicted, Labels.QUOTE)) {
            Optional<TextRange> g = goldQuotes.stream().filter(q::overlaps).findFirst();
            if (g.isEmpty()) {
                continue;
            }
            List<TextRange> goldSpeakers = speakersOf(gold, g.get());
            List<TextRange> predictedSpeakers = speakersOf(predicted, q);
            if (predictedSpeakers.stream().noneMatch(p -> goldSpeakers.stream().anyMatch(p::overlaps))) {
                System.out.println("  LINK  quote [" + abbreviate(q.of(text)) + "] gold " + texts(text, goldSpeakers)
                        + " got " + texts(text, predictedSpeakers));
            }
        }
    }

    private static List<TextRange> speakersOf(Evaluator.Annotation a, TextRange quote) {
        return a.links().stream().filter(l -> l.quote().range().equals(quote)).map(l -> l.speaker().range()).toList();
    }

    private static List<String> texts(String text, List<TextRange> ranges) {
        return ranges.stream().map(r -> r.of(text) + "@" + r.start()).toList();
    }

    private static String context(String text, TextRange r) {
        int s = Math.max(0, r.start() - CONTEXT);
        int e = Math.min(text.length(), r.end() + CONTEXT);
        return "…" + (text.substring(s, r.start()) + "⟦" + r.of(text) + "⟧" + text.substring(r.end(), e))
                .replace('\n', ' ') + "…";
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
