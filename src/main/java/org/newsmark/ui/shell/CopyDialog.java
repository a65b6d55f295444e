package org.newsmark.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.app.Workspace;
import org.newsmark.ui.DialogParts;
import org.newsmark.ui.FileChoices;

/**
 * The view of {@link CopyDialogModel}: a new SQLite file (typed or chosen) or a server's address, a
 * progress bar, Cancel copy, the counts, and Open the copy, which hands it to {@code opened}.
 */
final class CopyDialog {

    private final Stage stage = new Stage();

    CopyDialog(CopyDialogModel model, FileChoices choices, Window owner, Consumer<Workspace> opened) {
        ToggleGroup targets = new ToggleGroup();
        RadioButton toFile = new RadioButton("A new database file");
        toFile.setId("copy-to-file");
        toFile.setToggleGroup(targets);
        RadioButton toServer = new RadioButton("An empty database on a server");
        toServer.setId("copy-to-server");
        toServer.setToggleGroup(targets);
        targets.selectToggle(model.targetProperty().get() == CopyDialogModel.Target.SERVER ? toServer : toFile);
        targets.selectedToggleProperty().addListener((o, a, now) -> model.targetProperty().set(
                now == toServer ? CopyDialogModel.Target.SERVER : CopyDialogModel.Target.FILE));

        TextField file = new TextField();
        file.setId("copy-file");
        file.textProperty().bindBidirectional(model.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> choices.saveTo(stage, Path.of(model.fileProperty().get()), false)
                .ifPresent(p -> model.fileProperty().set(p.toString())));
        HBox fileRow = new HBox(8, file, browse);
        fileRow.disableProperty().bind(toFile.selectedProperty().not());
        GridPane server = ConnectDialog.serverForm(model.server(), "copy");
        server.disableProperty().bind(toServer.selectedProperty().not());
        VBox form = new VBox(8, toFile, fileRow, toServer, server);
        form.disableProperty().bind(model.runningProperty());

        ProgressBar progress = DialogParts.progressBar("copy-progress", model.progressProperty());

        TextArea message = DialogParts.messageArea("copy-message", model.messageProperty(), 3);

        Button run = DialogParts.startButton("copy-run", "Copy", model.runningProperty(), model::copy);
        Button cancel = DialogParts.cancelButton("copy-cancel", "Cancel copy", model.runningProperty(), model::cancel);
        Button open = new Button("Open the copy");
        open.setId("copy-open");
        open.disableProperty().bind(model.copiedProperty().not().or(model.runningProperty()));
        open.setOnAction(e -> model.openCopy().thenAccept(copy -> copy.ifPresent(w -> {
            stage.close();
            opened.accept(w);
        })));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        VBox root = new VBox(12, new Label("Copies every document, label, layer and relation, under the same ids."),
                form, progress, message, new HBox(8, cancel, gap, open, close, run));
        root.setId("copy-dialog");
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        stage.setScene(new Scene(root));
        stage.setTitle("Copy corpus to");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    void show() {
        stage.show();
    }
}
