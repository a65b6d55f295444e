package org.newsmark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.AgreementStudy;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Team agreement over 10,000 synthetic ~5 KB articles, 3 annotators, 20 spans each: the annotators
 * share one seeded layer and each moves, relabels or drops some spans. Times {@link AgreementStudy}
 * (span F1, token kappas, α_u, said_by, per-document scores), not building the corpus.
 * {@code cpu_ms} is the thread's CPU time, which other processes on a busy machine do not inflate.
 * {@code AgreementBenchmark [documents]}.
 */
public final class AgreementBenchmark {

    private static final List<String> ANNOTATORS = List.of("ann", "bob", "cy");
    private static final String[] LABELS = {"speaker", "quote", "figure", "place"};

    private AgreementBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int count = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10_000;
        List<LayeredDocument> corpus = corpus(count);
        AgreementStudy.of(corpus.subList(0, Math.min(200, count)), ANNOTATORS, List.of()); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AgreementReport report = AgreementStudy.of(corpus, ANNOTATORS, List.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.printf("agreement docs=%d annotators=%d ms=%d cpu_ms=%d (quote: kappa %.3f, alpha_u %.3f)%n", count,
                ANNOTATORS.size(), ms, cpuMs, report.pairs().get(0).labels().get("quote").kappa(),
                report.alphaU().get("quote"));
        AgreementCliBenchmark.run(corpus);
    }

    static List<LayeredDocument> corpus(int count) {
        List<LayeredDocument> docs = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            String text = SyntheticCorpus.article(5_000, d);
            List<Span> shared = SyntheticCorpus.spans(text, 20, d);
            Map<String, List<Span>> layers = new LinkedHashMap<>();
            Random random = new Random(d * 31L + 7);
            for (String annotator : ANNOTATORS) {
                List<Span> spans = new ArrayList<>();
                for (Span s : shared) {
                    double roll = random.nextDouble();
                    if (roll < 0.05) {
                        continue;
                    }
                    Span mine = s;
                    if (roll < 0.15) {
                        int end = Math.min(text.length(), s.end() + 1 + random.nextInt(4));
                        mine = s.withRange(new TextRange(s.start(), end));
                    } else if (roll < 0.2) {
                        mine = s.withLabel(LABELS[random.nextInt(LABELS.length)]);
                    }
                    spans.add(new Span(spans.size() + 1, d, mine.range(), mine.label(), annotator));
                }
                layers.put(annotator, spans);
            }
            docs.add(LayeredDocument.of(Document.of("doc" + d, text).withId(d + 1), layers));
        }
        return docs;
    }
}
