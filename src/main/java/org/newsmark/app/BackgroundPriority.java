package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Gives a background thread the operating system's low CPU priority. Java's thread priorities are
 * ignored on Linux unless the JVM runs as root, so on a two-core machine the suggestion worker took a
 * core from the renderer as readily as from anything else, and the thread that takes the keys waited
 * for the frame. A nice value is the Linux priority a user may lower for their own threads; a thread
 * id is a process id to {@code renice}. Elsewhere, or without {@code renice}, nothing changes.
 */
final class BackgroundPriority {

    /** The nice value background work runs at: the lowest priority, so it gets only what is left over. */
    static final int NICE = 19;

    private BackgroundPriority() {
    }

    /** Lowers the calling thread to {@code nice}; true if the system took it. */
    static boolean lowerCurrentThread(int nice) {
        Optional<String> tid = currentThreadId();
        if (tid.isEmpty()) {
            return false;
        }
        try {
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", tid.get())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException e) {
            return false; // no renice on this system: the thread keeps the default priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The kernel's id of the calling thread (Linux: {@code /proc/thread-self} links to {@code PID/task/TID}). */
    static Optional<String> currentThreadId() {
        Path self = Path.of("/proc/thread-self");
        try {
            return Files.isSymbolicLink(self)
                    ? Optional.of(Files.readSymbolicLink(self).getFileName().toString())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
