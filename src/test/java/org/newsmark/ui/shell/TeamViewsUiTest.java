package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.app.TeamLayers;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.AgreementStudy;
import org.newsmark.app.team.LabelAgreement;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.ui.team.CurationViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two annotators tag the seed article differently; the Team menu's agreement matrix shows what
 * AgreementStudy computes, and the curation view settles every disagreement by keys into the gold layer.
 */
class TeamViewsUiTest extends SeedWindowTest {

    private String seed;
    private long id;
    private List<Span> a;
    private List<Span> b;

    @BeforeEach
    void twoLayers() throws Exception {
        seed = Files.readString(Path.of(SEED));
        id = onFx(() -> window.model().session().orElseThrow().document().id());
        Span yoon = at(1, "Yoon Suk Yeol", "speaker");
        a = List.of(yoon, at(2, "South Korea", "place"), at(3, "once again confirm that the security of the Indo-Pacific "
                + "region and the Atlantic region are inextricably linked,", "quote"));
        b = List.of(yoon, at(2, "Mark Rutte", "speaker"), at(3, "once again confirm that the security of the Indo-Pacific "
                + "region and the Atlantic region are inextricably linked", "quote"));
        TeamLayers layers = new TeamLayers(workspace);
        layers.replaceLayer(id, new Annotator("a"), a, List.of());
        layers.replaceLayer(id, new Annotator("b"), b, List.of());
    }

