package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.model.TextRange;

/**
 * Compares two annotations of one text (predicted vs gold, or analyst A vs analyst B): per label,
 * precision, recall and F1 for exact and overlapping spans, and the share of matched quotes whose
 * speaker agrees. Swapping the two sides swaps precision and recall and leaves F1 unchanged.
 * Quotes directly inside quotation marks are also scored under the extra label {@value #DIRECT_QUOTE}.
 */
public final class Evaluator {

    public static final String DIRECT_QUOTE = "quote(direct)";
    private static final String MARKS = "\"“”‘’'«»‹›„‚「」『』";

    private Evaluator() {
    }

    /** A quote-to-speaker link given by its two spans. */
    public record Link(SpanKey quote, SpanKey speaker) {
    }

    /** The spans and links of one side. */
    public record Annotation(List<SpanKey> spans, List<Link> links) {
        public Annotation {
            spans = List.copyOf(spans);
            links = List.copyOf(links);
        }

        public static Annotation of(Suggestions s) {
            return new Annotation(s.spans().stream().map(SpanSuggestion::key).toList(),
                    s.links().stream().map(l -> new Link(l.quote(), l.speaker())).toList());
        }
    }

    /**
     * A span one side has and the other lacks exactly: {@code missed} (gold only) or {@code false}
     * (predicted only); {@code boundary} when a span of the other side overlaps it. Offsets are those of
     * {@code range} until {@link #at} gives them in another unit.
     */
    public record Difference(String label, String kind, String document, int start, int end, String text,
            boolean boundary) {
        public static final String MISSED = "missed";
        public static final String FALSE = "false";

        /** The same difference with other offsets ({@code start}, {@code end} mapped by {@code unit}). */
        public Difference at(java.util.function.IntUnaryOperator unit) {
            return new Difference(label, kind, document, unit.applyAsInt(start), unit.applyAsInt(end), text, boundary);
        }
    }

    public static Report compare(String text, Annotation predicted, Annotation gold) {
        return compare("", text, predicted, gold);
    }

    /** Compares one document; its name goes into the report's {@link Difference}s. */
    public static Report compare(String document, String text, Annotation predicted, Annotation gold) {
        List<SpanKey> p = withDirectQuotes(text, predicted.spans());
        List<SpanKey> g = withDirectQuotes(text, gold.spans());
        Map<String, LabelScores> labels = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>();
        List<Difference> differences = new ArrayList<>();
        p.forEach(s -> names.add(s.label()));
        g.forEach(s -> names.add(s.label()));
        for (String label : names) {
            List<TextRange> pl = rangesOf(p, label);
            List<TextRange> gl = rangesOf(g, label);
            Counts exact = new Counts(pl.size(), gl.size(), (int) pl.stream().filter(gl::contains).count(),
                    (int) gl.stream().filter(pl::contains).count());
            Counts overlap = new Counts(pl.size(), gl.size(), countOverlapping(pl, gl), countOverlapping(gl, pl));
            labels.put(label, new LabelScores(exact, overlap));
            if (!label.equals(DIRECT_QUOTE)) {
                differences(document, text, label, gl, pl, Difference.MISSED, differences);
                differences(document, text, label, pl, gl, Difference.FALSE, differences);
            }
        }
        int[] link = linkAgreement(predicted, gold);
        differences.sort(java.util.Comparator.comparing(Difference::label).thenComparing(Difference::kind)
                .thenComparingInt(Difference::start));
        return new Report(labels, link[0], link[1], differences);
    }

    private static void differences(String document, String text, String label, List<TextRange> side,
            List<TextRange> other, String kind, List<Difference> out) {
        for (TextRange r : side) {
            if (!other.contains(r)) {
                out.add(new Difference(label, kind, document, r.start(), r.end(), r.of(text),
                        other.stream().anyMatch(r::overlaps)));
            }
        }
    }

    private static List<SpanKey> withDirectQuotes(String text, List<SpanKey> spans) {
        List<SpanKey> out = new ArrayList<>(new TreeSet<>(spans));
        for (SpanKey s : new TreeSet<>(spans)) {
            if (s.label().equals(Labels.QUOTE) && isDirect(text, s.range())) {
                out.add(new SpanKey(DIRECT_QUOTE, s.range()));
            }
        }
        return out;
    }

    /** Whether a quote span sits right inside quotation marks (spaces aside). */
    static boolean isDirect(String text, TextRange r) {
        int s = r.start() - 1;
        while (s >= 0 && Character.isWhitespace(text.charAt(s)) && text.charAt(s) != '\n') {
            s--;
        }
        int e = r.end();
        while (e < text.length() && Character.isWhitespace(text.charAt(e)) && text.charAt(e) != '\n') {
            e++;
        }
        boolean open = s >= 0 && MARKS.indexOf(text.charAt(s)) >= 0;
        boolean close = e >= text.length() || text.charAt(e) == '\n' || MARKS.indexOf(text.charAt(e)) >= 0;
        return open && close && r.length() > 0 && MARKS.indexOf(text.charAt(r.start())) < 0;
    }

    private static List<TextRange> rangesOf(List<SpanKey> spans, String label) {
        return spans.stream().filter(s -> s.label().equals(label)).map(SpanKey::range).distinct().toList();
    }

    private static int countOverlapping(List<TextRange> from, List<TextRange> against) {
        return (int) from.stream().filter(r -> against.stream().anyMatch(r::overlaps)).count();
    }

