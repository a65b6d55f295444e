package org.newsmark.io.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.DatasetWriter;
import org.newsmark.io.ExportOptions;
import org.newsmark.io.ExportReport;
import org.newsmark.io.ImportBatch;
import org.newsmark.io.ImportOptions;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Not a test: times every writer on 10,000 synthetic ~5 KB articles (20 spans, 5 relations each)
 * and the doccano reader on the result. Run with {@code java -cp ... org.newsmark.io.bench.IoBenchmark [docs]}.
 */
public final class IoBenchmark {

    private static final String[] WORDS = {"Seoul", "said", "the", "minister", "of", "homes", "flooded", "troops",
        "NATO", "Rutte", "Yoon", "40%", "12,000", "in", "and", "Korean", "Peninsula", "👍", "서울", "Café", "\"We",
        "ready,\"", "region", "officials", "reported", "on", "Friday", "after", "talks", "with"};
    private static final LabelScheme SCHEME = new LabelScheme(List.of(Label.of("speaker", "#1f77b4", "s", 0),
            Label.of("quote", "#ff7f0e", "q", 1), Label.of("figure", "#2ca02c", "f", 2),
            Label.of("place", "#d62728", "p", 3)), List.of(Relation.SAID_BY));

    private IoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long t0 = System.nanoTime();
        List<AnnotatedDocument> corpus = corpus(count, new Random(42));
        long chars = corpus.stream().mapToLong(d -> d.document().text().length()).sum();
        System.out.printf("corpus: %d documents, %.1f MB of text, built in %.2f s%n", count, chars / 1e6,
                (System.nanoTime() - t0) / 1e9);
        Path dir = Files.createTempDirectory("newsmark-bench");
        try {
            for (DatasetFormat format : DatasetFormat.values()) {
                if (format.canWrite()) {
                    write(format, corpus, dir);
                }
            }
            resetPeaks();
            long start = System.nanoTime();
            ImportBatch batch = DatasetFormat.DOCCANO.reader()
                    .read(List.of(dir.resolve("out-doccano.jsonl")), ImportOptions.defaults());
            print("read doccano", batch.documents().size(), start, batch.spanCount() + " spans");
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void write(DatasetFormat format, List<AnnotatedDocument> corpus, Path dir) throws IOException {
        Path out = dir.resolve(format.writesFolder() ? "out-" + format.code() : "out-" + format.code() + "." + format.extension());
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ExportReport report;
        try (DatasetWriter w = format.openWriter(out, ExportOptions.defaults())) {
            for (AnnotatedDocument d : corpus) {
                w.write(d, SCHEME);
            }
            report = w.finish();
        }
        print("write " + format.code(), report.documents(), start,
                report.spans() + " spans, " + report.spansDropped() + " dropped, " + report.extendedSpans() + " extended");
    }

    private static void print(String what, int docs, long start, String detail) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-18s %6d docs %7.2f s %9.0f docs/s  peak heap %5d MB  (%s)%n", what, docs, s, docs / s,
                peakHeapMb(), detail);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    static List<AnnotatedDocument> corpus(int count, Random random) {
        List<AnnotatedDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(article(i, random));
        }
        return docs;
    }

    private static AnnotatedDocument article(int n, Random random) {
        StringBuilder text = new StringBuilder("Article ").append(n).append(" about floods\r\n\r\n");
        List<int[]> words = new ArrayList<>();
        while (text.length() < 5_000) {
            int start = text.length();
            text.append(WORDS[random.nextInt(WORDS.length)]);
            words.add(new int[] {start, text.length()});
            text.append(random.nextInt(12) == 0 ? ".\r\n" : " ");
        }
        String[] labels = {"speaker", "quote", "figure", "place"};
        List<Span> spans = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            int first = random.nextInt(words.size() - 8);
            int last = first + random.nextInt(s % 4 == 1 ? 8 : 2);
            spans.add(new Span(s + 1L, 0, new TextRange(words.get(first)[0], words.get(last)[1]), labels[s % 4], "bench"));
        }
        List<Relation> relations = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            relations.add(Relation.of(r + 1L, 4L * r + 2, 4L * r + 1, Relation.SAID_BY));
        }
        return new AnnotatedDocument(Document.of("article-" + n, text.toString()), spans, relations);
    }
}
