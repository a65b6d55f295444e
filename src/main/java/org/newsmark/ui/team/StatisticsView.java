package org.newsmark.ui.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The statistics charts, two a row, each with its own Save PNG / Save SVG buttons. */
public final class StatisticsView {

    private final StatisticsViewModel model;
    private final Function<String, Optional<String>> labelClass;
    private final TilePane tiles = new TilePane(12, 12);
    private final BorderPane root = new BorderPane();

    /** {@code labelClass}: a label's colour chip class by its name ({@link org.newsmark.ui.LabelStyles#chipClass}), for its bars. */
    public StatisticsView(StatisticsViewModel model, Function<String, Optional<String>> labelClass) {
        this.model = model;
        this.labelClass = labelClass;
        tiles.setPrefColumns(2);
        tiles.setPadding(new Insets(12));
        tiles.getStyleClass().add("team-statistics");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(6, 12, 6, 12));
        message.getStyleClass().add("muted");
        root.setTop(message);
        root.setCenter(scroll);
        model.chartsProperty().addListener((o, a, charts) -> fill(charts));
        fill(model.chartsProperty().get());
    }

    public Node node() {
        return root;
    }

    /** Opens the view in a window of its own over {@code owner}, styled like it. */
    public static Stage show(Window owner, StatisticsViewModel model, Function<String, Optional<String>> labelClass) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Statistics");
        Scene scene = new Scene((Region) new StatisticsView(model, labelClass).node(), 1180, 820);
        stage.setScene(scene);
        OwnerStyles.follow(stage, owner);
        ClosesOnEscape.install(stage);
        stage.show();
        return stage;
    }

    private void fill(List<ChartData> charts) {
        tiles.getChildren().clear();
        for (ChartData data : charts) {
            Optional<String> placeholder = StatisticsViewModel.placeholder(data);
            Node chart = placeholder.map(text -> placeholder(data, text)).orElseGet(() -> draw(data, labelClass));
            chart.setId("chart-" + data.id());
            Button png = new Button("Save PNG…");
            png.setId("png-" + data.id());
            png.setOnAction(e -> choose(data, "png").ifPresent(file -> save(() -> PngFile.save(chart, file), file)));
            Button svg = new Button("Save SVG…");
            svg.setId("svg-" + data.id());
            svg.setOnAction(e -> choose(data, "svg").ifPresent(file -> save(() -> SvgChart.save(data, file), file)));
            png.setDisable(placeholder.isPresent());
            svg.setDisable(placeholder.isPresent());
            HBox buttons = new HBox(8, png, svg);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            VBox tile = new VBox(4, chart, buttons);
            tile.getStyleClass().add("team-chart-tile");
            tiles.getChildren().add(tile);
        }
    }

    /** A chart with nothing to draw: its title and, muted, what it waits for, in the chart's place and size. */
    private static Node placeholder(ChartData data, String text) {
        Label title = new Label(data.title());
        title.getStyleClass().add("chart-title");
        Label hint = new Label(text);
        hint.getStyleClass().addAll("muted", "chart-placeholder");
        VBox box = new VBox(12, title, hint);
        box.setAlignment(Pos.CENTER);
        return asChart(box);
    }

    /** The JavaFX chart (or, for a heat grid, a grid of cells) of one chart's data. */
    static Node draw(ChartData data) {
        return draw(data, name -> Optional.empty());
    }

    /** As {@link #draw(ChartData)}; the bars of a chart per label take the label's colour ({@code labelClass}). */
    static Node draw(ChartData data, Function<String, Optional<String>> labelClass) {
        Region node = switch (data.kind()) {
            case BAR -> labelColoured(new BarChart<>(new CategoryAxis(), new NumberAxis()), data, labelClass);
            case LINE -> xy(new LineChart<>(new CategoryAxis(), new NumberAxis()), data);
            case PIE -> pie(data);
            case HEAT -> grid(data);
        };
        return asChart(node);
    }

    /** A chart's tile content, drawn or waiting: the charts' style and size. */
    private static Region asChart(Region node) {
        node.getStyleClass().add("team-chart");
        node.setPrefSize(540, 360);
        return node;
    }

    private static Chart xy(XYChart<String, Number> chart, ChartData data) {
        chart.setTitle(data.title());
        chart.getXAxis().setLabel(data.xLabel());
        chart.getYAxis().setLabel(data.yLabel());
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(data.categories());
        chart.setAnimated(false);
        chart.setLegendVisible(data.series().size() > 1);
        if (data.max() > 0 && data.max() <= 10 && data.series().stream().flatMap(x -> x.values().stream())
                .allMatch(v -> v.isNaN() || v == Math.rint(v))) {
            // small counts: whole numbers only on the axis, not 0.25 steps
            NumberAxis counts = (NumberAxis) chart.getYAxis();
            counts.setAutoRanging(false);
            counts.setLowerBound(0);
            counts.setUpperBound(Math.ceil(data.max()) + 1);
            counts.setTickUnit(1);
            counts.setMinorTickVisible(false);
        }
        for (ChartData.Series s : data.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int i = 0; i < data.categories().size(); i++) {
                if (!s.values().get(i).isNaN()) {
                    series.getData().add(new XYChart.Data<>(data.categories().get(i), s.values().get(i)));
                }
            }
            chart.getData().add(series);
        }
        return chart;
    }

    /**
     * A bar chart per label: each bar in its label's colour, by the chip class of the label stylesheet,
     * which the window's theme restyles; series (annotators, measures) told apart by shade (newsmark.css).
     */
    private static Chart labelColoured(XYChart<String, Number> chart, ChartData data,
                                       Function<String, Optional<String>> labelClass) {
        xy(chart, data);
        if (!"label".equals(data.xLabel())) {
            return chart;
        }
        chart.getStyleClass().add("by-label");
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> bar : series.getData()) {
                if (bar.getNode() != null) {
                    labelClass.apply(bar.getXValue()).ifPresent(c -> bar.getNode().getStyleClass().add(c));
                }
            }
        }
        return chart;
    }

    private static Chart pie(ChartData data) {
        PieChart chart = new PieChart();
        chart.setTitle(data.title());
        chart.setAnimated(false);
        List<Double> values = data.series().isEmpty() ? List.of() : data.series().get(0).values();
        for (int i = 0; i < values.size(); i++) {
            chart.getData().add(new PieChart.Data(data.categories().get(i) + " (" + values.get(i).longValue() + ")",
                    values.get(i)));
        }
        return chart;
    }

    private static Region grid(ChartData data) {
        GridPane grid = new GridPane();
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setAlignment(Pos.CENTER);
        double max = data.max();
        for (int c = 0; c < data.categories().size(); c++) {
            Label head = new Label(data.categories().get(c));
            head.getStyleClass().add("heat-head");
            grid.add(head, c + 1, 0);
        }
        for (int r = 0; r < data.series().size(); r++) {
            ChartData.Series s = data.series().get(r);
            Label name = new Label(s.name());
            name.getStyleClass().add("heat-head");
            grid.add(name, 0, r + 1);
            for (int c = 0; c < s.values().size(); c++) {
                double v = s.values().get(c);
                Label cell = new Label(Long.toString((long) v));
                cell.setMinSize(64, 40);
                cell.setAlignment(Pos.CENTER);
                cell.getStyleClass().add("heat-cell");
                double share = max == 0 ? 0 : v / max;
                cell.setStyle(String.format(java.util.Locale.ROOT, "-fx-background-color: rgba(0,114,178,%.2f);",
                        0.08 + 0.8 * share));
                Tooltip.install(cell, new Tooltip(s.name() + " overlapping " + data.categories().get(c) + ": " + (long) v));
                grid.add(cell, c + 1, r + 1);
            }
        }
        Label title = new Label(data.title());
        title.getStyleClass().add("chart-title");
        VBox box = new VBox(12, title, grid);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(8));
        return box;
    }

    private java.util.Optional<Path> choose(ChartData data, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save “" + data.title() + "”");
        chooser.setInitialFileName(data.id() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " image", "*." + extension));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow())).map(java.io.File::toPath);
    }

    private interface Save {
        void run() throws IOException;
    }

    private void save(Save save, Path file) {
        try {
            save.run();
            root.setTop(new Label("Saved " + file));
        } catch (IOException | RuntimeException e) {
            root.setTop(new Label("Could not save " + file + ": " + e.getMessage()));
        }
    }
}
