package org.newsmark.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * What the threads did during the longest pulse gaps of the stall row ({@code -Dbench.probe=true}): samples
 * the stacks of the FX thread, the render thread and the suggestion worker every few milliseconds and, for
 * each of the longest gaps, prints its start on the JVM's uptime clock (to match a {@code -Xlog:gc,safepoint}
 * log with {@code uptime} decoration) and the frames the threads were seen in. A diagnostic, not a row.
 */
final class StallProbe implements AutoCloseable {

    /** {@code -Dbench.probe=gaps}: the longest gaps only; {@code stacks}: with the threads' stacks sampled (this costs the FX thread a little). */
    static boolean enabled() {
        return !System.getProperty("bench.probe", "").isEmpty();
    }

    private static boolean sampling() {
        return System.getProperty("bench.probe", "").equals("stacks");
    }

    private record Sample(long nanos, String thread, Thread.State state, StackTraceElement[] stack) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final long originNanos = System.nanoTime();
    private final long originUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    private volatile boolean running = true;
    private final Thread sampler;

    StallProbe() {
        sampler = new Thread(this::sample, "stall-probe");
        sampler.setDaemon(true);
        if (sampling()) {
            sampler.start();
        }
    }

    /** One thread at a time (a handshake with it, not a pause of every thread as a full thread dump). */
    private void sample() {
        List<Thread> watched = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread")
                || t.getName().startsWith("QuantumRenderer") || t.getName().equals("newsmark-suggest")).toList();
        while (running) {
            for (Thread t : watched) {
                StackTraceElement[] stack = t.getStackTrace();
                samples.add(new Sample(System.nanoTime(), t.getName(), t.getState(), stack));
            }
            try {
                Thread.sleep(3);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private double uptime(long nanos) {
        return originUptimeMillis + (nanos - originNanos) / 1e6;
    }

    /** Prints the {@code top} longest of {@code gaps} (end times of pulses, nanoTime) with what was sampled in them. */
    void report(List<Long> pulseTimes, List<Long> fxCpu, List<Long> fxWaits, int top) {
        running = false;
        List<long[]> gaps = new ArrayList<>();
        for (int i = 1; i < pulseTimes.size(); i++) {
            gaps.add(new long[] {pulseTimes.get(i - 1), pulseTimes.get(i), fxCpu.get(i) - fxCpu.get(i - 1),
                fxWaits.get(i) - fxWaits.get(i - 1)});
        }
        // on a loaded machine the longest gaps are waits for a core: -Dbench.probe.by=cpu ranks them by the FX thread's own work
        boolean byCpu = System.getProperty("bench.probe.by", "").equals("cpu");
        gaps.sort(byCpu ? Comparator.comparingLong((long[] g) -> -g[2]) : Comparator.comparingLong((long[] g) -> g[0] - g[1]));
        for (long[] g : gaps.subList(0, Math.min(top, gaps.size()))) {
            System.out.printf(Locale.ROOT, "  probe gap %.1f ms (FX thread on CPU %.1f ms, waiting for a core %.1f ms) at uptime %.1f..%.1f ms%n",
                    (g[1] - g[0]) / 1e6, g[2] / 1e6, g[3] / 1e6, uptime(g[0]), uptime(g[1]));
            Map<String, Map<String, Integer>> byThread = new LinkedHashMap<>();
            for (Sample s : samples) {
                if (s.nanos() >= g[0] && s.nanos() <= g[1]) {
                    byThread.computeIfAbsent(s.thread(), t -> new LinkedHashMap<>()).merge(describe(s), 1, Integer::sum);
                }
            }
            byThread.forEach((thread, frames) -> {
                System.out.println("    " + thread + ":");
                frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                        .forEach(f -> System.out.println("      " + f.getValue() + "x " + f.getKey()));
            });
        }
    }

    /** The state, the top frame and the first few frames of the project or RichTextFX/JavaFX below it. */
    private static String describe(Sample s) {
        StackTraceElement[] st = s.stack();
        if (st.length == 0) {
            return s.state().toString();
        }
        String top = frame(st[0]);
        String ours = java.util.Arrays.stream(st).filter(f -> f.getClassName().startsWith("org.newsmark")
                || f.getClassName().startsWith("org.fxmisc")).limit(5).map(StallProbe::frame).collect(Collectors.joining(" < "));
        return s.state() + " " + top + (ours.isEmpty() ? "" : " | " + ours);
    }

    private static String frame(StackTraceElement f) {
        String c = f.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber();
    }

    @Override
    public void close() {
        running = false;
    }
}