    private Span at(long spanId, String phrase, String label) {
        int start = seed.indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        return Span.of(spanId, start, start + phrase.length(), label);
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cell(String query) {
        return onFx(() -> lookup(query).queryAs(Label.class).getText());
    }

    @EngineTest
    void theMatrixShowsTheStudysFiguresAndTheCurationSettlesEveryDisagreementByKeys() throws Exception {
        clickOn("Team").clickOn("Agreement…");
        waitFor("#cell-a-b");
        Document document = onFx(() -> window.model().session().orElseThrow().document());
        AgreementReport expected = AgreementStudy.of(List.of(LayeredDocument.of(document, Map.of("a", a, "b", b))),
                List.of("a", "b"), onFx(() -> window.model().labels().stream().map(org.newsmark.model.Label::name).toList()));
        for (String label : List.of("speaker", "quote", "place")) {
            onFx(() -> {
                lookup("#agreement-label").queryAs(ComboBox.class).getSelectionModel().select(label);
                return null;
            });
            LabelAgreement figures = expected.pair("a", "b").orElseThrow().labels().get(label);
            String shown = String.format(java.util.Locale.ROOT, "F1 %.2f\nκ %.2f", figures.f1Exact(), figures.kappa());
            assertThat(cell("#cell-a-b")).as(label).isEqualTo(shown);
            assertThat(cell("#cell-b-a")).as(label).isEqualTo(shown);
        }
        assertThat(expected.pair("a", "b").orElseThrow().labels().get("speaker").f1Exact()).isEqualTo(2.0 / 3);
        TableView<?> documents = lookup("#agreement-documents").queryAs(TableView.class);
        assertThat(documents.getItems()).hasSize(1);

        clickOn(lookup("#agreement-documents .table-row-cell").nth(0).queryAs(Node.class));
        keys(KeyCode.ENTER);
        waitFor("#curation-rows");
        assertThat(cell("#curation-progress")).startsWith("Disagreement 1 of 3");
        @SuppressWarnings("unchecked")
        TableView<CurationViewModel.Row> rows = lookup("#curation-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).extracting(CurationViewModel.Row::annotator, CurationViewModel.Row::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "South Korea"),
                        org.assertj.core.groups.Tuple.tuple("b", "(nothing)"));

        keys(KeyCode.DIGIT1);           // South Korea: a's place
        assertThat(rows.getItems()).extracting(CurationViewModel.Row::text).contains("Mark Rutte");
        keys(KeyCode.R);                // Mark Rutte: rejected
        keys(KeyCode.DIGIT1);           // the quote with its comma (a) ...
        assertThat(cell("#curation-progress")).contains("0 open");
        shortcut(KeyCode.Z);            // ... taken back
        assertThat(cell("#curation-progress")).contains("1 open");
        keys(KeyCode.DIGIT2);           // b's quote, without the comma
        assertThat(cell("#curation-progress")).contains("0 open");
        assertThat(cell("#curation-message")).contains("Every disagreement is settled");

        workspace.awaitCommits();
        WaitForAsyncUtils.waitForFxEvents();
        try (Store fresh = database.open()) {
            assertThat(fresh.layers().spans(id).get(Annotator.GOLD))
                    .extracting(s -> s.label() + "@" + s.start() + "-" + s.end())
                    .containsExactly(key(a.get(1)), key(a.get(0)), key(b.get(2)));
            assertThat(fresh.layers().spans(id).get("a")).hasSize(3);
            assertThat(fresh.documents().layerStatus(id, Annotator.GOLD)).as("every disagreement settled")
                    .isEqualTo(org.newsmark.model.DocumentStatus.DONE);
            assertThat(fresh.layers().spans(id).get("b")).hasSize(3);
        }
        assertThat(storedSpans()).as("every layer").hasSize(9);
        assertThat(goldExport(id)).as("the export writes gold where it exists: exactly the settled spans")
                .containsExactlyInAnyOrder(key(a.get(1)), key(a.get(0)), key(b.get(2)));
        assertThat(Optional.of(window.model().workspace().annotator().name())).isNotEqualTo(Optional.of(Annotator.GOLD));
    }

    @org.junit.jupiter.api.Test
    void theAgreementsDocumentListShowsEveryHeadingWholeAndNoEmptyColumn() throws Exception {
        onFx(() -> {
            teamItem("#menu-agreement").fire();
            return null;
        });
        waitFor("#cell-a-b");
        TableView<?> documents = lookup("#agreement-documents").queryAs(TableView.class);
        List<String> headings = onFx(() -> documents.getColumns().stream().map(c -> c.getText()).toList());
        // what each header draws: a cut heading ends in "…" ("Disagr…", "Mean …" at the default 80 px)
        List<String> drawn = onFx(() -> {
            documents.applyCss();
            documents.layout();
            return documents.lookupAll(".column-header .label").stream()
                    .map(l -> ((javafx.scene.text.Text) l.lookup(".text")).getText()).toList();
        });
        assertThat(drawn).containsExactlyElementsOf(headings);
        double filler = onFx(() -> ((javafx.scene.layout.Region) documents.lookup(".column-header-background .filler")).getWidth());
        assertThat(filler).as("no empty column beside the figures: the names take the room").isLessThan(1);
    }

    @org.junit.jupiter.api.Test
    void escapeClosesTheAgreementAndTheStatisticsWindows() throws Exception {
        for (String item : List.of("#menu-agreement", "#menu-statistics")) {
            javafx.stage.Stage stage = onFx(() -> {
                teamItem(item).fire();
                return javafx.stage.Window.getWindows().stream()
                        .filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null && s.isShowing()
                                && ("Agreement".equals(s.getTitle()) || "Statistics".equals(s.getTitle())))
                        .map(w -> (javafx.stage.Stage) w).findFirst().orElseThrow();
            });
            waitFor(item.equals("#menu-agreement") ? "#cell-a-b" : "#chart-labels");
            interact(stage::requestFocus);
            keys(KeyCode.ESCAPE);
            // a window without a key to close it: with no window manager's button, the mouse could not either
            assertThat(onFx(stage::isShowing)).as(stage.getTitle() + " after Escape").isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void theTeamWindowsFollowAThemeSwitchMadeWhileTheyAreOpen() throws Exception {
        for (String item : List.of("#menu-agreement", "#menu-statistics", "#menu-curate")) {
            onFx(() -> {
                teamItem(item).fire();
                return null;
            });
        }
        waitFor("#cell-a-b");
        waitFor("#curation-rows");
        waitFor("#chart-labels");
        List<javafx.stage.Stage> team = onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null && s.getTitle() != null
                        && (s.getTitle().equals("Agreement") || s.getTitle().equals("Statistics") || s.getTitle().startsWith("Curate")))
                .map(w -> (javafx.stage.Stage) w).toList());
        assertThat(team).as("the three team windows").hasSize(3);
        String light = onFx(() -> org.newsmark.ui.LabelStyles.dataUrl(window.model().labels(), false));
        String dark = onFx(() -> org.newsmark.ui.LabelStyles.dataUrl(window.model().labels(), true));
        for (javafx.stage.Stage stage : team) {
            assertThat(onFx(() -> List.copyOf(stage.getScene().getStylesheets()))).as(stage.getTitle()).contains(light)
                    .doesNotContain(dark);
        }

        setDark(true);
        for (javafx.stage.Stage stage : team) {
            List<String> sheets = onFx(() -> List.copyOf(stage.getScene().getStylesheets()));
            assertThat(sheets).as(stage.getTitle() + " after the switch to dark").contains(dark).doesNotContain(light)
                    .isEqualTo(onFx(() -> List.copyOf(stage.getOwner().getScene().getStylesheets())));
        }
        setDark(false);
        for (javafx.stage.Stage stage : team) {
            assertThat(onFx(() -> List.copyOf(stage.getScene().getStylesheets()))).as(stage.getTitle() + " back to light")
                    .contains(light).doesNotContain(dark);
        }
    }

