package org.newsmark.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsmark.app.Workspace;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.cli.Cli;
import org.newsmark.cli.Terminal;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.store.BulkInserter;
import org.newsmark.store.Store;

/**
 * The command line's path of agreement: {@link AgreementBenchmark}'s corpus stored in a real SQLite
 * database (every annotator's layer), then {@code newsmark agreement --json} and {@code stats --json}
 * timed end to end, reading the store as a user's run does.
 */
final class AgreementCliBenchmark {

    private AgreementCliBenchmark() {
    }

    static void run(List<LayeredDocument> corpus) throws IOException {
        Path folder = Files.createTempDirectory("newsmark-agreement-bench");
        Path db = folder.resolve("team.db");
        Workspace.open(db).close(); // the schema and the default labels
        try (Store store = Store.open(db)) {
            store.inTransaction(() -> {
                try (BulkInserter inserter = store.bulkInserter()) {
                    for (LayeredDocument doc : corpus) {
                        long id = -1;
                        for (Map.Entry<String, List<org.newsmark.model.Span>> layer : doc.spans().entrySet()) {
                            AnnotatedDocument one = new AnnotatedDocument(doc.document(), layer.getValue(), List.of());
                            if (id < 0) {
                                id = inserter.insert(one, layer.getKey());
                            } else {
                                inserter.insertLayer(id, one, layer.getKey());
                            }
                        }
                    }
                }
                return null;
            });
        }
        for (String command : List.of("agreement", "stats")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int exit = Cli.run(new Terminal(out, err, Map.of()), command, "--db", db.toString(), "--json");
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s-cli docs=%d db_mb=%d exit=%d ms=%d json_kb=%d%n", command, corpus.size(),
                    Files.size(db) >> 20, exit, ms, out.size() >> 10);
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }
}
