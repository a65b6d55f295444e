package org.newsmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.newsmark.app.DatabaseAccessException;
import org.newsmark.io.DatasetException;
import org.newsmark.io.ErrorText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsmark import|export|stats|suggest|evaluate|merge|assign|assignments|agreement|copy-store}. Exit codes: 0 done, 2 bad input (a dataset error, a bad option,
 * a missing file), 1 anything else. Errors go to standard error as {@code FILE:LINE: problem}.
 */
@Command(name = "newsmark", mixinStandardHelpOptions = true, version = "Newsmark 0.1",
        description = "Annotated news datasets in and out, suggestions and their evaluation. Without a command, java -jar newsmark.jar opens the window.")
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private final Terminal terminal;

    private Cli(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs a command line against the process's own streams and environment. */
    public static int run(String... args) {
        return run(Terminal.system(), args);
    }

    public static int run(Terminal terminal, String... args) {
        return commandLine(terminal).execute(args);
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine cli = new CommandLine(new Cli(terminal))
                .addSubcommand(new ImportCommand(terminal))
                .addSubcommand(new ExportCommand(terminal))
                .addSubcommand(new StatsCommand(terminal))
                .addSubcommand(new SuggestCommand(terminal))
                .addSubcommand(new EvaluateCommand(terminal))
                .addSubcommand(new MergeCommand(terminal))
                .addSubcommand(new AssignCommand(terminal))
                .addSubcommand(new AssignmentsCommand(terminal))
                .addSubcommand(new AgreementCommand(terminal))
                .addSubcommand(new CopyStoreCommand(terminal));
        cli.setOut(new PrintWriter(terminal.text(), true));
        cli.setErr(new PrintWriter(terminal.stderr(), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            terminal.stderr().println(message(e));
            terminal.stderr().flush();
            return exitCode(e);
        });
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, terminal.text());
    }

    static int exitCode(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof DatasetException || cause instanceof BadInputException || cause instanceof DatabaseAccessException
                || cause instanceof NoSuchFileException || cause instanceof AccessDeniedException
                || cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException
                || cause instanceof DirectoryNotEmptyException) {
            return BAD_INPUT;
        }
        return FAILURE;
    }

    /** The one line printed for a failure; control characters (a newline in a file name) are escaped. */
    static String message(Exception e) {
        return ErrorText.oneLine(describe(e));
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof FileSystemException f) {
            return f.getFile() + ":0: " + (f.getReason() != null ? f.getReason() : problem(f));
        }
        if (cause instanceof IOException io) {
            String text = String.valueOf(io.getMessage());
            return "error: " + (text.contains("No space left on device") ? "the disk is full (" + text + ")" : text);
        }
        String text = cause.getMessage();
        return text == null || text.isBlank() ? "error: " + cause : text;
    }

    /** A sentence for the file system failures Java reports by their class alone. */
    private static String problem(FileSystemException f) {
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (f instanceof NotDirectoryException) {
            return "is not a folder";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        return "cannot be read or written";
    }
}
