package org.newsmark.suggest.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;

/**
 * Plain-main benchmark of the standard engine: median time for one ~5 KB article after warm-up, and
 * total time for 10,000 articles of ~5 KB (Wikinews texts cut or joined to 5,000 characters), once on one
 * thread and once through the parallel batch path {@link SuggestionEngine#suggestAll}.
 * Argument: the folder of the Wikinews CSVs (default {@code src/test/resources/samples/wikinews}).
 */
public final class SuggestBenchmark {

    public static final int SIZE = 5_000;

    private SuggestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/samples/wikinews");
        List<String> articles = fiveKbArticles(dir);
        long t0 = System.nanoTime();
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        System.out.printf("engine set-up (ICU and world gazetteers): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        System.out.println(org.newsmark.suggest.gazetteer.WorldGazetteer.shared().stats());
        for (int i = 0; i < 2_000; i++) {
            engine.suggest(SuggestionContext.of(articles.get(i % articles.size())));
        }
        long[] times = new long[500];
        for (int i = 0; i < times.length; i++) {
            String text = articles.get(i % articles.size());
            long s = System.nanoTime();
            engine.suggest(SuggestionContext.of(text));
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("suggestions for a 5 KB article: median %.2f ms, p95 %.2f ms (%d runs after 2,000 warm-up)%n",
                times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6, times.length);
        List<SuggestionContext> batch = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            batch.add(SuggestionContext.of(articles.get(i % articles.size())));
        }
        long s = System.nanoTime();
        batch.forEach(engine::suggest);
        System.out.printf("suggest over 10,000 articles of 5 KB, one thread: %.2f s%n", (System.nanoTime() - s) / 1e9);
        s = System.nanoTime();
        engine.suggestAll(batch);
        System.out.printf("suggest over 10,000 articles of 5 KB, suggestAll on %d cores: %.2f s%n",
                Runtime.getRuntime().availableProcessors(), (System.nanoTime() - s) / 1e9);
        MemoryEditTimes.print(articles);
    }

    /** The Wikinews texts of {@code dir}, joined and cut into pieces of 5,000 characters. */
    public static List<String> fiveKbArticles(Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                        all.append(r.get("text")).append("\n\n");
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SIZE <= all.length(); i += SIZE) {
            out.add(all.substring(i, i + SIZE));
        }
        return out;
    }
}
