package org.newsmark.suggest.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.GoldSet;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Developer tool for tuning: prints missed and spurious spans per document of one split. For the blind part
 * ({@value #BLIND_SPLIT}) it prints only the summary table, so that measuring it never shows what to tune.
 */
public final class EvalDiff {

    static final String BLIND_SPLIT = "heldout13";

    private EvalDiff() {
    }

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "tuning";
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        List<GoldSet.GoldDocument> details = split.equals(BLIND_SPLIT) ? List.of() : GoldSet.split(split);
        for (GoldSet.GoldDocument d : details) {
            Suggestions s = engine.suggest(SuggestionContext.of(d.text()));
            Set<SpanKey> pred = s.spans().stream().map(x -> x.key()).collect(Collectors.toSet());
            Set<SpanKey> gold = Set.copyOf(d.gold().spans());
            System.out.println("== " + d.name());
            gold.stream().filter(g -> !pred.contains(g)).sorted().forEach(g -> System.out.println("  MISS  " + show(d.text(), g)));
            pred.stream().filter(p -> !gold.contains(p)).sorted().forEach(p -> System.out.println("  EXTRA " + show(d.text(), p)));
            List<Evaluator.Link> goldLinks = d.gold().links();
            s.links().forEach(l -> {
                boolean ok = goldLinks.stream().anyMatch(g -> g.quote().range().overlaps(l.quote().range())
                        && g.speaker().range().overlaps(l.speaker().range()));
                if (!ok) {
                    System.out.println("  LINK? " + show(d.text(), l.quote()) + " -> " + show(d.text(), l.speaker()));
                }
            });
        }
        System.out.println(GoldSet.evaluate(engine, GoldSet.split(split)).table());
    }

    /** {@code -Devaldiff.context=N}: each span with N characters either side, the span in brackets. */
    private static final int CONTEXT = Integer.getInteger("evaldiff.context", 0);

    private static String show(String text, SpanKey k) {
        if (CONTEXT > 0) {
            int from = Math.max(0, k.range().start() - CONTEXT);
            int to = Math.min(text.length(), k.range().end() + CONTEXT);
            return k.label() + " …" + (text.substring(from, k.range().start()) + "[" + k.textIn(text) + "]"
                    + text.substring(k.range().end(), to)).replace("\n", "\\n") + "…";
        }
        String t = k.textIn(text).replace("\n", "\\n");
        return k.label() + " [" + (t.length() > 70 ? t.substring(0, 45) + "…" + t.substring(t.length() - 20) : t) + "]";
    }
}
