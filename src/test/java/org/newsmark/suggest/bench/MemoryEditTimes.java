package org.newsmark.suggest.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Labels;
import org.newsmark.suggest.MemoryRecommender;
import org.newsmark.suggest.Recommender;
import org.newsmark.suggest.SuggestionContext;

/**
 * What one edit costs the corpus memory's suggestions when the memory already holds 20,000 names: the
 * analyst tags one more name, then the memory's suggestions for a 5 KB article are computed. Printed
 * twice: with the recommender following the memory's changes, and with it indexing every name again
 * (what each edit cost before the memory kept its changes).
 */
final class MemoryEditTimes {

    private static final int NAMES = 20_000;
    private static final int EDITS = 400;

    private MemoryEditTimes() {
    }

    static void print(List<String> articles) {
        CorpusMemory memory = new CorpusMemory();
        for (int i = 0; i < NAMES; i++) {
            memory.observe("Person" + i + " Surname" + (i % 97), i % 3 == 0 ? Labels.PLACE : Labels.SPEAKER);
        }
        MemoryRecommender following = new MemoryRecommender(memory);
        double follow = medianPerEdit(memory, articles, "Followed", () -> following);
        double rebuild = medianPerEdit(memory, articles, "Rebuilt", () -> new MemoryRecommender(memory));
        System.out.printf("memory of %,d names, one more tagged, then its suggestions for a 5 KB article: median %.2f ms "
                + "following the changes, %.2f ms indexing every name again%n", NAMES, follow, rebuild);
    }

    private static double medianPerEdit(CorpusMemory memory, List<String> articles, String prefix,
                                        Supplier<Recommender> recommender) {
        long[] times = new long[EDITS];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < EDITS; i++) {
                String name = prefix + round + "x" + i;
                long s = System.nanoTime();
                if (i % 2 == 0) {
                    memory.observe(name, Labels.SPEAKER);
                } else {
                    memory.unobserve(prefix + round + "x" + (i - 1), Labels.SPEAKER); // an undo
                }
                recommender.get().suggest(SuggestionContext.of(articles.get(i % articles.size())));
                times[i] = System.nanoTime() - s;
            }
        }
        Arrays.sort(times);
        return times[EDITS / 2] / 1e6;
    }
}
