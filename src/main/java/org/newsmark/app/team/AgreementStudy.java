package org.newsmark.app.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsmark.io.Tokenization;
import org.newsmark.io.Tokenizer;
import org.newsmark.model.Span;
import org.newsmark.suggest.Evaluator;
import org.newsmark.suggest.SpanKey;

/**
 * Collects the agreement of a team document by document ({@link #add}), then reports it
 * ({@link #report}); documents can be streamed, only α_u's units and one small record per document
 * are kept.
 *
 * <p>Spans are compared by {@link Evaluator} (exact and overlap F1 per label, micro-averaged over the
 * documents). Tokens are those of the exports ({@link Tokenizer}: word segments without separators);
 * a token is inside a label for an annotator when one of their spans with that label touches it.
 */
public final class AgreementStudy {

    private static final int MAX_ANNOTATORS = 63;

    private final List<String> annotators;
    private final boolean fixedLabels;
    private final Set<String> labels;
    private final List<Pair> pairs = new ArrayList<>();
    private final Map<String, long[]> fleiss = new LinkedHashMap<>();
    private long fleissTokens;
    private final UnitizingAlpha alpha;
    private final List<DocumentAgreement> documents = new ArrayList<>();
    private long[] masks = new long[0];

    /**
     * @param annotators whose layers to compare (others in a document are ignored), at least two
     * @param labels     the labels to report, in order; empty: every label used, sorted by name
     */
    public AgreementStudy(List<String> annotators, List<String> labels) {
        this.annotators = List.copyOf(annotators);
        if (new LinkedHashSet<>(this.annotators).size() != this.annotators.size()) {
            throw new IllegalArgumentException("an annotator is named twice: " + annotators);
        }
        if (this.annotators.size() < 2 || this.annotators.size() > MAX_ANNOTATORS) {
            throw new IllegalArgumentException("agreement needs 2 to " + MAX_ANNOTATORS + " annotators, not "
                    + this.annotators.size());
        }
        this.fixedLabels = !labels.isEmpty();
        this.labels = fixedLabels ? new LinkedHashSet<>(labels) : new TreeSet<>();
        for (int i = 0; i < this.annotators.size(); i++) {
            for (int j = i + 1; j < this.annotators.size(); j++) {
                pairs.add(new Pair(i, j));
            }
        }
        this.alpha = new UnitizingAlpha(this.annotators.size());
    }

    /** The agreement of a whole corpus at once; labels as in {@link #AgreementStudy}. */
    public static AgreementReport of(Iterable<LayeredDocument> corpus, List<String> annotators, List<String> labels) {
        AgreementStudy study = new AgreementStudy(annotators, labels);
        corpus.forEach(study::add);
        return study.report();
    }

    /** Adds one document and returns its own agreement. */
    public DocumentAgreement add(LayeredDocument doc) {
        String text = doc.document().text();
        List<Integer> present = new ArrayList<>();
        List<List<Span>> layers = new ArrayList<>();
        for (int r = 0; r < annotators.size(); r++) {
            List<Span> spans = doc.has(annotators.get(r)) ? counted(doc.spansOf(annotators.get(r))) : List.of();
            layers.add(spans);
            if (doc.has(annotators.get(r))) {
                present.add(r);
            }
        }
        if (present.size() < 2) {
            return record(doc, 0, Double.NaN);
        }
        boolean everyone = present.size() == annotators.size();
        List<Pair> active = pairs.stream()
                .filter(p -> doc.has(annotators.get(p.a)) && doc.has(annotators.get(p.b))).toList();
        Tokenization tokens = Tokenizer.tokenize(text);
        countTokens(tokens, layers, active, present, everyone);
        double f1Sum = 0;
        for (Pair pair : active) {
            f1Sum += pair.add(doc, text, layers.get(pair.a), layers.get(pair.b), tokens.size());
        }
        int compared = active.size();
        if (everyone) {
            fleissTokens += tokens.size();
            alpha.add(text.length(), layers);
        }
        double mean = f1Sum / compared;
        return record(doc, compared, mean);
    }

    private DocumentAgreement record(LayeredDocument doc, int compared, double meanF1) {
        DocumentAgreement d = new DocumentAgreement(doc.document().id(), doc.document().name(), compared, meanF1,
                1 - meanF1);
        documents.add(d);
        return d;
    }

    /** The spans of the labels reported; unknown labels join the report when labels are not fixed. */
    private List<Span> counted(List<Span> spans) {
        if (!fixedLabels) {
            spans.forEach(s -> labels.add(s.label()));
            return spans;
        }
        return spans.stream().filter(s -> labels.contains(s.label())).toList();
    }

