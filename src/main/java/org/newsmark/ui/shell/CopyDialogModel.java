package org.newsmark.ui.shell;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.app.CopyStore;
import org.newsmark.app.Progress;
import org.newsmark.app.ServerLogin;
import org.newsmark.app.Workspace;

/**
 * File → Copy corpus to…: the window's corpus copied whole into a new SQLite file or an empty
 * database on a server (its address in the fields of {@link ConnectDialogModel}). The copy runs on
 * {@code worker} (never the FX thread) with progress, can be cancelled (the target is then as it
 * was), ends with the counts, and offers to open the copy.
 */
public final class CopyDialogModel {

    /** Where the copy goes. */
    public enum Target { FILE, SERVER }

    private final Workspace workspace;
    private final ConnectDialogModel server;
    private final Executor worker;
    private final Executor fx;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.FILE);
    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** The last percentage handed to the FX thread, so a large copy does not flood it. */
    private final AtomicInteger shownPercent = new AtomicInteger(-1);
    private Optional<Supplier<Workspace>> copy = Optional.empty();
    private final ReadOnlyBooleanWrapper copied = new ReadOnlyBooleanWrapper();

    /** {@code server} holds the address fields; its own test and connect are not used here. */
    public CopyDialogModel(Workspace workspace, ConnectDialogModel server, Executor worker, Executor fx) {
        this.workspace = workspace;
        this.server = server;
        this.worker = worker;
        this.fx = fx;
        file.set(suggestedFile().toString());
        server.login().filter(l -> CopyStore.isOpen(workspace, l))
                .ifPresent(same -> server.databaseProperty().set("")); // the corpus itself is no target
    }

    /** Beside the open file ({@code name-copy.db}), else in the home folder. */
    private Path suggestedFile() {
        return workspace.localFile().map(f -> f.toAbsolutePath().resolveSibling(
                        f.getFileName().toString().replaceFirst("\\.db$", "") + "-copy.db"))
                .orElse(Path.of(System.getProperty("user.home"), "newsmark-copy.db"));
    }

    /** Starts the copy unless one is running or the target is not named; the message tells how it ended. */
    public CompletableFuture<Optional<CopyStore.Result>> copy() {
        if (running.get()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<Job> job = job();
        if (job.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        cancelled.set(false);
        shownPercent.set(-1);
        copied.set(false);
        copy = Optional.empty();
        progress.set(0);
        running.set(true);
        message.set("Copying " + workspace.location() + " to " + job.get().name() + "…");
        return CompletableFuture.supplyAsync(() -> job.get().run().run(workspace, this::progressed, cancelled::get), worker)
                .handleAsync((result, failure) -> {
                    running.set(false);
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        message.set(cause instanceof CancellationException
                                ? "Copy cancelled; " + job.get().name() + " was left as it was."
                                : "Could not copy: " + reason(cause));
                        return Optional.<CopyStore.Result>empty();
                    }
                    progress.set(1.0);
                    copy = Optional.of(job.get().open());
                    copied.set(true);
                    message.set(summary(result, job.get().name()));
                    return Optional.of(result);
                }, fx);
    }

    /** One copy: where to, how to run it and how to open what it made. */
    private record Job(String name, Copying run, Supplier<Workspace> open) {
    }

    @FunctionalInterface
    private interface Copying {
        CopyStore.Result run(Workspace from, Progress progress, java.util.function.BooleanSupplier cancelled);
    }

    private Optional<Job> job() {
        if (target.get() == Target.SERVER) {
            Optional<ServerLogin> login = server.login();
            if (login.isEmpty()) {
                message.set(server.problemProperty().get());
                return Optional.empty();
            }
            ServerLogin to = login.get();
            return Optional.of(new Job(to.address(), (from, p, c) -> CopyStore.copy(from, to, p, c),
                    () -> Workspace.open(to, workspace.annotator())));
        }
        if (file.get().isBlank()) {
            message.set("Choose a new file to copy the corpus to.");
            return Optional.empty();
        }
        Path to;
        try {
            to = Path.of(file.get().strip());
        } catch (InvalidPathException e) {
            message.set(file.get() + " is not a file name: " + e.getReason());
            return Optional.empty();
        }
        if (Files.isDirectory(to)) {
            message.set(to + " is a folder; name a new file in it.");
            return Optional.empty();
        }
        return Optional.of(new Job(to.toString(), (from, p, c) -> CopyStore.copy(from, to, p, c),
                () -> Workspace.open(to, workspace.annotator())));
    }

    private void progressed(long done, long total) {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        if (shownPercent.getAndSet(percent) != percent) {
            fx.execute(() -> {
                if (running.get()) {
                    progress.set(percent / 100.0);
                }
            });
        }
    }

    static String summary(CopyStore.Result r, String to) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return "Copied " + n.format(r.documents()) + " documents, " + n.format(r.spans()) + " spans, "
                + n.format(r.relations()) + " relations to " + to
                + "\n(with " + n.format(r.labels()) + " labels, " + n.format(r.layerStatuses()) + " layer statuses, "
                + n.format(r.assignments()) + " assignments, " + n.format(r.rejectedSuggestions()) + " rejected suggestions)";
    }

    private static String reason(Throwable cause) {
        System.getLogger("newsmark").log(System.Logger.Level.WARNING, cause.getMessage());
        return cause.getMessage() == null ? "an unexpected failure (see the log)" : cause.getMessage();
    }

    /** Asks a running copy to stop; it rolls back. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Opens the copy just made (on the worker); nothing when there is none or it cannot be opened (the message says why). */
    public CompletableFuture<Optional<Workspace>> openCopy() {
        if (copy.isEmpty() || running.get()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Supplier<Workspace> opening = copy.get();
        running.set(true);
        return CompletableFuture.supplyAsync(opening, worker).handleAsync((opened, failure) -> {
            running.set(false);
            if (failure != null) {
                message.set("Could not open the copy: " + reason(failure instanceof CompletionException
                        && failure.getCause() != null ? failure.getCause() : failure));
                return Optional.<Workspace>empty();
            }
            return Optional.of(opened);
        }, fx);
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** The new SQLite file (when the target is {@link Target#FILE}). */
    public StringProperty fileProperty() {
        return file;
    }

    /** The server's address fields (when the target is {@link Target#SERVER}). */
    public ConnectDialogModel server() {
        return server;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A copy has just been made and can be opened. */
    public ReadOnlyBooleanProperty copiedProperty() {
        return copied.getReadOnlyProperty();
    }
}
