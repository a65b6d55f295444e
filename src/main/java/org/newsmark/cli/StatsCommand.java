package org.newsmark.cli;

import java.util.concurrent.Callable;
import org.newsmark.app.CorpusStats;
import org.newsmark.app.TeamStatistics;
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

    @Option(names = "--json", description = "print JSON instead of aligned text, with the team's figures: spans per"
            + " annotator and label (in all and per document), documents done per day, speed, label co-occurrence and"
            + " agreement per label")
    private boolean json;

    StatsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openReadOnly(database.resolve(terminal, false))) {
            CorpusStats stats = workspace.stats();
            terminal.text().println(json ? TeamStatistics.of(workspace).jsonWith(stats) : stats.text());
        }
        return 0;
    }
}
