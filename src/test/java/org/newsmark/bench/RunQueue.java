package org.newsmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How long the calling thread has waited, runnable, for a core: what other processes cost it (Linux only). */
public final class RunQueue {

    private RunQueue() {
    }

    /** Nanoseconds this thread has spent waiting on a run queue since it started; 0 where the kernel does not say. */
    public static long waitedNanos() {
        try {
            String[] fields = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
