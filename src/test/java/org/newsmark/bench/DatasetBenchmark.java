package org.newsmark.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsmark.app.ExportDatasets;
import org.newsmark.app.ExportRequest;
import org.newsmark.app.ImportDatasets;
import org.newsmark.app.ImportRequest;
import org.newsmark.app.ImportSummary;
import org.newsmark.app.Progress;
import org.newsmark.app.Workspace;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.DatasetWriter;
import org.newsmark.io.ExportOptions;
import org.newsmark.io.ExportReport;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/**
 * Import and export through the store, not a test: 10,000 synthetic ~5 KB articles with 20 spans and 5
 * relations each (200,000 spans). Times the doccano import into an empty database, the export to every
 * format, the peak heap of each, and the floor: a plain JDBC batch insert of the same rows and the
 * {@code sqlite3} shell loading them.
 *
 * <p>{@code DatasetBenchmark [documents] [--formats=prodigy,conll] [--repeat=N] [--dir=DIR]}: {@code --formats}
 * times only the exports of those formats ({@code --repeat} times each; no imports or floors beyond the one
 * that builds the database); {@code --dir} works in that folder and keeps it, reusing its {@code import.db}
 * when present, so outputs can be compared between builds.
 */
public final class DatasetBenchmark {

    private static final int SPANS = 20;
    private static final int RELATIONS = 5;
    private static final LabelScheme SCHEME = new LabelScheme(List.of(Label.of("speaker", "#1f77b4", "s", 0),
            Label.of("quote", "#ff7f0e", "q", 1), Label.of("figure", "#2ca02c", "f", 2),
            Label.of("place", "#d62728", "p", 3)), List.of(Relation.SAID_BY));

    private DatasetBenchmark() {
    }

    /** The command line: see the class comment. */
    record Options(int count, Set<DatasetFormat> formats, int repeat, Optional<Path> dir) {

        static Options parse(String[] args) {
            int count = 10_000;
            Set<DatasetFormat> formats = EnumSet.noneOf(DatasetFormat.class);
            int repeat = 1;
            Optional<Path> dir = Optional.empty();
            for (String arg : args) {
                if (arg.startsWith("--formats=")) {
                    for (String code : arg.substring("--formats=".length()).split(",")) {
                        formats.add(DatasetFormat.fromCode(code)
                                .orElseThrow(() -> new IllegalArgumentException("unknown format " + code)));
                    }
                } else if (arg.startsWith("--repeat=")) {
                    repeat = Integer.parseInt(arg.substring("--repeat=".length()));
                } else if (arg.startsWith("--dir=")) {
                    dir = Optional.of(Path.of(arg.substring("--dir=".length())));
                } else {
                    count = Integer.parseInt(arg);
                }
            }
            return new Options(count, formats, repeat, dir);
        }

