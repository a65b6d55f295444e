package org.newsmark.ui.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.app.StatisticsReport;
import org.newsmark.app.team.LabelSummary;

/** The statistics view's state: the report once loaded, and the charts it makes. */
public final class StatisticsViewModel {

    private static final int NAME_CHARS = 28;

    private final ReadOnlyObjectWrapper<List<ChartData>> charts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Reading the database…");

    /** Reads the report on {@code background} and publishes it on {@code screen}. */
    public CompletableFuture<Void> load(Supplier<StatisticsReport> report, Executor background, Executor screen) {
        return CompletableFuture.supplyAsync(report, background).handleAsync((r, failure) -> {
            if (failure != null) {
                message.set("Could not read the statistics: " + Optional.ofNullable(failure.getCause()).orElse(failure).getMessage());
            } else {
                show(r);
            }
            return null;
        }, screen);
    }

    public void show(StatisticsReport report) {
        charts.set(chartsOf(report));
        message.set(report.annotators().isEmpty() ? "No spans yet" : org.newsmark.ui.Plural.of(report.annotators().size(), "annotator"));
    }

    public ReadOnlyObjectProperty<List<ChartData>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Optional<ChartData> chart(String id) {
        return charts.get().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * What a chart with nothing to draw says instead of a bare axis (no categories, no series or no
     * value at all); empty when it has data. Zeros are data: an agreement of 0 is shown.
     */
    public static Optional<String> placeholder(ChartData chart) {
        boolean empty = chart.categories().isEmpty() || chart.series().isEmpty()
                || chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v.isNaN());
        if (!empty) {
            return Optional.empty();
        }
        return Optional.of(switch (chart.id()) {
            case "done" -> "No documents marked done yet";
            case "agreement" -> "No agreement yet: it needs two annotators' layers";
            case "overlaps" -> "No labels yet";
            default -> "No spans yet";
        });
    }

    static List<ChartData> chartsOf(StatisticsReport r) {
        List<ChartData> out = new ArrayList<>();
        out.add(new ChartData("labels", "Spans per label", ChartData.Kind.BAR, "label", "spans", r.labels(),
                r.annotators().stream().map(a -> new ChartData.Series(a, r.labels().stream()
                        .map(l -> (double) r.spansByLabel().getOrDefault(l, Map.of()).getOrDefault(a, 0)).toList())).toList()));
        out.add(new ChartData("annotators", "Spans per annotator", ChartData.Kind.PIE, "annotator", "spans", r.annotators(),
                List.of(new ChartData.Series("spans", r.annotators().stream().map(a -> (double) r.spansOfAnnotator(a)).toList()))));
        out.add(new ChartData("documents", "Spans per document (top " + StatisticsReport.TOP_DOCUMENTS + ")",
                ChartData.Kind.BAR, "document", "spans",
                documentNames(r.busiestDocuments()),
                List.of(new ChartData.Series("spans", r.busiestDocuments().stream().map(d -> (double) d.spans()).toList()))));
        List<String> days = new ArrayList<>(new TreeSet<>(r.doneByDay().values().stream().flatMap(m -> m.keySet().stream()).toList()));
        out.add(new ChartData("done", "Documents done per day", ChartData.Kind.LINE, "day (UTC)", "documents", days,
                r.doneByDay().entrySet().stream().map(e -> new ChartData.Series(e.getKey(), days.stream()
                        .map(d -> (double) e.getValue().getOrDefault(d, 0)).toList())).toList()));
        List<String> hours = IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h)).toList();
        out.add(new ChartData("hours", "Spans per hour of the day", ChartData.Kind.LINE, "hour (UTC)", "spans", hours,
                r.spansByHour().entrySet().stream().map(e -> new ChartData.Series(e.getKey(),
                        IntStream.of(e.getValue()).mapToObj(v -> (double) v).toList())).toList()));
        List<String> agreed = r.agreement().stream().map(LabelSummary::label).toList();
        out.add(new ChartData("agreement", "Agreement per label", ChartData.Kind.BAR, "label", "agreement", agreed,
                List.of(new ChartData.Series("F1 exact", r.agreement().stream().map(LabelSummary::f1Exact).toList()),
                        new ChartData.Series("κ (tokens)", r.agreement().stream().map(LabelSummary::kappa).toList()))));
        out.add(new ChartData("overlaps", "Labels overlapping in one layer", ChartData.Kind.HEAT, "label", "label", r.labels(),
                r.labels().stream().map(a -> new ChartData.Series(a, r.labels().stream()
                        .map(b -> (double) r.overlaps(a, b)).toList())).toList()));
        return out;
    }

    /** Shortened names, each once: a chart's categories must differ. */
    private static List<String> documentNames(List<StatisticsReport.DocumentSpans> documents) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return documents.stream().map(d -> {
            String name = shortName(d.name());
            return seen.add(name) ? name : name + " #" + d.documentId();
        }).toList();
    }

    private static String shortName(String name) {
        return name.length() <= NAME_CHARS ? name : name.substring(0, NAME_CHARS - 1) + "…";
    }
}
