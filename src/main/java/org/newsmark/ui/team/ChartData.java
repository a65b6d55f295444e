package org.newsmark.ui.team;

import java.util.List;
import java.util.Objects;

/**
 * What one chart shows, without JavaFX: the view draws it, {@link SvgChart} writes it.
 *
 * @param categories the x axis (bar, line), the slices (pie) or the columns and rows (heat grid)
 * @param series     one value per category each; NaN: no value there
 */
public record ChartData(String id, String title, Kind kind, String xLabel, String yLabel, List<String> categories,
                        List<Series> series) {

    public enum Kind { BAR, LINE, PIE, HEAT }

    /** A named row of values, one per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The largest value shown (0 when there is none). */
    public double max() {
        return series.stream().flatMap(s -> s.values().stream()).filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue)
                .max().orElse(0);
    }
}
