package org.newsmark.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;

/** Every kind of chart saved as PNG (a picture of the JavaFX chart) and as SVG (drawn from its data). */
class ChartFilesTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    static List<ChartData> charts() {
        List<String> labels = List.of("speaker", "quote", "place");
        return List.of(
                new ChartData("bar", "Spans per label", ChartData.Kind.BAR, "label", "spans", labels,
                        List.of(new ChartData.Series("a", List.of(3.0, 2.0, 1.0)),
                                new ChartData.Series("b & <c>", List.of(1.0, Double.NaN, 4.0)))),
                new ChartData("line", "Spans per hour", ChartData.Kind.LINE, "hour", "spans", List.of("00", "01", "02"),
                        List.of(new ChartData.Series("a", List.of(0.0, 5.0, 2.0)))),
                new ChartData("pie", "Spans per annotator", ChartData.Kind.PIE, "annotator", "spans", List.of("a", "b"),
                        List.of(new ChartData.Series("spans", List.of(6.0, 5.0)))),
                new ChartData("heat", "Overlaps", ChartData.Kind.HEAT, "label", "label", labels,
                        labels.stream().map(l -> new ChartData.Series(l, List.of(1.0, 0.0, 2.0))).toList()));
    }

    @Test
    void eachChartIsWrittenAsAPictureAndAsAnSvgDrawing() throws Exception {
        for (ChartData chart : charts()) {
            Path png = temp.resolve(chart.id() + ".png");
            Path svg = temp.resolve(chart.id() + ".svg");
            WaitForAsyncUtils.asyncFx(() -> {
                Node node = StatisticsView.draw(chart);
                new Scene(new StackPane(node), 600, 400);
                PngFile.save(node, png);
                return null;
            }).get();
            SvgChart.save(chart, svg);

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(chart.id()).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(image.getHeight()).isGreaterThan(100);

            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getTextContent()).contains(chart.title());
            int marks = root.getElementsByTagName("rect").getLength() + root.getElementsByTagName("polyline").getLength()
                    + root.getElementsByTagName("path").getLength();
            assertThat(marks).as(chart.id()).isGreaterThan(1);
            try (var files = Files.list(temp)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
        String bars = Files.readString(temp.resolve("bar.svg"));
        assertThat(bars).contains("b &amp; &lt;c&gt;");
    }
}
