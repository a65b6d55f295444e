package org.newsmark.suggest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.Recommender;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;

/** Developer tool: average time of each standard recommender on one text file, after warm-up. */
public final class RecommenderTimes {

    private RecommenderTimes() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        for (Recommender r : engine.recommenders()) {
            for (int i = 0; i < 300; i++) {
                r.suggest(SuggestionContext.of(new String(text)));
            }
            long s = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                r.suggest(SuggestionContext.of(new String(text)));
            }
            System.out.printf("%-10s %.3f ms%n", r.name(), (System.nanoTime() - s) / 300 / 1e6);
        }
    }
}
