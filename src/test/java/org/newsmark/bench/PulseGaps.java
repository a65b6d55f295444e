package org.newsmark.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/** The gaps between pulses on the FX thread while it runs (an animation timer asks for a pulse every frame). */
final class PulseGaps {

    private final List<Long> gaps = new ArrayList<>();
    private final List<Long> pulses = new ArrayList<>();
    /** The FX thread's CPU time at each pulse. */
    private final List<Long> cpu = new ArrayList<>();
    /** With the probe on: how long the FX thread had waited for a core (Linux schedstat) at each pulse. */
    private final List<Long> waits = new ArrayList<>();
    private long last;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            pulses.add(t);
            cpu.add(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            if (StallProbe.enabled()) {
                waits.add(RunQueue.waitedNanos());
            }
            if (last != 0) {
                gaps.add(t - last);
            }
            last = t;
        }
    };

    static PulseGaps start() throws Exception {
        PulseGaps gaps = new PulseGaps();
        Fx.run(gaps.timer::start);
        return gaps;
    }

    /** When each pulse ran (nanoTime), in order; read after {@link #stop()}. */
    List<Long> pulseTimes() {
        return List.copyOf(pulses);
    }

    /** The FX thread's CPU time (ns) at each pulse of {@link #pulseTimes()}. */
    List<Long> cpuTimes() {
        return List.copyOf(cpu);
    }

    List<Long> runQueueWaits() {
        return List.copyOf(waits);
    }

    /** Stops and returns the gaps in nanoseconds, in order. */
    List<Long> stop() throws Exception {
        return Fx.call(() -> {
            timer.stop();
            return List.copyOf(gaps);
        });
    }
}
