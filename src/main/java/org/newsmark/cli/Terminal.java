package org.newsmark.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a command writes and what environment it sees: the process's own, or a test's.
 *
 * @param stdout raw standard output (exports to {@code -} write bytes here)
 * @param stderr messages and errors
 * @param env    environment variables ({@code NEWSMARK_DB})
 */
public record Terminal(OutputStream stdout, PrintStream stderr, Map<String, String> env) {

    public Terminal {
        env = Map.copyOf(env);
    }

    public static Terminal system() {
        return new Terminal(System.out, System.err, System.getenv());
    }

    /** Whether a person watches: the process's own error stream on a console (never a test's or a pipe). */
    boolean interactive() {
        return stderr == System.err && System.console() != null;
    }

    /** Standard output for text (summaries, statistics), UTF-8. */
    PrintStream text() {
        return stdout instanceof PrintStream p ? p : new PrintStream(stdout, true, StandardCharsets.UTF_8);
    }
}
