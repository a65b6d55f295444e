package org.newsmark.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.LabelSummary;
import org.newsmark.model.Label;
import org.newsmark.store.TeamActivity;

/**
 * The figures of the window's statistics view, read in one go (call it off the screen's thread).
 *
 * @param labels            the scheme's labels, in order, then any other label a span uses
 * @param annotators        every annotator with a span, by name
 * @param spansByLabel      label to annotator to spans
 * @param busiestDocuments  the documents with the most spans (all layers), at most 20, most first
 * @param doneByDay         annotator to day (yyyy-mm-dd, UTC) to layers marked done that day
 * @param spansByHour       annotator to the spans made in each hour of the day (UTC), 24 entries
 * @param agreement         per label, the team's agreement (empty with fewer than two annotators)
 * @param overlaps          label to label to pairs of overlapping spans of one layer, symmetric
 */
public record StatisticsReport(List<String> labels, List<String> annotators, Map<String, Map<String, Integer>> spansByLabel,
                               List<DocumentSpans> busiestDocuments, Map<String, Map<String, Integer>> doneByDay,
                               Map<String, int[]> spansByHour, List<LabelSummary> agreement,
                               Map<String, Map<String, Integer>> overlaps) {

    public static final int TOP_DOCUMENTS = 20;

    /** A document and its span count over every layer. */
    public record DocumentSpans(long documentId, String name, int spans) {
    }

    public static StatisticsReport of(Workspace workspace) {
        TeamActivity activity = TeamActivity.of(workspace.store());
        List<String> labels = new ArrayList<>(workspace.scheme().labels().stream().map(Label::name).toList());
        List<String> annotators = new ArrayList<>();
        Map<String, Map<String, Integer>> byLabel = new LinkedHashMap<>();
        labels.forEach(l -> byLabel.put(l, new TreeMap<>()));
        for (TeamActivity.Count c : activity.spansByLabelAndAnnotator()) {
            if (!labels.contains(c.first())) {
                labels.add(c.first());
            }
            if (!annotators.contains(c.second())) {
                annotators.add(c.second());
            }
            byLabel.computeIfAbsent(c.first(), k -> new TreeMap<>()).put(c.second(), c.count());
        }
        annotators.sort(null);
        List<DocumentSpans> busiest = activity.busiestDocuments(TOP_DOCUMENTS).stream()
                .map(d -> new DocumentSpans(d.documentId(), d.name(), d.spans())).toList();
        Map<String, Map<String, Integer>> done = new TreeMap<>();
        activity.doneByAnnotatorAndDay().forEach(c -> done.computeIfAbsent(c.first(), k -> new TreeMap<>())
                .put(c.second(), c.count()));
        Map<String, int[]> hours = new TreeMap<>();
        for (TeamActivity.Count c : activity.spansByAnnotatorAndHour()) {
            hours.computeIfAbsent(c.first(), k -> new int[24])[Integer.parseInt(c.second())] += c.count();
        }
        Map<String, Map<String, Integer>> overlaps = new LinkedHashMap<>();
        labels.forEach(l -> overlaps.put(l, new LinkedHashMap<>()));
        for (TeamActivity.Count c : activity.overlappingLabels()) {
            overlaps.computeIfAbsent(c.first(), k -> new LinkedHashMap<>()).merge(c.second(), c.count(), Integer::sum);
            if (!c.first().equals(c.second())) {
                overlaps.computeIfAbsent(c.second(), k -> new LinkedHashMap<>()).merge(c.first(), c.count(), Integer::sum);
            }
        }
        List<LabelSummary> agreement = TeamAgreement.of(workspace).map(AgreementReport::summary).orElse(List.of());
        return new StatisticsReport(labels, annotators, byLabel, busiest, done, hours, agreement, overlaps);
    }

    /** Spans of a label over every annotator. */
    public int spansOfLabel(String label) {
        return spansByLabel.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Spans of an annotator over every label. */
    public int spansOfAnnotator(String annotator) {
        return spansByLabel.values().stream().mapToInt(m -> m.getOrDefault(annotator, 0)).sum();
    }

    /** Overlapping pairs of two labels (in either order). */
    public int overlaps(String a, String b) {
        return overlaps.getOrDefault(a, Map.of()).getOrDefault(b, 0);
    }

    public Optional<LabelSummary> agreementOf(String label) {
        return agreement.stream().filter(s -> s.label().equals(label)).findFirst();
    }
}
