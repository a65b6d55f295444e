package org.newsmark.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times an action run on the FX thread to the frame that shows its result: the end of the layout
 * pass of the pulse after it, and the end of rendering that pulse's frame (reported by the
 * render thread through the scene's JavaFX performance tracker, an internal but long-standing API).
 */
final class FrameClock {

    /**
     * Nanoseconds from the start of the action to the end of the layout pass and to the frame drawn, and the CPU
     * time the FX thread spent to that layout's end and the render thread to that frame: steadier than the wall
     * times on a shared machine, and they tell the pulse's work from the drawing's.
     */
    record Time(long layoutNanos, long frameNanos, long fxCpuNanos, long renderCpuNanos) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile long renderThread = -1;
    private volatile long renderCpuAtFrame;

    private static final long QUIET_NANOS = 120_000_000L;

    private final Scene scene;
    private final AtomicLong rendered = new AtomicLong();
    private volatile long lastRender = System.nanoTime();
    private volatile long armedAfter = Long.MAX_VALUE;
    private volatile CompletableFuture<Long> frame;
    private int undrawn;

    private FrameClock(Scene scene) {
        this.scene = scene;
    }

    static FrameClock on(Scene scene) throws Exception {
        FrameClock clock = new FrameClock(scene);
        Fx.run(() -> PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(clock::frameRendered));
        return clock;
    }

    /** On the render thread, after a frame of the scene was drawn (and presented, in a real window). */
    private void frameRendered() {
        long now = System.nanoTime();
        renderThread = Thread.currentThread().getId();
        renderCpuAtFrame = THREADS.getCurrentThreadCpuTime();
        lastRender = now;
        long n = rendered.incrementAndGet();
        CompletableFuture<Long> waiting = frame;
        if (waiting != null && n > armedAfter) {
            waiting.complete(now);
        }
    }

    Time time(Runnable action) throws Exception {
        return time(action, () -> true);
    }

    /**
     * Runs {@code action} on the FX thread once the renderer has been idle for a while, and waits for
     * the first frame drawn after a pulse whose layout found {@code shown} true (checked on the FX
     * thread after each layout pass, e.g. "the suggestions arrived").
     */
    Time time(Runnable action, BooleanSupplier shown) throws Exception {
        quiet();
        CompletableFuture<Long> layout = new CompletableFuture<>();
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        long[] start = new long[1];
        long[] cpu = new long[3];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            cpu[0] = THREADS.getCurrentThreadCpuTime();
            cpu[1] = renderThread < 0 ? -1 : THREADS.getThreadCpuTime(renderThread);
            action.run();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (!shown.getAsBoolean()) {
                    return;
                }
                scene.removePostLayoutPulseListener(listener[0]);
                frame = drawn;
                armedAfter = rendered.get();
                cpu[2] = THREADS.getCurrentThreadCpuTime() - cpu[0];
                layout.complete(System.nanoTime());
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        long laidOut = layout.get(180, TimeUnit.SECONDS);
        long end;
        long renderCpu;
        try {
            end = drawn.get(5, TimeUnit.SECONDS);
            renderCpu = cpu[1] < 0 ? 0 : renderCpuAtFrame - cpu[1];
        } catch (TimeoutException nothingChanged) {
            end = laidOut;
            renderCpu = 0;
            undrawn++;
        }
        frame = null;
        armedAfter = Long.MAX_VALUE;
        return new Time(laidOut - start[0], end - start[0], cpu[2], renderCpu);
    }

    /** Actions whose pulse drew no frame (nothing visible changed); timed to their layout instead. */
    int undrawn() {
        return undrawn;
    }

    /** Waits until no frame has been drawn for a while, so that a timed pulse does not wait for an earlier one. */
    void quiet() throws InterruptedException {
        Thread.sleep(60);
        while (System.nanoTime() - lastRender < QUIET_NANOS) {
            Thread.sleep(20);
        }
        // a key comes at any point of the pulse cycle: start at a random one, so that fixed sleeps do not
        // put every action (and the floor's) at the same distance before the next pulse
        java.util.concurrent.locks.LockSupport.parkNanos(PHASES.nextLong(PULSE_PERIOD_NANOS));
    }

    private static final java.util.Random PHASES = new java.util.Random(11);
    private static final long PULSE_PERIOD_NANOS = 1_000_000_000L
            / Long.getLong("javafx.animation.pulse", 60);
}
