package org.newsmark.suggest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.GoldSet;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Developer tool for speed work that must not change what the engine suggests: writes every suggestion and link
 * for the engine benchmark's 5 KB articles and the tuning splits' texts to a file, one a line, so that the files
 * of two builds can be compared byte for byte ({@code cmp}) without reading them.
 */
public final class EngineOutputDump {

    private static final List<String> TUNING_SPLITS = List.of("tuning", "heldout7", "heldout4", "fresh12", "heldout2");

    private EngineOutputDump() {
    }

    public static void main(String[] args) throws Exception {
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        StringBuilder dump = new StringBuilder();
        List<String> articles = SuggestBenchmark.fiveKbArticles(Path.of("src/test/resources/samples/wikinews"));
        for (int i = 0; i < articles.size(); i++) {
            append(dump, "article " + i, engine.suggest(SuggestionContext.of(articles.get(i))));
        }
        for (String split : TUNING_SPLITS) {
            for (GoldSet.GoldDocument d : GoldSet.split(split)) {
                append(dump, split + " " + d.name(), engine.suggest(SuggestionContext.of(d.text())));
            }
        }
        Files.writeString(Path.of(args[0]), dump);
        System.out.println(dump.length() + " characters written to " + args[0]);
    }

    private static void append(StringBuilder dump, String title, Suggestions s) {
        dump.append("== ").append(title).append('\n');
        s.spans().forEach(x -> dump.append(x).append('\n'));
        s.links().forEach(l -> dump.append(l).append('\n'));
    }
}