    /** Per label, the tokens someone marked: pair tables and the Fleiss histogram (unmarked tokens are implied). */
    private void countTokens(Tokenization tokens, List<List<Span>> layers, List<Pair> active, List<Integer> present,
                             boolean everyone) {
        if (masks.length < tokens.size()) {
            masks = new long[Math.max(tokens.size(), masks.length * 2)];
        }
        Map<String, List<Span>> byLabel = new LinkedHashMap<>();
        Map<String, List<Integer>> raterOf = new LinkedHashMap<>();
        for (int r : present) {
            for (Span s : layers.get(r)) {
                byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s);
                raterOf.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(r);
            }
        }
        int[] touched = new int[16];
        for (var entry : byLabel.entrySet()) {
            String label = entry.getKey();
            List<Span> spans = entry.getValue();
            List<Integer> raters = raterOf.get(label);
            int size = 0;
            for (int i = 0; i < spans.size(); i++) {
                var cover = tokens.cover(spans.get(i).start(), spans.get(i).end());
                if (cover.isEmpty()) {
                    continue;
                }
                long bit = 1L << raters.get(i);
                for (int t = cover.get().first(); t <= cover.get().last(); t++) {
                    if (masks[t] == 0) {
                        if (size == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, size * 2);
                        }
                        touched[size++] = t;
                    }
                    masks[t] |= bit;
                }
            }
            long[] histogram = everyone ? fleiss.computeIfAbsent(label, k -> new long[annotators.size() + 1]) : null;
            for (int i = 0; i < size; i++) {
                long mask = masks[touched[i]];
                for (Pair pair : active) {
                    pair.token(label, mask);
                }
                if (histogram != null) {
                    histogram[Long.bitCount(mask)]++;
                }
                masks[touched[i]] = 0;
            }
        }
    }

    public AgreementReport report() {
        List<String> order = List.copyOf(labels);
        List<PairAgreement> pairResults = pairs.stream().map(p -> p.result(order)).toList();
        Map<String, Double> alphas = new LinkedHashMap<>();
        Map<String, Double> kappas = new LinkedHashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        int raters = annotators.size();
        for (String label : order) {
            alphas.put(label, alpha.alpha(label));
            long[] histogram = fleiss.getOrDefault(label, new long[raters + 1]).clone();
            long marked = 0;
            long ratingsYes = 0;
            for (int k = 1; k <= raters; k++) {
                marked += histogram[k];
                ratingsYes += k * histogram[k];
            }
            histogram[0] = fleissTokens - marked;
            kappas.put(label, TokenKappa.fleiss(histogram, raters));
            shares.put(label, fleissTokens == 0 ? Double.NaN : (double) ratingsYes / ((double) fleissTokens * raters));
        }
        return new AgreementReport(annotators, order, pairResults, alphas, kappas, shares, documents);
    }

    /** What one pair of annotators has collected. */
    private final class Pair {
        final int a;
        final int b;
        Evaluator.Report spans = Evaluator.Report.empty();
        final Map<String, long[]> tokenTables = new LinkedHashMap<>(); // both, only a, only b
        long tokens;
        final SaidByTally saidBy = new SaidByTally();
        int documents;

        Pair(int a, int b) {
            this.a = a;
            this.b = b;
        }

        void token(String label, long mask) {
            boolean inA = (mask >>> a & 1) != 0;
            boolean inB = (mask >>> b & 1) != 0;
            if (inA || inB) {
                tokenTables.computeIfAbsent(label, k -> new long[3])[inA ? (inB ? 0 : 1) : 2]++;
            }
        }

        /** Adds a document both annotated; returns its exact F1 with all labels pooled. */
        double add(LayeredDocument doc, String text, List<Span> aSpans, List<Span> bSpans, int tokenCount) {
            documents++;
            tokens += tokenCount;
            Evaluator.Report one = Evaluator.compare(text, annotation(bSpans), annotation(aSpans));
            spans = spans.plus(one.scoresOnly()); // the misses list would make the sum quadratic in documents
            saidBy.add(aSpans, doc.relationsOf(annotators.get(a)), bSpans, doc.relationsOf(annotators.get(b)));
            long matched = 0;
            long sizes = 0;
            for (var e : one.labels().entrySet()) {
                if (labels.contains(e.getKey())) {
                    Evaluator.Counts exact = e.getValue().exact();
                    matched += exact.matchedGold();
                    sizes += exact.gold() + exact.predicted();
                }
            }
            return sizes == 0 ? 1.0 : 2.0 * matched / sizes;
        }

        PairAgreement result(List<String> order) {
            Map<String, LabelAgreement> byLabel = new LinkedHashMap<>();
            for (String label : order) {
                var scores = spans.label(label);
                int sizeA = scores.map(s -> s.exact().gold()).orElse(0);
                int sizeB = scores.map(s -> s.exact().predicted()).orElse(0);
                boolean used = sizeA + sizeB > 0;
                long[] table = tokenTables.getOrDefault(label, new long[3]);
                double kappa = TokenKappa.cohen(table[0], table[1], table[2], tokens - table[0] - table[1] - table[2]);
                byLabel.put(label, new LabelAgreement(
                        used ? scores.get().exact().f1() : Double.NaN,
                        used ? scores.get().overlap().f1() : Double.NaN,
                        kappa, sizeA, sizeB));
            }
            return new PairAgreement(annotators.get(a), annotators.get(b), byLabel, saidBy.agreement(), documents);
        }
    }

    private static Evaluator.Annotation annotation(List<Span> spans) {
        return new Evaluator.Annotation(spans.stream().map(SpanKey::of).toList(), List.of());
    }
}
