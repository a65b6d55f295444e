package org.newsmark.ui.team;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsmark.io.AtomicOutput;

/** Writes a chart's data as a plain SVG drawing (bars, lines, slices or a grid), with title, axes and legend. */
public final class SvgChart {

    static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");
    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 50;
    private static final int BOTTOM = 110;

    private final ChartData chart;
    private final XMLStreamWriter xml;

    private SvgChart(ChartData chart, XMLStreamWriter xml) {
        this.chart = chart;
        this.xml = xml;
    }

    /** Writes the chart to {@code file}, whole or not at all. */
    public static void save(ChartData chart, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.file(file)) {
            try (OutputStream stream = Files.newOutputStream(out.path())) {
                write(chart, stream);
            }
            out.commit();
        }
    }

    public static void write(ChartData chart, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
            xml.writeAttribute("width", Integer.toString(WIDTH));
            xml.writeAttribute("height", Integer.toString(HEIGHT));
            xml.writeAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            xml.writeAttribute("font-family", "sans-serif");
            xml.writeAttribute("font-size", "12");
            SvgChart svg = new SvgChart(chart, xml);
            svg.rect(0, 0, WIDTH, HEIGHT, "#ffffff");
            svg.text(WIDTH / 2.0, 28, chart.title(), "middle", "16");
            switch (chart.kind()) {
                case BAR, LINE -> svg.plot();
                case PIE -> svg.pie();
                case HEAT -> svg.grid();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the chart '" + chart.title() + "': " + e.getMessage(), e);
        }
    }

    private void plot() throws XMLStreamException {
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double max = niceMax(chart.max());
        int n = chart.categories().size();
        for (int t = 0; t <= 4; t++) {
            double y = TOP + plotH - plotH * t / 4;
            line(LEFT, y, LEFT + plotW, y, "#dddddd", 1);
            text(LEFT - 6, y + 4, number(max * t / 4), "end", "11");
        }
        line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#333333", 1);
        line(LEFT, TOP, LEFT, TOP + plotH, "#333333", 1);
        double slot = n == 0 ? plotW : plotW / n;
        for (int i = 0; i < n; i++) {
            double x = LEFT + slot * (i + 0.5);
            xml.writeStartElement("text");
            attr("x", x);
            attr("y", TOP + plotH + 14);
            xml.writeAttribute("text-anchor", "end");
            xml.writeAttribute("font-size", "11");
            xml.writeAttribute("transform", String.format(Locale.ROOT, "rotate(-40 %.1f %.1f)", x, TOP + plotH + 14));
            xml.writeCharacters(chart.categories().get(i));
            xml.writeEndElement();
        }
        int k = chart.series().size();
        for (int s = 0; s < k; s++) {
            String colour = COLOURS.get(s % COLOURS.size());
            List<Double> values = chart.series().get(s).values();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double v = values.get(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                double h = max == 0 ? 0 : plotH * v / max;
                if (chart.kind() == ChartData.Kind.BAR) {
                    double w = slot * 0.8 / Math.max(1, k);
                    rect(LEFT + slot * i + slot * 0.1 + w * s, TOP + plotH - h, w, h, colour);
                } else {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + slot * (i + 0.5), TOP + plotH - h));
                }
            }
            if (chart.kind() == ChartData.Kind.LINE && !points.isEmpty()) {
                xml.writeEmptyElement("polyline");
                xml.writeAttribute("points", points.toString().strip());
                xml.writeAttribute("fill", "none");
                xml.writeAttribute("stroke", colour);
                xml.writeAttribute("stroke-width", "2");
            }
            legend(s, chart.series().get(s).name(), colour);
        }
        text(LEFT + plotW / 2, HEIGHT - 8, chart.xLabel(), "middle", "12");
        xml.writeStartElement("text");
        xml.writeAttribute("transform", String.format(Locale.ROOT, "translate(16 %.1f) rotate(-90)", TOP + plotH / 2));
        xml.writeAttribute("text-anchor", "middle");
        xml.writeCharacters(chart.yLabel());
        xml.writeEndElement();
    }

    private void pie() throws XMLStreamException {
        List<Double> values = chart.series().isEmpty() ? List.of() : chart.series().get(0).values();
        double total = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).sum();
        double cx = (WIDTH - RIGHT) / 2.0 + 20;
        double cy = HEIGHT / 2.0 + 15;
        double r = 170;
        double angle = -Math.PI / 2;
        for (int i = 0; i < values.size(); i++) {
            String colour = COLOURS.get(i % COLOURS.size());
            double v = values.get(i);
            if (total > 0 && !Double.isNaN(v) && v > 0) {
                double sweep = 2 * Math.PI * v / total;
                if (v == total) {
                    xml.writeEmptyElement("circle");
                    attr("cx", cx);
                    attr("cy", cy);
                    attr("r", r);
                    xml.writeAttribute("fill", colour);
                } else {
                    xml.writeEmptyElement("path");
                    xml.writeAttribute("d", String.format(Locale.ROOT, "M %.1f %.1f L %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f Z",
                            cx, cy, cx + r * Math.cos(angle), cy + r * Math.sin(angle), r, r, sweep > Math.PI ? 1 : 0,
                            cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)));
                    xml.writeAttribute("fill", colour);
                    xml.writeAttribute("stroke", "#ffffff");
                }
                angle += sweep;
            }
            legend(i, chart.categories().get(i) + " (" + number(v) + ")", colour);
        }
    }

    private void grid() throws XMLStreamException {
        int n = chart.categories().size();
        double cell = Math.min(60, (HEIGHT - TOP - 60.0) / Math.max(1, n));
        double x0 = 140;
        double y0 = TOP + 40;
        double max = chart.max();
        for (int c = 0; c < n; c++) {
            text(x0 + cell * (c + 0.5), y0 - 8, chart.categories().get(c), "middle", "11");
        }
        for (int row = 0; row < chart.series().size(); row++) {
            ChartData.Series s = chart.series().get(row);
            text(x0 - 8, y0 + cell * (row + 0.5) + 4, s.name(), "end", "11");
            for (int c = 0; c < n; c++) {
                double v = s.values().get(c);
                double share = max == 0 || Double.isNaN(v) ? 0 : v / max;
                xml.writeEmptyElement("rect");
                attr("x", x0 + cell * c);
                attr("y", y0 + cell * row);
                attr("width", cell - 2);
                attr("height", cell - 2);
                xml.writeAttribute("fill", COLOURS.get(0));
                xml.writeAttribute("fill-opacity", String.format(Locale.ROOT, "%.2f", 0.08 + 0.92 * share));
                text(x0 + cell * (c + 0.5), y0 + cell * (row + 0.5) + 4, number(v), "middle", "11");
            }
        }
    }

    private void legend(int index, String name, String colour) throws XMLStreamException {
        double x = WIDTH - RIGHT + 20;
        double y = TOP + 10 + index * 20;
        rect(x, y, 12, 12, colour);
        text(x + 18, y + 10, name, "start", "12");
    }

    private void rect(double x, double y, double w, double h, String fill) throws XMLStreamException {
        xml.writeEmptyElement("rect");
        attr("x", x);
        attr("y", y);
        attr("width", w);
        attr("height", h);
        xml.writeAttribute("fill", fill);
    }

    private void line(double x1, double y1, double x2, double y2, String stroke, double width) throws XMLStreamException {
        xml.writeEmptyElement("line");
        attr("x1", x1);
        attr("y1", y1);
        attr("x2", x2);
        attr("y2", y2);
        xml.writeAttribute("stroke", stroke);
        attr("stroke-width", width);
    }

    private void text(double x, double y, String text, String anchor, String size) throws XMLStreamException {
        xml.writeStartElement("text");
        attr("x", x);
        attr("y", y);
        xml.writeAttribute("text-anchor", anchor);
        xml.writeAttribute("font-size", size);
        xml.writeAttribute("fill", "#222222");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void attr(String name, double value) throws XMLStreamException {
        xml.writeAttribute(name, String.format(Locale.ROOT, "%.1f", value));
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** 1, 2 or 5 times a power of ten at or above {@code max}, so the grid lines fall on round numbers. */
    private static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
