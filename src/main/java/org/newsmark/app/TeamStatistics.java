package org.newsmark.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.LabelSummary;
import org.newsmark.model.Annotator;
import org.newsmark.store.LayerFigures;
import org.newsmark.store.Store;

/**
 * How a team is doing, for {@code stats --json} and the window's charts: spans per label of each
 * annotator (in all and per document), documents finished per day, speed, labels that go together,
 * and agreement per label.
 *
 * @param annotators        everyone with a layer (a span or a status), {@code gold} included, by name
 * @param spansByAnnotator  annotator to label to spans, labels in scheme order
 * @param documents         per document that has spans, in id order: annotator to label to spans
 * @param doneByDay         annotator to day (UTC) to layers whose status was last set to done that day
 * @param speed             annotator to their pace
 * @param labelPairs        pairs of labels by the documents where one annotator's layer holds both
 *                          ({@code a <= b} by name; {@code a == b}: documents with the label)
 * @param agreement         agreement of every annotator but {@code gold}; empty with fewer than two (or more
 *                          than {@link CorpusAgreement#MAX_ANNOTATORS})
 */
public record TeamStatistics(List<String> annotators, Map<String, Map<String, Integer>> spansByAnnotator,
                             List<DocumentSpans> documents, Map<String, Map<LocalDate, Integer>> doneByDay,
                             Map<String, Speed> speed, List<LabelPair> labelPairs,
                             Optional<AgreementReport> agreement) {

    /** What the label pairs count, in words (also printed in the JSON). */
    public static final String LABEL_PAIRS_MEASURE = "documents in which one annotator's layer holds spans of both labels";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** In how many documents one annotator's layer holds spans of both labels ({@code a <= b}; a = b: of the label). */
    public record LabelPair(String a, String b, int documents) {
    }

    /** One document's spans: annotator to label to spans. */
    public record DocumentSpans(long id, String name, Map<String, Map<String, Integer>> byAnnotator) {
        public DocumentSpans {
            byAnnotator = frozen(byAnnotator);
        }
    }

    /**
     * An annotator's pace: spans per hour counted over the clock hours in which they created at least
     * one span (so breaks do not count). Imported and merged spans carry the time of the import, so a
     * layer that came in by import shows the import's pace, not the annotator's.
     */
    public record Speed(int spans, int activeHours) {
        public double spansPerHour() {
            return activeHours == 0 ? Double.NaN : (double) spans / activeHours;
        }
    }

    public TeamStatistics {
        annotators = List.copyOf(annotators);
        spansByAnnotator = frozen(spansByAnnotator);
        documents = List.copyOf(documents);
        Map<String, Map<LocalDate, Integer>> days = new LinkedHashMap<>();
        doneByDay.forEach((a, m) -> days.put(a, Collections.unmodifiableMap(new TreeMap<>(m))));
        doneByDay = Collections.unmodifiableMap(days);
        speed = Collections.unmodifiableMap(new LinkedHashMap<>(speed));
        labelPairs = List.copyOf(labelPairs);
    }

    /**
     * The figures of a workspace's database: the counts in one read, then agreement a page of
     * documents at a time (see {@link CorpusAgreement}). Takes seconds on a large corpus: run it off
     * the window's thread.
     */
    public static TeamStatistics of(Workspace workspace) {
        Store store = workspace.store();
        TeamStatistics counts = store.read(() -> {
            LayerFigures figures = new LayerFigures(store);
            Map<String, Map<String, Integer>> byAnnotator = new TreeMap<>();
            Map<Long, String> names = new LinkedHashMap<>();
            Map<Long, Map<String, Map<String, Integer>>> perDocument = new LinkedHashMap<>();
            for (LayerFigures.LabelCount c : figures.labelCounts()) {
                byAnnotator.computeIfAbsent(c.annotator(), k -> new LinkedHashMap<>()).merge(c.label(), c.spans(), Integer::sum);
                names.put(c.documentId(), c.documentName());
                perDocument.computeIfAbsent(c.documentId(), k -> new TreeMap<>())
                        .computeIfAbsent(c.annotator(), k -> new LinkedHashMap<>()).put(c.label(), c.spans());
            }
            List<String> order = workspace.scheme().names();
            byAnnotator.replaceAll((a, labels) -> inOrder(labels, order));
            List<DocumentSpans> documents = names.entrySet().stream()
                    .map(d -> new DocumentSpans(d.getKey(), d.getValue(), perDocument.get(d.getKey()))).toList();
            Map<String, Map<LocalDate, Integer>> done = new TreeMap<>();
            for (LayerFigures.DayCount d : figures.doneByDay()) {
                done.computeIfAbsent(d.annotator(), k -> new TreeMap<>()).put(LocalDate.parse(d.day()), d.documents());
            }
            Map<String, Speed> speed = new TreeMap<>();
            figures.activity().forEach(a -> speed.put(a.annotator(), new Speed(a.spans(), a.hours())));
            return new TeamStatistics(figures.annotatorsWithLayers(), byAnnotator, documents, done, speed,
                    figures.labelPairs().stream().map(p -> new LabelPair(p.a(), p.b(), p.documents())).toList(),
                    Optional.empty());
        });
        List<String> compared = counts.annotators().stream().filter(a -> !Annotator.GOLD.equals(a)).toList();
        Optional<AgreementReport> report = compared.size() < 2 || compared.size() > CorpusAgreement.MAX_ANNOTATORS ? Optional.empty()
                : Optional.of(new CorpusAgreement(workspace).measure(compared, List.of()));
        return new TeamStatistics(counts.annotators(), counts.spansByAnnotator(), counts.documents(), counts.doneByDay(),
                counts.speed(), counts.labelPairs(), report);
    }

    /** The corpus figures' JSON ({@link CorpusStats#json()}, unchanged) with these figures added. */
    public String jsonWith(CorpusStats corpus) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(corpus.json());
            root.set("annotators", JSON.valueToTree(annotators));
            root.set("spansByAnnotator", JSON.valueToTree(spansByAnnotator));
            var perDocument = root.putArray("spansByDocument");
            documents.forEach(d -> {
                ObjectNode doc = perDocument.addObject();
                doc.put("id", d.id());
                doc.put("name", d.name());
                doc.set("annotators", JSON.valueToTree(d.byAnnotator()));
            });
            ObjectNode done = root.putObject("doneByDay");
            doneByDay.forEach((a, days) -> {
                ObjectNode perDay = done.putObject(a);
                days.forEach((day, n) -> perDay.put(day.toString(), n));
            });
            ObjectNode pace = root.putObject("speed");
            speed.forEach((a, s) -> {
                ObjectNode one = pace.putObject(a);
                one.put("spans", s.spans());
                one.put("active_hours", s.activeHours());
                number(one, "spans_per_hour", s.spansPerHour());
            });
            ObjectNode together = root.putObject("labelCooccurrence");
            together.put("counts", LABEL_PAIRS_MEASURE);
            var pairs = together.putArray("pairs");
            labelPairs.forEach(p -> pairs.addObject().put("a", p.a()).put("b", p.b()).put("documents", p.documents()));
            if (agreement.isPresent()) {
                ObjectNode agreed = root.putObject("agreementByLabel");
                agreed.set("annotators", JSON.valueToTree(agreement.get().annotators()));
                agreed.put("documents", agreement.get().documents().size());
                ObjectNode labels = agreed.putObject("labels");
                for (LabelSummary l : agreement.get().summary()) {
                    ObjectNode one = labels.putObject(l.label());
                    number(one, "f1_exact", l.f1Exact());
                    number(one, "f1_overlap", l.f1Overlap());
                    number(one, "kappa", l.kappa());
                    number(one, "fleiss_kappa", l.fleissKappa());
                    number(one, "alpha_u", l.alphaU());
                }
            } else {
                root.putNull("agreementByLabel");
            }
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts and names are always writable as JSON", e);
        }
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** Counts in the scheme's order of labels, labels it lacks last. */
    private static Map<String, Integer> inOrder(Map<String, Integer> counts, List<String> order) {
        Map<String, Integer> out = new LinkedHashMap<>();
        order.stream().filter(counts::containsKey).forEach(l -> out.put(l, counts.get(l)));
        counts.forEach(out::putIfAbsent);
        return out;
    }

    private static Map<String, Map<String, Integer>> frozen(Map<String, Map<String, Integer>> map) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(out);
    }
}