    /** {matched quotes of the first side, of which the speaker overlaps a gold speaker of that quote}. */
    private static int[] linkAgreement(Annotation predicted, Annotation gold) {
        List<TextRange> goldQuotes = rangesOf(gold.spans(), Labels.QUOTE);
        int matched = 0;
        int correct = 0;
        for (TextRange q : rangesOf(predicted.spans(), Labels.QUOTE)) {
            Optional<TextRange> g = bestOverlap(q, goldQuotes);
            if (g.isEmpty()) {
                continue;
            }
            matched++;
            List<TextRange> goldSpeakers = speakersOf(gold, g.get());
            boolean ok = speakersOf(predicted, q).stream().anyMatch(ps -> goldSpeakers.stream().anyMatch(ps::overlaps));
            if (ok) {
                correct++;
            }
        }
        return new int[] {matched, correct};
    }

    private static Optional<TextRange> bestOverlap(TextRange q, List<TextRange> candidates) {
        return candidates.stream().filter(q::overlaps).max(java.util.Comparator.comparingInt(c ->
                Math.min(c.end(), q.end()) - Math.max(c.start(), q.start())));
    }

    private static List<TextRange> speakersOf(Annotation a, TextRange quote) {
        return a.links().stream().filter(l -> l.quote().range().equals(quote)).map(l -> l.speaker().range()).toList();
    }

    /** Counts for one label: sizes of both sides and how many of each side are matched by the other. */
    public record Counts(int predicted, int gold, int matchedPredicted, int matchedGold) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, gold + o.gold, matchedPredicted + o.matchedPredicted,
                    matchedGold + o.matchedGold);
        }
    }

    /** Exact and overlap counts of one label. */
    public record LabelScores(Counts exact, Counts overlap) {
        LabelScores plus(LabelScores o) {
            return new LabelScores(exact.plus(o.exact), overlap.plus(o.overlap));
        }
    }

    /** Scores of one or more documents; {@link #plus} adds documents up (micro-average). */
    public record Report(Map<String, LabelScores> labels, int matchedQuotes, int correctLinks,
            List<Difference> differences) {
        public Report {
            labels = Map.copyOf(labels);
            differences = List.copyOf(differences);
        }

        public Report(Map<String, LabelScores> labels, int matchedQuotes, int correctLinks) {
            this(labels, matchedQuotes, correctLinks, List.of());
        }

        public static Report empty() {
            return new Report(Map.of(), 0, 0);
        }

        /** The same scores without the list of differences (for sums over many documents). */
        public Report scoresOnly() {
            return differences.isEmpty() ? this : new Report(labels, matchedQuotes, correctLinks, List.of());
        }

        /** The same scores with the differences' offsets mapped by {@code unit}. */
        public Report withOffsets(java.util.function.IntUnaryOperator unit) {
            return new Report(labels, matchedQuotes, correctLinks, differences.stream().map(d -> d.at(unit)).toList());
        }

        /**
         * Per label, the gold spans missed and the spans suggested falsely, one line each:
         * {@code document  start-end  [text]}, with {@code (boundary)} when the other side overlaps it.
         */
        public String details() {
            StringBuilder sb = new StringBuilder();
            String label = null;
            String kind = null;
            for (Difference d : differences) {
                if (!d.label().equals(label) || !d.kind().equals(kind)) {
                    label = d.label();
                    kind = d.kind();
                    sb.append(String.format("%s %s:%n", label, kind.equals(Difference.MISSED) ? "missed" : "false"));
                }
                sb.append(String.format("  %s  %d-%d  [%s]%s%n", d.document(), d.start(), d.end(),
                        d.text().replace("\n", "\\n"), d.boundary() ? "  (boundary)" : ""));
            }
            return sb.toString();
        }

        public double linkAccuracy() {
            return matchedQuotes == 0 ? 1.0 : (double) correctLinks / matchedQuotes;
        }

        public Optional<LabelScores> label(String name) {
            return Optional.ofNullable(labels.get(name));
        }

        public Report plus(Report o) {
            Map<String, LabelScores> m = new TreeMap<>(labels);
            o.labels.forEach((k, v) -> m.merge(k, v, LabelScores::plus));
            List<Difference> d = new ArrayList<>(differences);
            d.addAll(o.differences);
            return new Report(m, matchedQuotes + o.matchedQuotes, correctLinks + o.correctLinks, d);
        }

        /** A plain-text table: one row per label, exact and overlap P/R/F1, then link accuracy. */
        public String table() {
            StringBuilder sb = new StringBuilder(String.format("%-14s %5s %5s | %5s %5s %5s | %5s %5s %5s%n",
                    "label", "pred", "gold", "P", "R", "F1", "P~", "R~", "F1~"));
            new TreeMap<>(labels).forEach((k, v) -> sb.append(String.format(
                    "%-14s %5d %5d | %5.2f %5.2f %5.2f | %5.2f %5.2f %5.2f%n", k, v.exact().predicted(), v.exact().gold(),
                    v.exact().precision(), v.exact().recall(), v.exact().f1(),
                    v.overlap().precision(), v.overlap().recall(), v.overlap().f1())));
            sb.append(String.format("said_by: %d of %d matched quotes have the right speaker (%.2f)%n",
                    correctLinks, matchedQuotes, linkAccuracy()));
            return sb.toString();
        }
    }
}
