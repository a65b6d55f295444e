package org.newsmark.bench;

import java.util.Set;

/**
 * Runs every benchmark: {@code mvn -Pbench test-compile exec:java}. {@code -Dbench.only=workbench} or
 * {@code -Dbench.only=dataset} runs one; each also has its own {@code main}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = Set.of(System.getProperty("bench.only", "workbench,dataset").split(","));
        if (only.contains("dataset")) {
            DatasetBenchmark.main(args);
        }
        if (only.contains("workbench")) {
            WorkbenchBenchmark.main(args);
        }
    }
}
