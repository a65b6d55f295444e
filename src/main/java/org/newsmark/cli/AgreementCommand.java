package org.newsmark.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsmark.app.CorpusAgreement;
import org.newsmark.app.Workspace;
import org.newsmark.app.team.AgreementJson;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.LabelAgreement;
import org.newsmark.app.team.PairAgreement;
import org.newsmark.model.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "agreement", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"How far the annotators agree: per pair and label F1 (exact and overlapping spans) and Cohen's"
                + " kappa over tokens, per label Fleiss' kappa and Krippendorff's unitizing alpha, and said_by agreement.",
            "Compares every annotator with a layer except gold, over the documents at least two of them annotated."})
final class AgreementCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--annotators", paramLabel = "a,b", split = ",",
            description = "whom to compare, at least two (default: everyone with a layer but gold)")
    private List<String> annotators = List.of();

    @Option(names = "--labels", paramLabel = "a,b", split = ",", description = "only these labels (default: every label used)")
    private List<String> labels = List.of();

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    AgreementCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openReadOnly(database.resolve(terminal, false))) {
            CorpusAgreement agreement = new CorpusAgreement(workspace);
            List<String> compared = compared(agreement, workspace);
            List<String> reported = reported(workspace);
            AgreementReport report = agreement.measure(compared, reported);
            terminal.text().println(json ? AgreementJson.summary(report) : table(report));
        }
        return 0;
    }

    private List<String> compared(CorpusAgreement agreement, Workspace workspace) {
        List<String> withLayers = agreement.annotatorsWithLayers();
        List<String> named = cleaned(annotators);
        if (named.isEmpty()) {
            List<String> everyone = agreement.annotators();
            if (everyone.size() < 2) {
                throw new BadInputException(workspace.location() + ":0: agreement needs at least two annotators; "
                        + (everyone.isEmpty() ? "no one has" : "only " + everyone.get(0) + " has")
                        + " a layer here besides gold (add others' work with merge)");
            }
            limit(everyone.size(), "there are");
            return everyone;
        }
        for (String name : named) {
            Annotator.problemWith(name).ifPresent(p -> {
                throw new BadInputException("--annotators: " + p);
            });
        }
        List<String> unknown = named.stream().filter(n -> !withLayers.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException(workspace.location() + ":0: --annotators names annotators without a layer here: "
                    + String.join(", ", unknown) + " (annotators: " + (withLayers.isEmpty() ? "none" : String.join(", ", withLayers)) + ")");
        }
        if (named.size() < 2) {
            throw new BadInputException("--annotators: agreement needs at least two annotators, not " + named.size());
        }
        limit(named.size(), "--annotators names");
        return named;
    }

    private static void limit(int count, String who) {
        if (count > CorpusAgreement.MAX_ANNOTATORS) {
            throw new BadInputException("agreement compares at most " + CorpusAgreement.MAX_ANNOTATORS
                    + " annotators; " + who + " " + count + " (choose some with --annotators)");
        }
    }

    private List<String> reported(Workspace workspace) {
        List<String> named = cleaned(labels);
        List<String> unknown = named.stream().filter(l -> workspace.scheme().byName(l).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException(workspace.location() + ":0: --labels names labels it does not have: "
                    + String.join(", ", unknown) + " (labels: " + String.join(", ", workspace.scheme().names()) + ")");
        }
        return named;
    }

    private static List<String> cleaned(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(out::add);
        return new ArrayList<>(out);
    }

    /** Pairs by label, then the labels' all-annotator figures, then said_by per pair. */
    private static String table(AgreementReport report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        int pairWidth = Math.max(4, report.pairs().stream().mapToInt(p -> p.a().length() + p.b().length() + 3).max().orElse(4));
        int labelWidth = Math.max(5, report.labels().stream().mapToInt(String::length).max().orElse(5));
        out.printf("%d documents compared; annotators: %s%n%n", report.documents().size(), String.join(", ", report.annotators()));
        String pairRow = "%-" + pairWidth + "s  %-" + labelWidth + "s  %8s  %10s  %6s  %5s  %5s%n";
        out.printf(pairRow, "pair", "label", "F1 exact", "F1 overlap", "kappa", "#a", "#b");
        for (PairAgreement p : report.pairs()) {
            for (var e : p.labels().entrySet()) {
                LabelAgreement l = e.getValue();
                out.printf(pairRow, p.a() + " / " + p.b(), e.getKey(), number(l.f1Exact()), number(l.f1Overlap()),
                        number(l.kappa()), l.spansA(), l.spansB());
            }
        }
        String labelRow = "%-" + labelWidth + "s  %13s  %7s%n";
        out.printf("%n" + labelRow, "label", "Fleiss' kappa", "alpha_u");
        for (String label : report.labels()) {
            out.printf(labelRow, label, number(report.fleissKappa().getOrDefault(label, Double.NaN)),
                    number(report.alphaU().getOrDefault(label, Double.NaN)));
        }
        String saidByRow = "%-" + pairWidth + "s  %7s  %9s%n";
        out.printf("%n" + saidByRow, "pair", "said_by", "documents");
        for (PairAgreement p : report.pairs()) {
            out.printf(saidByRow, p.a() + " / " + p.b(), number(p.saidBy()), p.documents());
        }
        out.print("\n(n/a: not measured - neither used the label, or no shared attributed quote)");
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
