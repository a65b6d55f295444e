package org.newsmark.cli;

import java.util.concurrent.Callable;
import org.newsmark.app.CopyStore;
import org.newsmark.app.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "copy-store", mixinStandardHelpOptions = true,
        description = "Copies a whole corpus between databases (a file or postgresql://host/name) into a new or empty one.")
final class CopyStoreCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "the database to copy (only read)")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL", description = "a new or empty database to fill")
    private String to;

    CopyStoreCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        CopyStore.Result r;
        try {
            r = CopyStore.copy(DatabaseOption.check(from, false), DatabaseOption.check(to, true),
                    terminal.interactive() ? new ProgressLine(terminal.stderr()) : Progress.NONE, () -> false);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            if (terminal.interactive()) {
                terminal.stderr().print("\r\033[K");
            }
        }
        terminal.text().println("copied " + r.documents() + " documents, " + r.spans() + " spans, " + r.relations()
                + " relations, " + r.labels() + " labels, " + r.layerStatuses() + " layer statuses, " + r.assignments()
                + " assignments, " + r.rejectedSuggestions() + " rejected suggestions from " + r.from() + " to " + r.to());
        return 0;
    }
}
