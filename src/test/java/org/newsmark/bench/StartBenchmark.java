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
 * showing the first article, with and without the class-data archive of {@code mvn package}. The floor is a new
 * JVM showing the same text in a bare area.
 */
final class StartBenchmark {

    private static final int RUNS = Integer.getInteger("bench.start.runs", 5);

    /**
     * The compiler flags of the launch the README documents: the optimising compiler (C2) takes a method ten times
     * later than by default, so that during start-up it does not take the second core from the FX thread.
     */
    static final List<String> LAUNCH_FLAGS = List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=20000",
            "-XX:Tier4CompileThreshold=60000", "-XX:Tier4BackEdgeThreshold=400000");

    private StartBenchmark() {
    }

    /** Only these rows: {@code -Dbench.only=start}. */
    public static void main(String[] args) throws Exception {
        Headless.enable();
        measure(Files.createTempDirectory("newsmark-start")).forEach(Row::print);
    }

    /**
     * {@code start}: the jar as users start it, {@code java -XX:SharedArchiveFile=target/newsmark.jsa} with the
     * {@link #LAUNCH_FLAGS} {@code -jar target/newsmark.jar} (the probe's class folder appended to its class path);
     * {@code start-nocds}: the same jar and flags without the archive. Both need {@code mvn package} first; without the jar only {@code start-nocds} is
     * measured, from the class folders. The runs alternate, each with the floor (a bare area, no archive).
     */
    static List<Row> measure(Path folder) throws Exception {
        Path template = folder.resolve("start-template.db");
        String firstText;
        try (Workspace workspace = Workspace.openWithSamples(template)) {
            DocumentSummary first = workspace.documents().get(0);
            firstText = workspace.open(first.id()).text();
        }
        Path textFile = folder.resolve("first-article.txt");
        Files.writeString(textFile, firstText);
        Path config = returningAnalystConfig(folder);
        Optional<Path[]> packaged = packaged();
        List<String> classpath = packaged.map(p -> List.of("-cp", p[0] + File.pathSeparator + probeFolder()))
                .orElse(List.of("-cp", classpath()));
        Row withArchive = new Row("start");
        Row without = new Row("start-nocds");
        List<Long> windows = new ArrayList<>();
        List<Long> cpuWith = new ArrayList<>();
        List<Long> cpuWithout = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path copy = folder.resolve("start-" + i + ".db");
            if (packaged.isPresent()) {
                Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
                List<String> flags = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + packaged.get()[1], "-Xshare:auto"));
                flags.addAll(LAUNCH_FLAGS);
                flags.addAll(classpath);
                long[] app = run(config, flags, List.of(StartProbe.class.getName(), "--db", copy.toString()));
                withArchive.addNanos(app[1]);
                windows.add(app[0]);
                cpuWith.add(app[2]);
            }
            Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
            List<String> plainFlags = new ArrayList<>(packaged.isPresent() ? LAUNCH_FLAGS : List.of());
            plainFlags.addAll(classpath);
            long[] plain = run(config, plainFlags, List.of(StartProbe.class.getName(), "--db", copy.toString()));
            without.addNanos(plain[1]);
            cpuWithout.add(plain[2]);
            long floor = run(config, classpath, List.of(StartProbe.class.getName(), "--floor", textFile.toString()))[1];
            withArchive.addFloorNanos(floor);
            without.addFloorNanos(floor);
        }
        if (packaged.isEmpty()) {
            System.out.println("  start: no target/newsmark.jar with its newsmark.jsa (mvn package builds them): only start-nocds,"
                    + " from the class folders");
            return List.of(without);
        }
        System.out.printf("  start: %s with %s; first window frame median %.0f ms (article frame below); process CPU time"
                + " to the article frame median %.0f ms with the archive, %.0f ms without; load average %.1f%n",
                packaged.get()[0], packaged.get()[1], Row.percentile(windows, 50), Row.percentile(cpuWith, 50),
                Row.percentile(cpuWithout, 50), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return List.of(withArchive, without);
    }

    /** {target/newsmark.jar, target/newsmark.jsa} beside the test classes, when both exist and the archive is the jar's. */
    private static Optional<Path[]> packaged() throws java.io.IOException {
        Path target = probeFolder().getParent();
        Path jar = target.resolve("newsmark.jar");
        Path archive = target.resolve("newsmark.jsa");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        Path launcher = target.resolve("classes/org/newsmark/Launcher.class");
        if (Files.exists(launcher) && Files.getLastModifiedTime(launcher).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            System.out.println("  start: warning: " + jar + " is older than the compiled classes (run mvn package)");
        }
        return Optional.of(new Path[] {jar, archive});
    }

    /** The folder holding {@link StartProbe} (target/test-classes). */
    private static Path probeFolder() {
        try {
            return Path.of(StartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A config folder ({@code $XDG_CONFIG_HOME}) whose preferences already hold an analyst's name: start is timed for
     * an analyst who has started Newsmark before, whatever this machine's own preferences hold. Without it a first
     * start waits on the name question and the probe never sees an article.
     */
    private static Path returningAnalystConfig(Path folder) throws java.io.IOException {
        Path config = folder.resolve("config");
        Files.createDirectories(config.resolve("newsmark"));
        org.newsmark.app.UserPreferences.at(config.resolve("newsmark/preferences.properties"))
                .put(org.newsmark.app.UserPreferences.ANNOTATOR, "start-benchmark");
        return config;
    }

    /** {nanoseconds from process start to the first frame, to the first frame with an article; CPU time then}. */
    private static long[] run(Path config, List<String> flags, List<String> mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Headless.childFlags());
        command.addAll(flags);
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        long first = -1;
        long article = -1;
        long cpu = -1;
        List<String> other = new ArrayList<>();
        Thread deadline = new Thread(() -> {
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "start-probe-deadline");
        deadline.setDaemon(true);
        deadline.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("start-probe first-frame=")) {
                    first = Long.parseLong(line.substring(line.indexOf('=') + 1)) - start;
                } else if (line.startsWith("start-probe cpu=")) {
                    cpu = Long.parseLong(line.substring(line.indexOf('=') + 1));
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
        return new long[] {first, article, cpu};
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
