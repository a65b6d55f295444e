package org.newsmark.bench;

import java.util.Set;

/**
 * Runs every benchmark: {@code mvn -Pbench test-compile exec:java}. {@code -Dbench.only=} with a comma
 * list of {@code dataset}, {@code workbench}, {@code suggest} (the engine: one 5 KB article, 10,000
 * articles), {@code suggest-window} (suggestions shown after opening) and {@code agreement} (team agreement
 * over 10,000 articles, in memory and by the command line over a stored copy) runs some, {@code start} only the
 * workbench's start-up row (new processes, with and without the class-data archive), and {@code newsroom}
 * (20 analysts editing one PostgreSQL corpus at once, not in the default set: it starts a server) runs only when
 * named; each also has its own
 * {@code main}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = Set.of(System.getProperty("bench.only", "workbench,dataset,suggest,suggest-window,agreement").split(","));
        if (only.contains("dataset")) {
            DatasetBenchmark.main(args);
        }
        if (only.contains("suggest")) {
            org.newsmark.suggest.bench.SuggestBenchmark.main(args);
        }
        if (only.contains("suggest-window")) {
            SuggestionWindowBenchmark.measure(args);
        }
        if (only.contains("agreement")) {
            AgreementBenchmark.main(args);
        }
        if (only.contains("newsroom")) {
            NewsroomBenchmark.main(args);
        }
        if (only.contains("workbench")) {
            WorkbenchBenchmark.main(args);
        } else if (only.contains("start")) {
            StartBenchmark.main(args);
        }
        javafx.application.Platform.exit();
    }
}
