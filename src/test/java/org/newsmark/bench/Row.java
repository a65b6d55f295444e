package org.newsmark.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the workbench benchmark: the times of the workbench and of its floor, printed as
 * {@code workbench ROW median_ms=… p95_ms=… floor_ms=… ratio=… layout_ms=… n=…}.
 */
final class Row {

    private final String name;
    /** The stall row: its "median" is the longest value, its floor the floor's longest. */
    private final boolean longest;
    private final List<Long> frames = new ArrayList<>();
    private final List<Long> layouts = new ArrayList<>();
    private final List<Long> floor = new ArrayList<>();
    private final List<Long> fxCpu = new ArrayList<>();
    private final List<Long> renderCpu = new ArrayList<>();
    private final List<Long> floorFxCpu = new ArrayList<>();
    private final List<Long> floorRenderCpu = new ArrayList<>();

    Row(String name) {
        this(name, false);
    }

    private Row(String name, boolean longest) {
        this.name = name;
        this.longest = longest;
    }

    /** A row whose values are gaps between frames: it prints the longest as its median. */
    static Row longestOf(String name) {
        return new Row(name, true);
    }

    void add(FrameClock.Time time) {
        frames.add(time.frameNanos());
        layouts.add(time.layoutNanos());
        fxCpu.add(time.fxCpuNanos());
        renderCpu.add(time.renderCpuNanos());
    }

    void addFloor(FrameClock.Time time) {
        floor.add(time.frameNanos());
        floorFxCpu.add(time.fxCpuNanos());
        floorRenderCpu.add(time.renderCpuNanos());
    }

    /** For rows measured otherwise than by one frame (the stall, start-up): a value in nanoseconds. */
    void addNanos(long nanos) {
        frames.add(nanos);
        layouts.add(nanos);
    }

    void addFloorNanos(long nanos) {
        floor.add(nanos);
    }

    String line() {
        double median = longest ? percentile(frames, 100) : percentile(frames, 50);
        double floorMedian = longest ? percentile(floor, 100) : percentile(floor, 50);
        return String.format(java.util.Locale.ROOT,
                "workbench %s median_ms=%.1f p95_ms=%.1f floor_ms=%.1f ratio=%.1f layout_ms=%.1f n=%d",
                name, median, percentile(frames, 95), floorMedian, floorMedian > 0 ? median / floorMedian : Double.NaN,
                percentile(layouts, 50), frames.size()) + cpu();
    }

    /** Medians of the FX and render threads' CPU time per action, and the floor's, where they were measured. */
    private String cpu() {
        if (fxCpu.isEmpty()) {
            return "";
        }
        String own = String.format(java.util.Locale.ROOT, " fx_cpu_ms=%.1f render_cpu_ms=%.1f",
                percentile(fxCpu, 50), percentile(renderCpu, 50));
        return floorFxCpu.isEmpty() ? own : own + String.format(java.util.Locale.ROOT,
                " floor_fx_cpu_ms=%.1f floor_render_cpu_ms=%.1f", percentile(floorFxCpu, 50), percentile(floorRenderCpu, 50));
    }

    void print() {
        System.out.println(line());
        System.out.flush();
    }

    /** Nearest-rank percentile in milliseconds (with 10 values the p95 is the largest). */
    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (p == 50) {
            int n = sorted.size();
            return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
