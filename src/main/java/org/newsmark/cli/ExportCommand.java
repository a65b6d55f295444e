package org.newsmark.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsmark.app.ExportDatasets;
import org.newsmark.app.ExportRequest;
import org.newsmark.app.Progress;
import org.newsmark.app.Workspace;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ExportOptions;
import org.newsmark.io.ExportReport;
import org.newsmark.io.NestedPolicy;
import org.newsmark.io.OffsetUnit;
import org.newsmark.model.Annotator;
import org.newsmark.model.DocumentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports the database as a labelled dataset.",
            "Spans a format cannot carry are counted and reported, never dropped silently."})
final class ExportCommand implements Callable<Integer> {

    private static final String STDOUT = "-";

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = Converters.ExportFormat.class,
            description = "doccano, doccano-rel, prodigy, brat, conll, labelstudio or csv")
    private DatasetFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "the file to write (a folder for brat); - is standard output")
    private String out;

    @Option(names = "--offsets", paramLabel = "UNIT", defaultValue = "codepoint", converter = Converters.Offsets.class,
            description = "codepoint or utf16 (default: ${DEFAULT-VALUE})")
    private OffsetUnit offsets;

    @Option(names = "--status", paramLabel = "STATUS", converter = Converters.Status.class,
            description = "only documents with this status: new, in-progress or done")
    private Optional<DocumentStatus> status = Optional.empty();

    @Option(names = "--labels", paramLabel = "a,b", split = ",", description = "only these labels (default: all)")
    private List<String> labels = List.of();

    @Option(names = "--nested", paramLabel = "POLICY", defaultValue = "outer", converter = Converters.Nested.class,
            description = "where spans nest and the format allows one per token (CoNLL): outer or inner wins"
                    + " (default: ${DEFAULT-VALUE})")
    private NestedPolicy nested;

    @Option(names = "--layer", paramLabel = "NAME",
            description = "whose layer of every document to write, e.g. gold (default: per document gold, else"
                    + " --annotator's, else default, else its only layer)")
    private Optional<String> layer = Optional.empty();

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "whose layer to write where a document has no gold one (default: the operating-system user name)")
    private String annotator;

    @Option(names = "--replace", description = "brat: replace a non-empty folder holding an earlier brat export, whole")
    private boolean replace;

    @Option(names = "--no-card", description = "write no dataset card (DATASET.md beside the file, or inside the brat folder)")
    private boolean noCard;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        boolean toStdout = STDOUT.equals(out);
        if (toStdout && format.writesFolder()) {
            throw new ParameterException(spec.commandLine(), format.code() + " writes a folder; --out - is for single-file formats");
        }
        Set<String> subset = new LinkedHashSet<>();
        labels.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(subset::add);
        Optional<String> chosenLayer = layer.map(String::strip);
        chosenLayer.flatMap(Annotator::problemWith).ifPresent(p -> {
            throw new BadInputException("--layer: " + p);
        });
        ExportRequest request = new ExportRequest(format, status, new ExportOptions(offsets, subset, nested), chosenLayer,
                !noCard);
        try (Workspace workspace = Workspace.openReadOnly(database.resolve(terminal, false),
                AnnotatorOption.checked(annotator).orElseGet(Annotator::osUser))) {
            ExportDatasets export = new ExportDatasets(workspace);
            List<String> unknown = export.unknownLabels(request);
            if (!unknown.isEmpty()) {
                throw new BadInputException(workspace.location() + ":0: --labels names labels it does not have: " + String.join(", ", unknown) + " (labels: " + String.join(", ", workspace.scheme().names()) + ")");
            }
            ExportReport report = toStdout
                    ? export.toStream(request, terminal.stdout(), Progress.NONE, () -> false)
                    : export.toPath(request, Path.of(out), replace, Progress.NONE, () -> false);
            terminal.stdout().flush();
            PrintStream messages = toStdout ? terminal.stderr() : terminal.text();
            messages.println(report.summary());
        }
        return 0;
    }
}
