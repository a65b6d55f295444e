package org.newsmark.ui.datasets;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.ui.datasets.ImportDialogModel.Phase;
import org.newsmark.ui.DialogParts;
import org.newsmark.ui.FileChoices;

/**
 * File → Import…: choose files or a folder (or type a path and press Enter), see the detected format
 * and a preview with counts, then import with a progress bar and read the summary.
 */
public final class ImportDialog {

    private final ImportDialogModel model;
    private final FileChoices choices;
    private final Stage stage = new Stage();

    public ImportDialog(ImportDialogModel model, FileChoices choices, Window owner) {
        this.model = model;
        this.choices = choices;
        TextField path = new TextField();
        path.setId("import-path");
        path.setPromptText("a file or folder; several separated by " + File.pathSeparator);
        path.setOnAction(e -> model.choose(parse(path.getText())));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button files = new Button("Files…");
        files.setOnAction(e -> choose(choices.openFiles(stage), path));
        Button folder = new Button("Folder…");
        folder.setOnAction(e -> choices.openFolder(stage).ifPresent(p -> choose(List.of(p), path)));
        HBox pick = new HBox(8, path, files, folder);

        Label format = new Label();
        format.setId("import-format");
        format.textProperty().bind(Bindings.createStringBinding(() -> model.formatProperty().get().isEmpty()
                ? "Format: —" : "Format: " + model.formatProperty().get() + " (detected)", model.formatProperty()));

        TextArea message = DialogParts.messageArea("import-message", model.messageProperty(), 9);

        ProgressBar progress = DialogParts.progressBar("import-progress", model.progressProperty());
        progress.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.READING)
                .or(model.phaseProperty().isEqualTo(Phase.IMPORTING)));

        Button run = new Button("Import");
        run.setId("import-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.PREVIEW));
        run.setOnAction(e -> model.importNow());
        Button cancel = new Button("Cancel import");
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.IMPORTING));
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button("Close");
        close.setId("import-close");
        close.setCancelButton(true);
        close.disableProperty().bind(model.phaseProperty().isEqualTo(Phase.IMPORTING));
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, close, run);

        VBox root = new VBox(10, pick, format, message, progress, buttons);
        root.setId("import-dialog");
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root, 620, 380));
        stage.setTitle("Import");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> {
            if (model.phase() == Phase.IMPORTING) {
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    private void choose(List<Path> paths, TextField field) {
        if (!paths.isEmpty()) {
            field.setText(String.join(File.pathSeparator, paths.stream().map(Path::toString).toList()));
            model.choose(paths);
        }
    }

    static List<Path> parse(String text) {
        return Arrays.stream(text.split(File.pathSeparator)).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    public ImportDialogModel model() {
        return model;
    }

    public FileChoices choices() {
        return choices;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
