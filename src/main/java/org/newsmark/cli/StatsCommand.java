package org.newsmark.cli;

import java.util.concurrent.Callable;
import org.newsmark.app.CorpusStats;
import org.newsmark.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts documents by status, spans per label and relations per type.")
final class StatsCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--json", description = "print JSON instead of aligned text")
    private boolean json;

    StatsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openReadOnly(database.resolve(terminal, false))) {
            CorpusStats stats = workspace.stats();
            terminal.text().println(json ? stats.json() : stats.text());
        }
        return 0;
    }
}
