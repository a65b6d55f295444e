package org.newsmark.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.app.MergeLayers;
import org.newsmark.app.UnusedMappingException;
import org.newsmark.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Adds other analysts' work as their layers: another Newsmark database (each of its annotators"
                + " under their own name) or an export in any importable format (the layer of --annotator).",
            "Documents are matched by their text; one that matches nothing is reported and not added. An annotator"
                    + " who already has annotations on a matched document fails the merge (exit 2) and nothing is"
                    + " written: all or nothing."})
final class MergeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "whose layer an export is (needed for one); renames the layer of a database that has one")
    private String annotator;

    @Parameters(paramLabel = "OTHER.db|EXPORT", arity = "1..*", description = "databases, export files or folders")
    private List<Path> sources;

    MergeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = Workspace.open(database.resolve(terminal, false))) {
            MergeLayers.Report report = new MergeLayers(workspace).merge(sources, AnnotatorOption.checked(annotator));
            terminal.text().println(report.text());
        } catch (UnusedMappingException e) {
            throw new BadInputException(String.join(", ", e.labels()));
        }
        return 0;
    }
}
