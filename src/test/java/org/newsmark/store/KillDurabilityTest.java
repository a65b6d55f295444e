package org.newsmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.store.Fixtures.PERSON;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Span;

/**
 * A span whose insert returned is on disk even if the process is killed right after: a child JVM
 * inserts spans one transaction each and reports every commit; it is killed mid-stream, and every
 * reported span must be in the file.
 */
class KillDurabilityTest {

    private static final int SPANS = 5_000;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everySpanReportedAsCommittedSurvivesAKill() throws Exception {
        Path file = dir.resolve("killed.newsmark");
        long documentId;
        try (Store store = Fixtures.openWithLabels(file)) {
            documentId = Fixtures.insertDocument(store, "d", "x".repeat(SPANS + 1)).id();
        }

        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KillDurabilityChild.class.getName(),
                file.toString(), Long.toString(documentId), PERSON, Integer.toString(SPANS))
                .redirectErrorStream(true)
                .start();
        Map<Long, Integer> committed = new HashMap<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < KILL_AFTER && (line = out.readLine()) != null) {
                record(line, committed, other);
            }
            assertThat(committed).as("child output besides commits: %s", other).hasSizeGreaterThanOrEqualTo(KILL_AFTER);

            // killed at once, mid-stream; destroying also closes our end of the pipe, so lines the
            // child printed after this point are not seen and not checked
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (Store store = Store.open(file)) {
            List<Span> stored = store.spans().forDocument(documentId);
            Map<Long, Integer> startsById = new HashMap<>();
            stored.forEach(s -> startsById.put(s.id(), s.start()));
            assertThat(startsById).containsAllEntriesOf(committed);
            // ids and offsets went up together, one transaction each: what is stored is a prefix
            assertThat(stored).extracting(Span::start).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, stored.size()).boxed().toList());
        }
    }

    private static void record(String line, Map<Long, Integer> committed, List<String> other) {
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("committed")) {
            committed.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        } else {
            other.add(line);
        }
    }
}
