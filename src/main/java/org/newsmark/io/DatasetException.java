package org.newsmark.io;

import java.nio.file.Path;
import java.util.Objects;

/** Bad input: names the file and the 1-based line (0 when the line is unknown). */
public final class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public DatasetException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public DatasetException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(0, line);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, String problem) {
        return ErrorText.location(file, line) + ": " + ErrorText.oneLine(problem);
    }
}
