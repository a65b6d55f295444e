package org.newsmark.bench;

/** Runs every benchmark: {@code mvn -Pbench test-compile exec:java}. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        WorkbenchBenchmark.main(args);
    }
}
