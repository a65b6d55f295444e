package org.newsmark.suggest.pace;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Lets a suggestion run step aside while the analyst's keys are being handled. On a machine with two
 * cores, a run over a 1 MiB article takes one core for seconds, and the operating system ignores Java
 * thread priorities: the thread that takes the keys, the renderer and the run share the cores, and each
 * tag waits for its turn. So the window calls {@link #busy()} on every edit and {@link #drawn()} when the
 * frame after it is laid out; a run started through {@link #during} waits at its next
 * {@link #checkpoint()} (the engine's long loops have them) until then, or at most {@code window} after
 * the edit. Threads not inside {@link #during} (the command line, the UI itself) never wait, nor does
 * anything before the first frame is told (no window: a view model in a test).
 */
public final class GiveWay {

    private static final ThreadLocal<GiveWay> RUNNING = new ThreadLocal<>();
    /** Frames to wait for after an edit: the one that lays it out, then one for work it queued. */
    private static final int FRAMES = 2;

    private final long windowNanos;
    /** Until when (System.nanoTime) runs wait; written by the UI thread, read by the runs'. */
    private volatile long busyUntil;
    private volatile boolean busy;
    /** Frames still to be laid out before the edit is shown; only the UI thread touches it. */
    private int framesLeft;
    /** Whether a window tells its frames: without one (a view model tested alone) nothing waits. */
    private boolean framed;

    /** {@code window}: the longest a run waits after one edit when no frame says it is shown. */
    public GiveWay(Duration window) {
        this.windowNanos = window.toNanos();
    }

    /** The analyst edited: runs give way until the edit is drawn (at most the window). */
    public void busy() {
        if (!framed) {
            return;
        }
        busyUntil = System.nanoTime() + windowNanos;
        busy = true;
        framesLeft = FRAMES;
    }

    /** A frame was laid out on the UI thread: after the edit's frames, runs go on. True while another frame is awaited. */
    public boolean drawn() {
        framed = true;
        if (busy && --framesLeft <= 0) {
            busy = false;
        }
        return busy;
    }

    /** Runs {@code work} on this thread, giving way at its checkpoints. */
    public <T> T during(Supplier<T> work) {
        GiveWay outer = RUNNING.get();
        RUNNING.set(this);
        try {
            return work.get();
        } finally {
            RUNNING.set(outer);
        }
    }

    /** In a long loop of the engine: waits while the analyst's edit is being shown, if this thread gives way. */
    public static void checkpoint() {
        GiveWay g = RUNNING.get();
        if (g != null) {
            g.waitWhileBusy();
        }
    }

    private void waitWhileBusy() {
        while (busy && !Thread.currentThread().isInterrupted()) {
            long left = busyUntil - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(Math.min(left, 2_000_000));
        }
    }
}
