package org.newsmark.ui.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.newsmark.app.ImportDatasets;
import org.newsmark.app.ImportRequest;
import org.newsmark.app.ImportSummary;
import org.newsmark.app.Workspace;

/**
 * The import dialog's state: inputs, the detected format, a preview with counts, then the import
 * with progress and a summary. Reading and storing run as {@link Task}s on the given executor.
 */
public final class ImportDialogModel {

    /** Where the dialog is. */
    public enum Phase { EMPTY, READING, PREVIEW, IMPORTING, DONE, FAILED }

    private final Workspace workspace;
    private final Executor executor;
    private final Runnable onImported;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.EMPTY);
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose files or a folder to import.");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Optional<ImportSummary>> preview = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ImportSummary>> summary = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private List<Path> inputs = List.of();

    /** @param onImported run on the FX thread after a successful import (reload lists) */
    public ImportDialogModel(Workspace workspace, Executor executor, Runnable onImported) {
        this.workspace = workspace;
        this.executor = executor;
        this.onImported = onImported;
    }

    /** Chooses the inputs: detects the format and reads them for the preview; nothing is stored yet. */
    public void choose(List<Path> paths) {
        if (paths.isEmpty() || phase.get() == Phase.READING || phase.get() == Phase.IMPORTING) {
            return;
        }
        inputs = List.copyOf(paths);
        preview.set(Optional.empty());
        summary.set(Optional.empty());
        progress.set(-1);
        phase.set(Phase.READING);
        message.set("Reading " + describe(inputs) + "…");
        format.set("");
        ImportDatasets imports = new ImportDatasets(workspace);
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() throws Exception {
                return imports.preview(ImportRequest.of(inputs));
            }
        };
        task.setOnSucceeded(e -> {
            ImportSummary read = task.getValue();
            preview.set(Optional.of(read));
            format.set(read.format().code());
            progress.set(0);
            message.set(read.previewText());
            phase.set(Phase.PREVIEW);
        });
        task.setOnFailed(e -> fail(task.getException()));
        executor.execute(task);
    }

    /**
     * Imports the previewed inputs through the same streaming import as the command line, in one
     * transaction, with progress against the previewed count; refreshes the window after.
     */
    public void importNow() {
        if (phase.get() != Phase.PREVIEW || preview.get().isEmpty()) {
            return;
        }
        ImportSummary toStore = preview.get().get();
        List<Path> chosen = inputs;
        cancelled.set(false);
        phase.set(Phase.IMPORTING);
        message.set("Importing " + toStore.documents() + " documents…");
        ImportDatasets imports = new ImportDatasets(workspace);
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() throws Exception {
                return imports.run(ImportRequest.of(chosen), toStore.documents(), this::updateProgress, cancelled::get);
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            progress.unbind();
            summary.set(Optional.of(task.getValue()));
            message.set(task.getValue().text());
            phase.set(Phase.DONE);
            onImported.run();
        });
        task.setOnFailed(e -> {
            progress.unbind();
            fail(task.getException());
        });
        executor.execute(task);
    }

    /** Asks a running import to stop; it stores nothing then. */
    public void cancel() {
        cancelled.set(true);
    }

    private void fail(Throwable error) {
        progress.set(0);
        if (error instanceof CancellationException) {
            message.set("Import cancelled: nothing was imported.");
        } else {
            String text = error.getMessage() == null ? error.toString() : error.getMessage();
            message.set(text + "\nNothing was imported.");
        }
        phase.set(Phase.FAILED);
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
    }

    public List<Path> inputs() {
        return inputs;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** The format read, once known. */
    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** The preview, the summary, or the error ({@code FILE:LINE: problem}). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the length of the work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the chosen inputs would import, once read. */
    public ReadOnlyObjectProperty<Optional<ImportSummary>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ImportSummary>> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
