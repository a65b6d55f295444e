package org.newsmark.suggest.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsmark.io.Tokenization;
import org.newsmark.io.Tokenizer;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.GoldSet;
import org.newsmark.suggest.GoldSet.GoldDocument;
import org.newsmark.suggest.Labels;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;

/**
 * Experiment: does an Apache OpenNLP name finder (maxent, default features, one model per label)
 * trained on the "tuning" half of the gold set beat the rule-based recommenders on the held-out part ("heldout2"; the first "heldout" half became tuning in issue 13)?
 * Prints overlap P/R/F1 of the rules, the name finder alone and their union (rules first, a name-finder
 * span added when it overlaps no rule span of its label), a paired bootstrap over the held-out articles
 * for the F1 differences, and training and inference times. Tokens come from {@link Tokenizer}, sentences
 * from its {@link java.text.BreakIterator} numbering; a training sentence is merged with the next when a
 * gold span crosses the boundary, and nested spans of one label keep only the outermost.
 */
public final class OpenNlpExperiment {

    private static final List<String> LABELS = List.of(Labels.SPEAKER, Labels.PLACE, Labels.FIGURE, Labels.QUOTE);
    private static final int[] CUTOFFS = {1, 5};
    private static final int TIMING_ROUNDS = 10;
    private static final int BOOTSTRAP_ROUNDS = 2000;

    /** A gold document with its tokens and sentences ({@code [first, end)} token ranges). */
    record Article(GoldDocument doc, Tokenization tokens, List<Chunk> sentences) {
        static Article of(GoldDocument doc) {
            Tokenization t = Tokenizer.tokenize(doc.text());
            List<Chunk> sentences = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (i == 0 || t.sentence(i) != t.sentence(i - 1)) {
                    sentences.add(new Chunk(i, i + 1));
                } else {
                    Chunk last = sentences.remove(sentences.size() - 1);
                    sentences.add(new Chunk(last.first(), i + 1));
                }
            }
            return new Article(doc, t, List.copyOf(sentences));
        }

        String[] words(Chunk c) {
            return IntStream.range(c.first(), c.end()).mapToObj(tokens::text).toArray(String[]::new);
        }

        TextRange chars(int firstToken, int endToken) {
            return new TextRange(tokens.start(firstToken), tokens.end(endToken - 1));
        }

        /** Gold spans of a label as token spans, outermost only. */
        List<Span> goldTokenSpans(String label) {
            List<Span> all = doc.gold().spans().stream().filter(s -> s.label().equals(label))
                    .flatMap(s -> tokens.cover(s.range().start(), s.range().end()).stream())
                    .map(r -> new Span(r.first(), r.last() + 1)).distinct()
                    .sorted(Comparator.comparingInt(Span::length).reversed()).toList();
            List<Span> kept = new ArrayList<>();
            all.stream().filter(s -> kept.stream().noneMatch(s::intersects)).forEach(kept::add);
            return kept;
        }