        boolean everything() {
            return formats.isEmpty();
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int count = options.count();
        Path dir = options.dir().isPresent() ? Files.createDirectories(options.dir().get())
                : Files.createTempDirectory("newsmark-dataset-bench");
        try {
            Path jsonl = dir.resolve("corpus.jsonl");
            Path db = dir.resolve("import.db");
            if (options.dir().isPresent() && Files.exists(db)) {
                System.out.println("reusing " + db);
            } else {
                long t0 = System.nanoTime();
                writeCorpus(jsonl, count);
                System.out.printf("corpus: %d documents, %d spans, %d relations, %.1f MB doccano JSONL, built in %.2f s%n",
                        count, count * SPANS, count * RELATIONS, Files.size(jsonl) / 1e6, (System.nanoTime() - t0) / 1e9);
                importInto(db, jsonl);
            }
            if (!options.everything()) {
                for (DatasetFormat format : options.formats()) {
                    for (int r = 0; r < options.repeat(); r++) {
                        export(db, format, dir);
                    }
                }
                return;
            }
            planAndApply(dir.resolve("import-window.db"), jsonl);
            for (DatasetFormat format : DatasetFormat.values()) {
                if (format == DatasetFormat.BRAT) {
                    emptyFilesFloor(dir.resolve("empty-files"), 2 * count);
                }
                if (format.canWrite()) {
                    export(db, format, dir);
                }
            }
            jdbcFloor(dir.resolve("jdbc.db"), count);
            jdbcPrebuiltFloor(dir.resolve("jdbc-prebuilt.db"), count);
            sqliteShellFloor(dir, count);
        } finally {
            if (options.dir().isEmpty()) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The synthetic articles as doccano JSONL with entities and relations, written one at a time. */
    private static void writeCorpus(Path jsonl, int count) throws IOException {
        try (DatasetWriter writer = DatasetFormat.DOCCANO_REL.openWriter(jsonl,
                ExportOptions.defaults().withOffsets(org.newsmark.io.OffsetUnit.UTF16))) {
            for (int i = 0; i < count; i++) {
                writer.write(article(i), SCHEME);
            }
            writer.finish();
        }
    }

    static AnnotatedDocument article(int n) {
        String text = SyntheticCorpus.article(5_000, n);
        List<Span> raw = SyntheticCorpus.spans(text, SPANS, n);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            spans.add(raw.get(i).withId(i + 1L));
        }
        List<Relation> relations = new ArrayList<>();
        for (int r = 0; r < RELATIONS; r++) {
            relations.add(Relation.of(r + 1L, 4L * r + 2, 4L * r + 1, Relation.SAID_BY));
        }
        return new AnnotatedDocument(Document.of("article-" + n, text), spans, relations);
    }

    /** The command line's import: read and stored in one streaming pass, one transaction. */
    private static void importInto(Path db, Path jsonl) throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            gc();
            long start = System.nanoTime();
            ImportSummary summary = new ImportDatasets(workspace).run(
                    ImportRequest.of(List.of(jsonl)).withOffsets(org.newsmark.io.OffsetUnit.UTF16), Progress.NONE, () -> false);
            print("import doccano", summary.documents(), start, String.format("streamed, as the command line; %d spans, %d relations",
                    summary.spans(), summary.relations()));
        }
    }

