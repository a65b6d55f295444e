package org.newsmark.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsmark.app.Assignments;
import org.newsmark.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Assigns every document to annotators, replacing any earlier assignment: each document to"
                + " --per-doc annotators, in turn, so everyone gets the same number give or take one.",
            "With --overlap only that share of the documents (spread evenly) gets --per-doc annotators; the rest one each."})
final class AssignCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--annotators", required = true, paramLabel = "a,b,c", split = ",", description = "who annotates")
    private List<String> annotators;

    @Option(names = "--per-doc", paramLabel = "N", defaultValue = "1",
            description = "annotators per document (default: ${DEFAULT-VALUE})")
    private int perDoc;

    @Option(names = "--overlap", paramLabel = "P%", description = "the share of documents that get --per-doc annotators, e.g. 20%%")
    private String overlap;

    AssignCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> names = annotators.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        Optional<Double> share = Optional.ofNullable(overlap).map(this::percent);
        Map<Long, List<String>> plan;
        try (Workspace workspace = Workspace.open(database.resolve(terminal, false))) {
            try {
                plan = new Assignments(workspace).assign(names, perDoc, share);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        names.forEach(n -> counts.put(n, 0));
        plan.values().forEach(list -> list.forEach(n -> counts.merge(n, 1, Integer::sum)));
        long shared = plan.values().stream().filter(l -> l.size() > 1).count();
        terminal.text().println(plan.size() + " documents assigned, " + shared + " of them to " + perDoc + " annotators");
        counts.forEach((n, c) -> terminal.text().println("  " + n + "\t" + c + " documents"));
        return 0;
    }

    private double percent(String text) {
        String number = text.strip().endsWith("%") ? text.strip().substring(0, text.strip().length() - 1) : text.strip();
        try {
            double value = Double.parseDouble(number);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--overlap must be a share between 0% and 100%, e.g. 20%: " + text);
    }
}
