package org.newsmark.ui.datasets;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.newsmark.app.ExportDatasets;
import org.newsmark.app.ExportRequest;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ExportOptions;
import org.newsmark.io.ExportReport;
import org.newsmark.io.NestedPolicy;
import org.newsmark.io.OffsetUnit;
import org.newsmark.model.Label;

/**
 * The export dialog's state: format, documents (all or one status), labels, offset unit, nested
 * policy and destination; the export runs as a {@link Task} with progress and can be cancelled.
 */
public final class ExportDialogModel {

    /** One label's checkbox. */
    public record LabelChoice(String name, BooleanProperty selected) {
    }

    /** Which documents: all, or those with one status. */
    public enum Documents { ALL, NEW, IN_PROGRESS, DONE }

    private final Workspace workspace;
    private final Executor executor;
    private final ObjectProperty<DatasetFormat> format = new SimpleObjectProperty<>();
    private final UserPreferences preferences;
    private final ObjectProperty<Documents> documents = new SimpleObjectProperty<>(Documents.ALL);
    private final ObjectProperty<OffsetUnit> offsets = new SimpleObjectProperty<>(OffsetUnit.CODEPOINT);
    private final ObjectProperty<NestedPolicy> nested = new SimpleObjectProperty<>(NestedPolicy.OUTER);
    private final StringProperty destination = new SimpleStringProperty("");
    private final ObservableList<LabelChoice> labels = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<ExportReport>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** The format that keeps every span and every said_by link, until the user has exported in another. */
    static final DatasetFormat FIRST_FORMAT = DatasetFormat.DOCCANO_REL;
    private static final String FORMAT_KEY = "export.format";
    private static final String FOLDER_KEY = "export.folder";

    public ExportDialogModel(Workspace workspace, Executor executor, UserPreferences preferences) {
        this.workspace = workspace;
        this.executor = executor;
        this.preferences = preferences;
        format.set(preferences.get(FORMAT_KEY).flatMap(DatasetFormat::fromCode).filter(DatasetFormat::canWrite)
                .orElse(FIRST_FORMAT));
        for (Label label : workspace.scheme().labels()) {
            labels.add(new LabelChoice(label.name(), new SimpleBooleanProperty(true)));
        }
        format.addListener((o, before, now) -> suggestDestination(before, now));
        suggestDestination(null, format.get());
    }

    /** A file (a folder for brat) in the last export folder, following the format while the user has not typed one. */
    private void suggestDestination(DatasetFormat before, DatasetFormat now) {
        if (destination.get().isBlank() || before != null && destination.get().equals(defaultFor(before).toString())) {
            destination.set(defaultFor(now).toString());
        }
    }

    private Path defaultFor(DatasetFormat f) {
        return exportFolder().resolve(f.writesFolder() ? "export-" + f.code() : "export-" + f.code() + "." + f.extension());
    }

    /** The folder of the last export, else the user's Documents folder, else the home folder. */
    private Path exportFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return preferences.get(FOLDER_KEY).map(Path::of).filter(java.nio.file.Files::isDirectory)
                .orElse(java.nio.file.Files.isDirectory(documents) ? documents : home);
    }

    /** What the chosen options ask for. */
    public ExportRequest request() {
        Set<String> chosen = new LinkedHashSet<>();
        labels.stream().filter(c -> c.selected().get()).map(LabelChoice::name).forEach(chosen::add);
        Set<String> subset = chosen.size() == labels.size() ? Set.of() : chosen;
        Optional<org.newsmark.model.DocumentStatus> status = switch (documents.get()) {
            case ALL -> Optional.empty();
            case NEW -> Optional.of(org.newsmark.model.DocumentStatus.NEW);
            case IN_PROGRESS -> Optional.of(org.newsmark.model.DocumentStatus.IN_PROGRESS);
            case DONE -> Optional.of(org.newsmark.model.DocumentStatus.DONE);
        };
        return new ExportRequest(format.get(), status, new ExportOptions(offsets.get(), subset, nested.get()));
    }

    /** Starts the export; the summary says what was written and what could not be. */
    public void export() {
        if (running.get()) {
            return;
        }
        if (destination.get().isBlank()) {
            message.set("Choose where to write the export.");
            return;
        }
        if (labels.stream().noneMatch(c -> c.selected().get())) {
            message.set("Choose at least one label.");
            return;
        }
        ExportRequest request = request();
        Path out = Path.of(destination.get().strip());
        ExportDatasets exports = new ExportDatasets(workspace);
        cancelled.set(false);
        report.set(Optional.empty());
        running.set(true);
        message.set("Exporting to " + out + "…");
        Task<ExportReport> task = new Task<>() {
            @Override
            protected ExportReport call() throws Exception {
                return exports.toPath(request, out, this::updateProgress, cancelled::get);
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finish(() -> {
            report.set(Optional.of(task.getValue()));
            remember(request.format(), out);
            message.set("Written to " + out + "\n" + task.getValue().summary());
        }));
        task.setOnFailed(e -> finish(() -> {
            Throwable error = task.getException();
            message.set(error instanceof CancellationException
                    ? "Export cancelled; " + out + " was left as it was."
                    : "Export failed: " + (error.getMessage() == null ? error : error.getMessage()));
        }));
        executor.execute(task);
    }

    private void remember(DatasetFormat written, Path out) {
        try {
            preferences.put(FORMAT_KEY, written.code());
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                preferences.put(FOLDER_KEY, folder.toString());
            }
        } catch (RuntimeException e) {
            // remembering the choice is a convenience; the export itself succeeded
        }
    }

    private void finish(Runnable update) {
        progress.unbind();
        update.run();
        running.set(false);
    }

    public void cancel() {
        cancelled.set(true);
    }

    public ObjectProperty<DatasetFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Documents> documentsProperty() {
        return documents;
    }

    public ObjectProperty<OffsetUnit> offsetsProperty() {
        return offsets;
    }

    public ObjectProperty<NestedPolicy> nestedProperty() {
        return nested;
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    public ObservableList<LabelChoice> labels() {
        return labels;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ExportReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
