package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.Launcher;

/**
 * {@code newsmark --train}, the class-data training run of {@code mvn package} (which also writes the archive:
 * the JVM cannot archive classes from the class folders the tests run from): a headless new JVM opens the
 * window on the bundled samples, exits by itself once the first article is drawn, and leaves nothing behind
 * nor touches the user's preferences.
 */
class ArchiveTrainingTest {

    @TempDir
    Path temp;

    @Test
    void theTrainingRunDrawsTheFirstArticleExitsAndCleansUp() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path config = temp.resolve("config");
        Path data = temp.resolve("data");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--train")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("output.txt").toFile());
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        builder.environment().put("XDG_DATA_HOME", data.toString());
        Process process = builder.start();
        boolean exited = process.waitFor(180, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(temp.resolve("output.txt"), StandardCharsets.UTF_8);
        assertThat(exited).as("the training run exits by itself; it printed:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("newsmark-train"));
        }
        assertThat(config).doesNotExist();
        assertThat(data).doesNotExist();
    }
}
