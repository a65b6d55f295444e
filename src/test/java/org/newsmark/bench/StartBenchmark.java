package org.newsmark.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsmark.app.Workspace;
import org.newsmark.model.DocumentSummary;

/**
 * Cold start: a new JVM runs {@code org.newsmark.Launcher --db COPY} (through {@link StartProbe}) on a fresh
 * copy of a database holding the bundled sample corpus, timed from process start to the first frame
 * showing the first article. The floor is a new JVM showing the same text in a bare area.
 */
final class StartBenchmark {

    private static final int RUNS = 5;

    private StartBenchmark() {
    }

    static Row measure(Path folder) throws Exception {
        Path template = folder.resolve("start-template.db");
        String firstText;
        try (Workspace workspace = Workspace.openWithSamples(template)) {
            DocumentSummary first = workspace.documents().get(0);
            firstText = workspace.open(first.id()).text();
        }
        Path textFile = folder.resolve("first-article.txt");
        Files.writeString(textFile, firstText);
        Row row = new Row("start");
        List<Long> windows = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path copy = folder.resolve("start-" + i + ".db");
            Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
            long[] app = run(List.of(StartProbe.class.getName(), "--db", copy.toString()));
            row.addNanos(app[1]);
            windows.add(app[0]);
            row.addFloorNanos(run(List.of(StartProbe.class.getName(), "--floor", textFile.toString()))[1]);
        }
        System.out.printf("  start: first window frame median %.0f ms (article frame below)%n", Row.percentile(windows, 50));
        return row;
    }

    /** {nanoseconds from process start to the first frame, to the first frame with an article}. */
    private static long[] run(List<String> mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Headless.childFlags());
        command.add("-cp");
        command.add(classpath());
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        long first = -1;
        long article = -1;
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("start-probe first-frame=")) {
                    first = Long.parseLong(line.substring(line.indexOf('=') + 1)) - start;
                } else if (line.startsWith("start-probe article-frame=")) {
                    article = Long.parseLong(line.substring(line.indexOf('=') + 1)) - start;
                } else {
                    other.add(line);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || article < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("start probe drew no article: " + String.join("\n", other));
        }
        return new long[] {first, article};
    }

    /** The benchmark's own class path (exec:java runs it in a class loader of its own). */
    private static String classpath() {
        ClassLoader loader = StartBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            return Stream.of(urls.getURLs()).map(StartBenchmark::file).collect(Collectors.joining(File.pathSeparator));
        }
        return Optional.ofNullable(System.getProperty("java.class.path")).orElseThrow();
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }
}
