package org.newsmark.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The suggestion worker runs at the system's lowest priority, read back from the kernel (Linux only). */
class BackgroundPriorityTest {

    @BeforeAll
    static void linuxWithRenice() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        Process which = new ProcessBuilder("sh", "-c", "command -v renice").start();
        assumeTrue(which.waitFor(5, TimeUnit.SECONDS) && which.exitValue() == 0, "renice is not installed");
    }

    @Test
    void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
        int before = niceOfThisThread();
        int target = Math.min(19, before + 5);
        CompletableFuture<int[]> seen = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                boolean taken = BackgroundPriority.lowerCurrentThread(target);
                seen.complete(new int[] {taken ? 1 : 0, niceOfThisThread()});
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
        });
        thread.start();
        int[] result = seen.get(10, TimeUnit.SECONDS);
        assertEquals(1, result[0], "renice refused");
        assertEquals(target, result[1]);
        assertEquals(before, niceOfThisThread(), "only the calling thread is lowered");
    }

    @Test
    void theWindowsSuggestionWorkerRunsAtTheLowestPriority() throws Exception {
        try (TaskRunner runner = new TaskRunner()) {
            int nice = runner.suggestions().submit(BackgroundPriorityTest::niceOfThisThread).get(10, TimeUnit.SECONDS);
            assertEquals(BackgroundPriority.NICE, nice);
            int writer = runner.writer().submit(BackgroundPriorityTest::niceOfThisThread).get(10, TimeUnit.SECONDS);
            assertTrue(writer < BackgroundPriority.NICE, "the writer keeps its priority, was " + writer);
        }
    }

    /** Field 19 of {@code /proc/thread-self/stat}; the name in brackets may hold spaces, so count after it. */
    private static int niceOfThisThread() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(afterName[19 - 3]);
    }
}