    /** The window's import: the inputs read once for the preview, then streamed into the store as the CLI does. */
    private static void planAndApply(Path db, Path jsonl) throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            ImportDatasets imports = new ImportDatasets(workspace);
            gc();
            long start = System.nanoTime();
            ImportRequest request = ImportRequest.of(List.of(jsonl)).withOffsets(org.newsmark.io.OffsetUnit.UTF16);
            ImportSummary preview = imports.preview(request);
            long read = System.nanoTime();
            ImportSummary summary = imports.run(request, preview.documents(), Progress.NONE, () -> false);
            long end = System.nanoTime();
            print("import preview+run", summary.documents(), start, String.format("read %.2f s + store %.2f s; %d spans, %d relations",
                    (read - start) / 1e9, (end - read) / 1e9, summary.spans(), summary.relations()));
        }
    }

    private static void export(Path db, DatasetFormat format, Path dir) throws IOException, org.newsmark.io.DatasetException {
        Path out = dir.resolve(format.writesFolder() ? "out-" + format.code() : "out-" + format.code() + "." + format.extension());
        deleteTree(out); // a repeat writes a new file as the first run does, not over the last one
        try (Workspace workspace = Workspace.open(db)) {
            gc();
            long start = System.nanoTime();
            ExportReport report = new ExportDatasets(workspace).toPath(ExportRequest.of(format), out, Progress.NONE, () -> false);
            print("export " + format.code(), report.documents(), start, report.spans() + " spans, "
                    + report.relations() + " relations, " + report.spansDropped() + " spans dropped");
        }
    }

    /** The same rows through one JDBC connection, one transaction, batched prepared statements: no Newsmark code. */
    private static void jdbcFloor(Path db, int count) throws SQLException {
        Store.open(db).close(); // the same schema, triggers and indexes
        gc();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            c.createStatement().execute("PRAGMA synchronous = FULL");
            for (String[] label : new String[][] {{"1", "speaker"}, {"2", "quote"}, {"3", "figure"}, {"4", "place"}}) {
                c.createStatement().execute("INSERT INTO labels(id, name, color, position) VALUES (" + label[0] + ", '"
                        + label[1] + "', '#000000', " + label[0] + ")");
            }
            c.setAutoCommit(false);
            try (PreparedStatement docs = c.prepareStatement(
                    "INSERT INTO documents(id, name, title, text, text_length, sha256) VALUES (?,?,?,?,?,?)");
                 PreparedStatement spans = c.prepareStatement(
                         "INSERT INTO spans(id, document_id, start, end, label_id, annotator) VALUES (?,?,?,?,?,?)");
                 PreparedStatement rels = c.prepareStatement(
                         "INSERT INTO relations(id, document_id, from_span, to_span, type) VALUES (?,?,?,?,?)")) {
                RowIds ids = new RowIds();
                for (int i = 0; i < count; i++) {
                    AnnotatedDocument a = article(i);
                    long docId = i + 1L;
                    docs.setLong(1, docId);
                    docs.setString(2, a.document().name());
                    docs.setString(3, a.document().title());
                    docs.setString(4, a.document().text());
                    docs.setInt(5, a.document().text().length());
                    docs.setString(6, a.document().sha256());
                    docs.executeUpdate();
                    ids.insert(spans, rels, docId, a);
                }
            }
            c.commit();
        }
        print("floor: JDBC batch", count, start, "plain inserts of the same rows (texts built in the loop)");
    }

    /** What the file system charges for brat's files alone: {@code count} empty files created in one folder. */
    private static void emptyFilesFloor(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        gc();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Files.write(folder.resolve("article-" + i + (i % 2 == 0 ? ".txt" : ".ann")), new byte[0]);
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-22s %6d files %6.2f s  (creating empty files, the floor of the brat export)%n",
                "floor: empty files", count, s);
    }

    /** The JDBC floor with every row built before the clock starts: the database's share alone. */
    private static void jdbcPrebuiltFloor(Path db, int count) throws SQLException {
        Store.open(db).close();
        List<AnnotatedDocument> articles = new ArrayList<>(count);
        List<String> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
            hashes.add(articles.get(i).document().sha256());
        }
        List<String> labels = List.of("speaker", "quote", "figure", "place");
        gc();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            c.createStatement().execute("PRAGMA synchronous = FULL");
            for (int l = 0; l < labels.size(); l++) {
                c.createStatement().execute("INSERT INTO labels(id, name, color, position) VALUES (" + (l + 1) + ", '"
                        + labels.get(l) + "', '#000000', " + (l + 1) + ")");
            }
            c.setAutoCommit(false);
            try (PreparedStatement docs = c.prepareStatement(
                    "INSERT INTO documents(id, name, title, text, text_length, sha256) VALUES (?,?,?,?,?,?)");
                 PreparedStatement spans = c.prepareStatement(
                         "INSERT INTO spans(id, document_id, start, end, label_id, annotator) VALUES (?,?,?,?,?,?)");
                 PreparedStatement rels = c.prepareStatement(
                         "INSERT INTO relations(id, document_id, from_span, to_span, type) VALUES (?,?,?,?,?)")) {
                RowIds ids = new RowIds();
                for (int i = 0; i < count; i++) {
                    AnnotatedDocument a = articles.get(i);
                    long docId = i + 1L;
                    docs.setLong(1, docId);
                    docs.setString(2, a.document().name());
                    docs.setString(3, a.document().title());
                    docs.setString(4, a.document().text());
                    docs.setInt(5, a.document().text().length());
                    docs.setString(6, hashes.get(i));
                    docs.executeUpdate();
                    ids.insert(spans, rels, docId, a);
                }
            }
            c.commit();
        }
        print("floor: JDBC prebuilt", count, start, "the same inserts, rows and hashes built before the clock starts");
    }

    /** The same rows as an SQL script loaded by the {@code sqlite3} shell, when it is installed. */
    private static void sqliteShellFloor(Path dir, int count) throws Exception {
        Path shell = Path.of("/usr/bin/sqlite3");
        if (!Files.isExecutable(shell)) {
            System.out.println("floor: sqlite3 shell  not installed, skipped");
            return;
        }
        Path db = dir.resolve("shell.db");
        Store.open(db).close();
        Path script = dir.resolve("load.sql");
        try (Writer w = Files.newBufferedWriter(script, StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(w)) {
            out.println("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; BEGIN;");
            out.println("INSERT INTO labels(id, name, color, position) VALUES (1,'speaker','#000000',1),(2,'quote','#000000',2),"
                    + "(3,'figure','#000000',3),(4,'place','#000000',4);");
            long spanId = 0;
            long relId = 0;
            for (int i = 0; i < count; i++) {
                AnnotatedDocument a = article(i);
                long docId = i + 1L;
                out.printf("INSERT INTO documents(id, name, title, text, text_length, sha256) VALUES (%d,'%s','%s','%s',%d,'%s');%n",
                        docId, a.document().name(), a.document().title().replace("'", "''"),
                        a.document().text().replace("'", "''"), a.document().text().length(), a.document().sha256());
                long base = spanId;
                for (Span s : a.spans()) {
                    out.printf("INSERT INTO spans(id, document_id, start, end, label_id, annotator) VALUES (%d,%d,%d,%d,%d,'floor');%n",
                            ++spanId, docId, s.start(), s.end(), 1 + List.of("speaker", "quote", "figure", "place").indexOf(s.label()));
                }
                for (Relation r : a.relations()) {
                    out.printf("INSERT INTO relations(id, document_id, from_span, to_span, type) VALUES (%d,%d,%d,%d,'%s');%n",
                            ++relId, docId, base + r.fromSpanId(), base + r.toSpanId(), r.type());
                }
            }
            out.println("COMMIT;");
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(shell.toString(), db.toString(), ".read " + script).inheritIO().start();
        int exit = p.waitFor();
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-22s %6d docs %7.2f s %9.0f docs/s  (exit %d; SQL script of %.0f MB, written beforehand)%n",
                "floor: sqlite3 shell", count, s, count / s, exit, Files.size(script) / 1e6);
    }

    /** CPU time of this thread when {@link #gc} last ran: on a shared machine it varies less than the wall clock. */
    private static long cpuStart;

    private static void gc() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void print(String what, int docs, long start, String detail) {
        double s = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%-22s %6d docs %7.2f s (cpu %6.2f s) %9.0f docs/s  peak heap %5d MB  (%s)%n", what, docs, s, cpu,
                docs / s, peak, detail);
    }

    /** Span and relation ids of the JDBC floors, and the batch inserts that use them. */
    private static final class RowIds {
        private static final List<String> LABELS = List.of("speaker", "quote", "figure", "place");
        private long spanId;
        private long relId;

        void insert(PreparedStatement spans, PreparedStatement rels, long docId, AnnotatedDocument a) throws SQLException {
            long base = spanId;
            for (Span s : a.spans()) {
                spans.setLong(1, ++spanId);
                spans.setLong(2, docId);
                spans.setInt(3, s.start());
                spans.setInt(4, s.end());
                spans.setLong(5, 1 + LABELS.indexOf(s.label()));
                spans.setString(6, "floor");
                spans.addBatch();
            }
            spans.executeBatch();
            for (Relation r : a.relations()) {
                rels.setLong(1, ++relId);
                rels.setLong(2, docId);
                rels.setLong(3, base + r.fromSpanId());
                rels.setLong(4, base + r.toSpanId());
                rels.setString(5, r.type());
                rels.addBatch();
            }
            rels.executeBatch();
        }
    }
}