        /** The sentences, merged wherever one of the spans crosses a boundary. */
        List<Chunk> chunksAround(List<Span> spans) {
            List<Chunk> out = new ArrayList<>();
            for (Chunk s : sentences) {
                Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean crossed = last != null && spans.stream().anyMatch(n -> n.getStart() < s.first() && n.getEnd() > s.first());
                if (crossed) {
                    out.set(out.size() - 1, new Chunk(last.first(), s.end()));
                } else {
                    out.add(s);
                }
            }
            return out;
        }
    }

    /** Tokens {@code [first, end)}. */
    record Chunk(int first, int end) {
    }

    /** Spans predicted for each held-out article, in the order of the articles. */
    record Predictions(List<List<SpanKey>> perArticle) {
        static Predictions union(Predictions rules, Predictions ner) {
            List<List<SpanKey>> out = new ArrayList<>();
            for (int i = 0; i < rules.perArticle().size(); i++) {
                List<SpanKey> r = rules.perArticle().get(i);
                List<SpanKey> merged = new ArrayList<>(r);
                ner.perArticle().get(i).stream().filter(n -> r.stream().noneMatch(x -> x.label().equals(n.label())
                        && x.range().overlaps(n.range()))).forEach(merged::add);
                out.add(merged);
            }
            return new Predictions(out);
        }

        List<Evaluator.Report> reports(List<Article> articles) {
            return IntStream.range(0, articles.size()).mapToObj(i -> Evaluator.compare(articles.get(i).doc().text(),
                    new Evaluator.Annotation(perArticle.get(i), List.of()), articles.get(i).doc().gold())).toList();
        }
    }

    /** One trained name finder per label. */
    record NameFinders(Map<String, TokenNameFinderModel> models, long trainingNanos) {
        static NameFinders train(List<Article> articles, int cutoff) throws IOException {
            TrainingParameters params = TrainingParameters.defaultParams();
            params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            Map<String, TokenNameFinderModel> models = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (String label : LABELS) {
                models.put(label, NameFinderME.train("en", label, ObjectStreamUtils.createObjectStream(samples(articles, label)),
                        params, new TokenNameFinderFactory()));
            }
            return new NameFinders(models, System.nanoTime() - start);
        }

        private static List<NameSample> samples(List<Article> articles, String label) {
            List<NameSample> out = new ArrayList<>();
            for (Article a : articles) {
                List<Span> gold = a.goldTokenSpans(label);
                boolean first = true;
                for (Chunk c : a.chunksAround(gold)) {
                    Span[] names = gold.stream().filter(s -> s.getStart() >= c.first() && s.getEnd() <= c.end())
                            .map(s -> new Span(s.getStart() - c.first(), s.getEnd() - c.first(), label)).toArray(Span[]::new);
                    out.add(new NameSample(a.words(c), names, first));
                    first = false;
                }
            }
            return out;
        }

        Predictions predict(List<Article> articles) {
            List<NameFinderME> finders = models.values().stream().map(NameFinderME::new).toList();
            List<List<SpanKey>> out = new ArrayList<>();
            for (Article a : articles) {
                List<SpanKey> spans = new ArrayList<>();
                for (int m = 0; m < finders.size(); m++) {
                    NameFinderME finder = finders.get(m);
                    finder.clearAdaptiveData();
                    for (Chunk c : a.sentences()) {
                        for (Span s : finder.find(a.words(c))) {
                            spans.add(new SpanKey(LABELS.get(m), a.chars(c.first() + s.getStart(), c.first() + s.getEnd())));
                        }
                    }
                }
                out.add(spans);
            }
            return new Predictions(out);
        }
    }

    private OpenNlpExperiment() {
    }

    public static void main(String[] args) throws IOException {
        List<Article> tuning = GoldSet.split("tuning").stream().map(Article::of).toList();
        List<Article> heldout = GoldSet.split("heldout2").stream().map(Article::of).toList();
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        Function<List<Article>, Predictions> rulesRun = as -> new Predictions(as.stream().map(a -> engine
                .suggest(SuggestionContext.of(a.doc().text())).spans().stream().map(s -> s.key())
                .filter(k -> LABELS.contains(k.label())).toList()).toList());
        Predictions rules = rulesRun.apply(heldout);
        System.out.printf("Train on %d tuning articles, evaluate on %d held-out articles (overlap match).%n",
                tuning.size(), heldout.size());
        System.out.printf("rules: %.2f ms per article%n", perArticleMillis(() -> rulesRun.apply(heldout), heldout.size()));
        for (int cutoff : CUTOFFS) {
            NameFinders ner = NameFinders.train(tuning, cutoff);
            Predictions nerOut = ner.predict(heldout);
            System.out.printf("%n== maxent, 100 iterations, cutoff %d: training %.1f s (%d models), inference %.2f ms per article%n",
                    cutoff, ner.trainingNanos() / 1e9, LABELS.size(), perArticleMillis(() -> ner.predict(heldout), heldout.size()));
            System.out.print(table(heldout, rules, nerOut, Predictions.union(rules, nerOut)));
            System.out.printf("sanity, NER on its own training articles: %s%n", f1s(ner.predict(tuning).reports(tuning)));
        }
    }

    private static String table(List<Article> articles, Predictions rules, Predictions ner, Predictions union) {
        List<Evaluator.Report> r = rules.reports(articles);
        List<Evaluator.Report> n = ner.reports(articles);
        List<Evaluator.Report> u = union.reports(articles);
        StringBuilder sb = new StringBuilder(String.format("%-8s %4s | %-17s | %-17s | %-17s | %-19s | %-19s | %s%n",
                "label", "gold", "rules P/R/F1", "NER P/R/F1", "union P/R/F1", "dF1 NER-rules 95%", "dF1 union-rules 95%",
                "exact F1 r/N/u"));
        for (String label : LABELS) {
            Evaluator.Counts rc = overlap(sum(r), label);
            sb.append(String.format("%-8s %4d | %s | %s | %s | %s | %s | %.2f/%.2f/%.2f%n", label, rc.gold(), prf(rc),
                    prf(overlap(sum(n), label)), prf(overlap(sum(u), label)), bootstrap(r, n, label), bootstrap(r, u, label),
                    exact(sum(r), label).f1(), exact(sum(n), label).f1(), exact(sum(u), label).f1()));
        }
        return sb.toString();
    }

    /** Observed F1 difference (b minus a) and a 95% paired bootstrap interval, resampling articles. */
    private static String bootstrap(List<Evaluator.Report> a, List<Evaluator.Report> b, String label) {
        Random random = new Random(42);
        double[] diffs = new double[BOOTSTRAP_ROUNDS];
        for (int i = 0; i < BOOTSTRAP_ROUNDS; i++) {
            int[] pick = random.ints(a.size(), 0, a.size()).toArray();
            diffs[i] = overlap(sum(pick, b), label).f1() - overlap(sum(pick, a), label).f1();
        }
        java.util.Arrays.sort(diffs);
        double observed = overlap(sum(b), label).f1() - overlap(sum(a), label).f1();
        return String.format("%+.2f [%+.2f,%+.2f]", observed, diffs[(int) (0.025 * BOOTSTRAP_ROUNDS)],
                diffs[(int) (0.975 * BOOTSTRAP_ROUNDS) - 1]);
    }

    private static String f1s(List<Evaluator.Report> reports) {
        Evaluator.Report total = sum(reports);
        return String.join(", ", LABELS.stream().map(l -> String.format("%s %.2f", l, overlap(total, l).f1())).toList());
    }

    private static double perArticleMillis(Runnable run, int articles) {
        run.run();
        long start = System.nanoTime();
        for (int i = 0; i < TIMING_ROUNDS; i++) {
            run.run();
        }
        return (System.nanoTime() - start) / 1e6 / TIMING_ROUNDS / articles;
    }

    private static Evaluator.Report sum(List<Evaluator.Report> reports) {
        return reports.stream().reduce(Evaluator.Report.empty(), Evaluator.Report::plus);
    }

    private static Evaluator.Report sum(int[] pick, List<Evaluator.Report> reports) {
        return IntStream.of(pick).mapToObj(reports::get).reduce(Evaluator.Report.empty(), Evaluator.Report::plus);
    }

    private static Evaluator.Counts overlap(Evaluator.Report r, String label) {
        return r.label(label).map(Evaluator.LabelScores::overlap).orElse(new Evaluator.Counts(0, 0, 0, 0));
    }

    private static Evaluator.Counts exact(Evaluator.Report r, String label) {
        return r.label(label).map(Evaluator.LabelScores::exact).orElse(new Evaluator.Counts(0, 0, 0, 0));
    }

    private static String prf(Evaluator.Counts c) {
        return String.format("%-17s", String.format("%.2f/%.2f/%.2f", c.precision(), c.recall(), c.f1()));
    }
}
