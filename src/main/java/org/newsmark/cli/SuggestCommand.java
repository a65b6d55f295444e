package org.newsmark.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsmark.app.SuggestOptions;
import org.newsmark.app.SuggestReport;
import org.newsmark.app.SuggestionService;
import org.newsmark.app.Workspace;
import org.newsmark.model.Annotator;
import org.newsmark.model.DocumentStatus;
import org.newsmark.suggest.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Proposes speakers, quotes, figures, places and said_by links for the stored documents.",
            "Without --apply it only counts them per label; with it they are stored as spans in the layer of --annotator"
                    + " (default: the machine annotator '" + SuggestionService.ANNOTATOR + "'; links as relations),"
                    + " one transaction per document."})
final class SuggestCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--apply", description = "store the suggestions instead of only counting them")
    private boolean apply;

    @Option(names = "--labels", paramLabel = "a,b", split = ",",
            description = "only these labels (default: all)")
    private List<String> labels = List.of();

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "0",
            description = "leave out suggestions scored below X, between 0 and 1 (default: ${DEFAULT-VALUE})")
    private double minScore;

    @Option(names = "--status", paramLabel = "STATUS", converter = Converters.Status.class,
            description = "only documents with this status: new, in-progress or done")
    private Optional<DocumentStatus> status = Optional.empty();

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "whose layer the suggestions go into (default: the machine annotator '" + SuggestionService.ANNOTATOR + "')")
    private String annotator;

    SuggestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-score must be between 0 and 1: " + minScore);
        }
        Set<String> subset = new LinkedHashSet<>();
        labels.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(subset::add);
        try (Workspace workspace = Workspace.open(database.resolve(terminal, false));
             SuggestionService service = workspace.startSuggestions()) {
            List<String> known = workspace.scheme().names();
            List<String> unknown = subset.stream().filter(l -> !known.contains(l) && !Labels.ALL.contains(l)).toList();
            if (!unknown.isEmpty()) {
                throw new BadInputException(workspace.location() + ":0: --labels names labels nothing suggests: "
                        + String.join(", ", unknown) + " (labels: " + String.join(", ", Labels.ALL) + ")");
            }
            if (apply) {
                (subset.isEmpty() ? Labels.ALL : List.copyOf(subset)).forEach(workspace::ensureLabel);
            }
            SuggestReport report = service.suggestCorpus(new SuggestOptions(apply, subset, minScore, status,
                    AnnotatorOption.checked(annotator).map(Annotator::name).orElse(SuggestionService.ANNOTATOR)));
            terminal.text().println(report.text());
        }
        return 0;
    }
}
