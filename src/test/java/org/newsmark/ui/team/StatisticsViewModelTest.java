package org.newsmark.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.StatisticsReport;
import org.newsmark.app.TeamLayers;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.app.team.AgreementStudy;
import org.newsmark.app.team.LabelSummary;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Span;

/** The statistics view's figures, from a real database with two annotators' layers. */
class StatisticsViewModelTest {

    @Test
    void oneAnnotatorIsNotCalledAnnotators() throws Exception {
        StatisticsViewModel model = oneAnnotatorsSpan("one");
        assertThat(model.messageProperty().get()).isEqualTo("1 annotator");
    }

    @Test
    void aChartWithNothingToDrawSaysWhatItWaitsForInsteadOfABareAxis() throws Exception {
        StatisticsViewModel model = oneAnnotatorsSpan("none-done");
        assertThat(StatisticsViewModel.placeholder(model.chart("done").orElseThrow()))
                .contains("No documents marked done yet");
        assertThat(StatisticsViewModel.placeholder(model.chart("agreement").orElseThrow())).as("one annotator").isPresent();
        assertThat(StatisticsViewModel.placeholder(model.chart("labels").orElseThrow())).as("a span to draw").isEmpty();
        assertThat(StatisticsViewModel.placeholder(model.chart("hours").orElseThrow())).isEmpty();
        assertThat(StatisticsViewModel.placeholder(new ChartData("agreement", "Agreement per label", ChartData.Kind.BAR,
                "label", "agreement", List.of("speaker"), List.of(new ChartData.Series("F1 exact", List.of(0.0))))))
                .as("an agreement of 0 is data").isEmpty();
    }

    /** The view model showing a database where annotator a has tagged one speaker and nothing is done. */
    private StatisticsViewModel oneAnnotatorsSpan(String name) throws Exception {
        StatisticsReport report;
        try (Workspace ws = Workspace.open(temp.resolve(name + ".db"), new Annotator("a"))) {
            Document stored = WorkspaceStore.of(ws).documents().insert(Document.of("lee", TEXT));
            new TeamLayers(ws).replaceLayer(stored.id(), new Annotator("a"), List.of(Span.of(1, 0, 3, "speaker")), List.of());
            report = StatisticsReport.of(ws);
        }
        StatisticsViewModel model = new StatisticsViewModel();
        model.show(report);
        return model;
    }

    private static final String TEXT = "Lee said \"we won\" and Kim agreed in Seoul.";

    @TempDir
    Path temp;

    @Test
    void chartsCountTheLayersOfTheDatabase() throws Exception {
        List<Span> a = List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 17, "quote"), Span.of(3, 36, 41, "place"),
                Span.of(4, 10, 13, "speaker"));
        List<Span> b = List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 16, "quote"));
        Document stored;
        StatisticsReport report;
        try (Workspace ws = Workspace.open(temp.resolve("s.db"), new Annotator("a"))) {
            stored = WorkspaceStore.of(ws).documents().insert(Document.of("lee", TEXT));
            WorkspaceStore.of(ws).documents().insert(Document.of("empty", "Nothing here."));
            TeamLayers layers = new TeamLayers(ws);
            layers.replaceLayer(stored.id(), new Annotator("a"), a, List.of());
            layers.replaceLayer(stored.id(), new Annotator("b"), b, List.of());
            WorkspaceStore.of(ws).layers().putStatus(stored.id(), "a", DocumentStatus.DONE);
            report = StatisticsReport.of(ws);
        }
        StatisticsViewModel model = new StatisticsViewModel();
        model.show(report);

        ChartData labels = model.chart("labels").orElseThrow();
        assertThat(labels.categories()).startsWith("speaker", "quote", "figure", "place");
        assertThat(values(labels, "a").subList(0, 4)).containsExactly(2.0, 1.0, 0.0, 1.0);
        assertThat(values(labels, "b").subList(0, 4)).containsExactly(1.0, 1.0, 0.0, 0.0);
        assertThat(model.chart("annotators").orElseThrow().series().get(0).values()).containsExactly(4.0, 2.0);
        assertThat(model.messageProperty().get()).isEqualTo("2 annotators");
        ChartData documents = model.chart("documents").orElseThrow();
        assertThat(documents.categories()).containsExactly("lee");
        assertThat(documents.series().get(0).values()).containsExactly(6.0);
        ChartData done = model.chart("done").orElseThrow();
        assertThat(done.categories()).containsExactly(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(values(done, "a")).containsExactly(1.0);
        ChartData hours = model.chart("hours").orElseThrow();
        assertThat(hours.categories()).hasSize(24);
        assertThat(values(hours, "a").stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(4.0);
        assertThat(values(hours, "b").stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(2.0);

        // agreement: what AgreementStudy computes on the same spans
        List<LabelSummary> expected = AgreementStudy.of(List.of(LayeredDocument.of(stored, Map.of("a", a, "b", b))),
                List.of("a", "b"), report.labels().subList(0, 4)).summary();
        ChartData agreement = model.chart("agreement").orElseThrow();
        assertThat(agreement.categories()).containsExactlyElementsOf(expected.stream().map(LabelSummary::label).toList());
        assertThat(values(agreement, "F1 exact")).usingComparatorForType(StatisticsViewModelTest::sameOrBothNaN, Double.class)
                .containsExactlyElementsOf(expected.stream().map(LabelSummary::f1Exact).toList());
        assertThat(values(agreement, "F1 exact").get(0)).isEqualTo(2.0 / 3);   // speaker: 1 of a's 2, b's 1
        assertThat(values(agreement, "κ (tokens)")).usingComparatorForType(StatisticsViewModelTest::sameOrBothNaN, Double.class)
                .containsExactlyElementsOf(expected.stream().map(LabelSummary::kappa).toList());

        // overlaps within one layer: a's speaker "we" inside a's quote; b has none
        ChartData overlaps = model.chart("overlaps").orElseThrow();
        int quote = overlaps.categories().indexOf("quote");
        int speaker = overlaps.categories().indexOf("speaker");
        assertThat(overlaps.series().get(quote).values().get(speaker)).isEqualTo(1.0);
        assertThat(overlaps.series().get(speaker).values().get(quote)).isEqualTo(1.0);
        assertThat(overlaps.max()).isEqualTo(1.0);
    }

    private static List<Double> values(ChartData chart, String series) {
        return chart.series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow().values();
    }

    private static int sameOrBothNaN(Double x, Double y) {
        return x.isNaN() && y.isNaN() ? 0 : Double.compare(x, y);
    }
}
