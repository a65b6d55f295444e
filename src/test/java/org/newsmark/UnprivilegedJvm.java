package org.newsmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a main class of the tests in a new JVM as the unprivileged user {@code nobody} (through
 * util-linux's {@code setpriv}), so that permission checks can be proved when the tests themselves run
 * as root, as they do in CI containers where root ignores permission bits. The classes it needs are
 * copied into a world-readable folder first: the build's own folders may sit under {@code /root}.
 */
public final class UnprivilegedJvm {

    /** The jars Newsmark's store and command line need besides its own classes (not JavaFX, not the test tools). */
    private static final Pattern NEEDED_JARS = Pattern.compile(
            "(sqlite-jdbc|jackson-(core|databind|annotations)|picocli|icu4j|commons-(csv|io|codec))-.*\\.jar");
    private static final String NOBODY = "65534";

    public record Result(int exitCode, String output) {
    }

    private UnprivilegedJvm() {
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs {@code main} as nobody with {@code args}; {@code scratch} must be a fresh folder. */
    public static Result run(Class<?> main, Path scratch, String... args) throws IOException, InterruptedException {
        Path classpath = Files.createDirectories(scratch.resolve("classpath"));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (Files.isDirectory(source)) {
                Path copy = classpath.resolve("dir" + entries.size());
                copyFiles(source, copy);
                entries.add(copy.toString());
            } else if (NEEDED_JARS.matcher(source.getFileName().toString()).matches()) {
                Path copy = classpath.resolve(source.getFileName());
                Files.copy(source, copy);
                entries.add(copy.toString());
            }
        }
        Path tmp = Files.createDirectories(scratch.resolve("tmp"));
        openToEveryone(scratch);

        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", String.join(File.pathSeparator, entries), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the probe did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    /** Classes and the resources beside them (the default label scheme, gazetteers). */
    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path file : tree.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Folders become rwxrwxrwx and files rw-r--r--, so that nobody can read, enter and write scratch space. */
    private static void openToEveryone(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--"));
            }
        }
    }
}
