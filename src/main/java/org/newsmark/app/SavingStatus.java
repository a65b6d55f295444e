package org.newsmark.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What a workspace's background writer has not committed yet, and whether it is waiting for a lost
 * server connection to come back (it keeps the actions queued and retries; see {@link SessionWriter}).
 * Listeners hear on the announcer thread (the window's FX thread) when the connection is lost, when it
 * is back, and how many actions wait meanwhile; not on every action while all is well.
 */
public final class SavingStatus {

    /**
     * {@code unsaved}: actions handed to the writer and not committed (nor refused) yet;
     * {@code lost}: the database whose connection is lost, while the writer waits for it.
     */
    public record Snapshot(int unsaved, Optional<String> lost) {
        public boolean reconnecting() {
            return lost.isPresent();
        }
    }

    private final Executor announcer;
    private final AtomicInteger unsaved = new AtomicInteger();
    private volatile Optional<String> lost = Optional.empty();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();

    SavingStatus(Executor announcer) {
        this.announcer = announcer;
    }

    /** A status for inline writing, where nothing is ever left unsaved. */
    static SavingStatus inline() {
        return new SavingStatus(Runnable::run);
    }

    /** Whether {@code failure} (or a cause of it) is a lost connection to the server, not a refusal of the change. */
    public static boolean isConnectionLoss(Throwable failure) {
        return org.newsmark.store.ConnectionLostException.isCause(failure);
    }

    public Snapshot now() {
        return new Snapshot(unsaved.get(), lost);
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    void queued() {
        unsaved.incrementAndGet();
        if (lost.isPresent()) {
            announce();
        }
    }

    void settled() {
        unsaved.decrementAndGet();
    }

    /** On the writer thread: the connection to {@code location} is lost ({@code detail} is logged once per loss). */
    void lost(String location, String detail) {
        if (lost.isEmpty()) {
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, detail + " (retrying)");
        }
        if (!lost.equals(Optional.of(location))) {
            lost = Optional.of(location);
            announce();
        }
    }

    /** On the writer thread: the connection works again. */
    void restored() {
        if (lost.isPresent()) {
            lost = Optional.empty();
            System.getLogger("newsmark").log(System.Logger.Level.INFO, "connection to the database restored");
            announce();
        }
    }

    private void announce() {
        announcer.execute(() -> {
            Snapshot snapshot = now();
            listeners.forEach(l -> l.accept(snapshot));
        });
    }
}
