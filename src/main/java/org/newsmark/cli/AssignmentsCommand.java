package org.newsmark.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmark.app.Assignments;
import org.newsmark.app.Workspace;
import org.newsmark.model.DocumentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "assignments", mixinStandardHelpOptions = true,
        description = "Lists each annotator's assigned documents with the status of their layer and its span count.")
final class AssignmentsCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--documents", description = "list every assigned document, not only the counts")
    private boolean documents;

    AssignmentsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<Assignments.Row> rows;
        try (Workspace workspace = Workspace.openReadOnly(database.resolve(terminal, false))) {
            rows = new Assignments(workspace).list();
        }
        if (rows.isEmpty()) {
            terminal.text().println("no documents are assigned (newsmark assign)");
            return 0;
        }
        Map<String, int[]> byAnnotator = new LinkedHashMap<>();
        for (Assignments.Row row : rows) {
            int[] n = byAnnotator.computeIfAbsent(row.annotator(), k -> new int[DocumentStatus.values().length + 1]);
            n[row.status().ordinal()]++;
            n[DocumentStatus.values().length]++;
        }
        byAnnotator.forEach((name, n) -> {
            StringBuilder line = new StringBuilder(name).append('\t').append(n[DocumentStatus.values().length]).append(" assigned");
            for (DocumentStatus s : DocumentStatus.values()) {
                line.append(", ").append(n[s.ordinal()]).append(' ').append(s.code());
            }
            terminal.text().println(line);
            if (documents) {
                rows.stream().filter(r -> r.annotator().equals(name)).forEach(r -> terminal.text().println(
                        "  " + r.documentId() + "\t" + r.status().code() + "\t" + r.spans() + " spans\t" + r.documentName()));
            }
        });
        return 0;
    }
}