    @org.junit.jupiter.api.Test
    void theStatisticsDrawEachLabelsBarsInItsColourInEitherThemeAndSayWhenNothingIsDoneYet() throws Exception {
        onFx(() -> {
            teamItem("#menu-statistics").fire();
            return null;
        });
        waitFor("#chart-labels");
        assertThat(onFx(() -> lookup("#chart-done .chart-placeholder").queryAs(Label.class).getText()))
                .as("no layer is marked done").isEqualTo("No documents marked done yet");
        assertThat(lookup("#chart-done .axis").tryQuery()).as("no bare axis").isEmpty();
        org.newsmark.model.Label speaker = onFx(() -> window.model().labels().stream()
                .filter(l -> l.name().equals("speaker")).findFirst().orElseThrow());
        assertThat(speakerBars()).as("a's and b's speakers").hasSize(2)
                .allSatisfy(fill -> assertThat(fill).isEqualTo(javafx.scene.paint.Color.web(speaker.color())));

        setDark(true);
        assertThat(speakerBars()).as("dark: the colour the dark page draws the label in").hasSize(2)
                .allSatisfy(fill -> assertThat(fill).isEqualTo(javafx.scene.paint.Color.web(
                        org.newsmark.ui.LabelColours.onDark(speaker.color()))));
    }

    /** The fills of the speaker's bars in the chart of spans per label. */
    private List<javafx.scene.paint.Paint> speakerBars() {
        return onFx(() -> {
            javafx.scene.chart.BarChart<?, ?> chart = lookup("#chart-labels").queryAs(javafx.scene.chart.BarChart.class);
            chart.applyCss();
            return chart.getData().stream().flatMap(s -> s.getData().stream()).filter(d -> "speaker".equals(d.getXValue()))
                    .map(d -> ((javafx.scene.layout.Region) d.getNode()).getBackground().getFills().get(0).getFill())
                    .toList();
        });
    }

    private javafx.scene.control.MenuItem teamItem(String id) {
        javafx.scene.control.MenuBar bar = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menu-team".equals(m.getId())).findFirst().orElseThrow().getItems()
                .stream().filter(i -> id.equals("#" + i.getId())).findFirst().orElseThrow();
    }

    /** View → Dark mode, as the main window's menu sets it while the team windows have the focus. */
    private void setDark(boolean dark) {
        onFx(() -> {
            javafx.scene.control.MenuBar bar = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> i instanceof javafx.scene.control.CheckMenuItem && "_Dark mode".equals(i.getText()))
                    .map(i -> (javafx.scene.control.CheckMenuItem) i).findFirst().orElseThrow().setSelected(dark);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The document's spans as {@code newsmark export --format doccano --offsets utf16} writes them. */
    private List<String> goldExport(long id) throws Exception {
        Path out = temp.resolve("gold.jsonl");
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int exit = org.newsmark.cli.Cli.run(new org.newsmark.cli.Terminal(text, new java.io.PrintStream(errors, true,
                java.nio.charset.StandardCharsets.UTF_8), Map.of()), "export", "--db", database.location(), "--format", "doccano",
                "--offsets", "utf16", "--out", out.toString());
        assertThat(exit).as(errors.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        String name = "yoon-rutte-nato-call"; // the seed document, the only one
        for (String line : Files.readAllLines(out)) {
            com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (doc.get("name").asText().equals(name)) {
                List<String> spans = new java.util.ArrayList<>();
                doc.get("label").forEach(l -> spans.add(l.get(2).asText() + "@" + l.get(0).asInt() + "-" + l.get(1).asInt()));
                return spans;
            }
        }
        throw new AssertionError("no document " + name + " in the export");
    }

    private static String key(Span s) {
        return s.label() + "@" + s.start() + "-" + s.end();
    }
}
