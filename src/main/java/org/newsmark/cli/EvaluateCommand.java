package org.newsmark.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsmark.app.GoldEvaluation;
import org.newsmark.app.Workspace;
import org.newsmark.io.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores the database's spans and said_by links against a gold file.",
            "Per label: precision, recall and F1 for exact and overlapping spans; then the share of matched",
            "quotes whose speaker agrees. Gold documents are found in the database by their text."})
final class EvaluateCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "the hand-annotated dataset")
    private Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, doccano, prodigy, brat, conll or labelstudio (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Option(names = "--details", description = "also list, per label, each gold span missed and each false one"
            + " (document, code-point offsets, text)")
    private boolean details;

    EvaluateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Optional<DatasetFormat> chosen;
        try {
            chosen = new Converters.ImportFormat().convert(format);
        } catch (TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        try (Workspace workspace = Workspace.open(database.resolve(terminal, false))) {
            if (chosen.isEmpty() && DatasetFormat.detect(gold).isEmpty()) {
                throw new BadInputException(gold + ":0: cannot tell its format; give --format");
            }
            GoldEvaluation.Result result = workspace.evaluate(gold, chosen);
            terminal.text().println(json ? result.json(details) : result.text(details));
        }
        return 0;
    }
}
