package org.newsmark.ui.datasets;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.NestedPolicy;
import org.newsmark.io.OffsetUnit;
import org.newsmark.ui.DialogParts;
import org.newsmark.ui.FileChoices;

/**
 * File → Export…: format, which documents, labels, offset unit, nested policy (CoNLL) and destination;
 * a progress bar, cancel, and a summary with what could not be written.
 */
public final class ExportDialog {

    private final ExportDialogModel model;
    private final Stage stage = new Stage();

    public ExportDialog(ExportDialogModel model, FileChoices choices, Window owner) {
        this.model = model;
        ChoiceBox<DatasetFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(Arrays.stream(DatasetFormat.values()).filter(DatasetFormat::canWrite).toList());
        format.valueProperty().bindBidirectional(model.formatProperty());

        ChoiceBox<ExportDialogModel.Documents> documents = new ChoiceBox<>();
        documents.setId("export-documents");
        documents.getItems().setAll(ExportDialogModel.Documents.values());
        documents.setConverter(named(d -> switch (d) {
            case ALL -> "all documents";
            case NEW -> "new only";
            case IN_PROGRESS -> "in progress only";
            case DONE -> "done only";
        }));
        documents.valueProperty().bindBidirectional(model.documentsProperty());

        FlowPane labels = new FlowPane(10, 6);
        labels.setId("export-labels");
        for (ExportDialogModel.LabelChoice choice : model.labels()) {
            CheckBox box = new CheckBox(choice.name());
            box.setMnemonicParsing(false); // a label's name is shown as it is, an underscore too
            box.selectedProperty().bindBidirectional(choice.selected());
            labels.getChildren().add(box);
        }

        ChoiceBox<OffsetUnit> offsets = new ChoiceBox<>();
        offsets.setId("export-offsets");
        offsets.getItems().setAll(OffsetUnit.values());
        offsets.setConverter(named(u -> u == OffsetUnit.CODEPOINT ? "code points (Python, spaCy, brat)" : "UTF-16 (doccano, JavaScript)"));
        offsets.valueProperty().bindBidirectional(model.offsetsProperty());

        ChoiceBox<NestedPolicy> nested = new ChoiceBox<>();
        nested.setId("export-nested");
        nested.getItems().setAll(NestedPolicy.values());
        nested.setConverter(named(p -> p == NestedPolicy.OUTER ? "outer span wins" : "inner span wins"));
        nested.valueProperty().bindBidirectional(model.nestedProperty());
        nested.disableProperty().bind(model.formatProperty().isNotEqualTo(DatasetFormat.CONLL));

        TextField destination = new TextField();
        destination.setId("export-destination");
        destination.textProperty().bindBidirectional(model.destinationProperty());
        HBox.setHgrow(destination, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> choices.saveTo(stage, Path.of(model.destinationProperty().get()),
                model.formatProperty().get().writesFolder()).ifPresent(p -> model.destinationProperty().set(p.toString())));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        // the captions keep their width; every field runs to the same right edge as the message below
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(captions, fields);
        for (Region field : java.util.List.<Region>of(format, documents, offsets, nested)) {
            field.setMaxWidth(Double.MAX_VALUE);
        }
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Documents"), documents);
        form.addRow(2, new Label("Labels"), labels);
        form.addRow(3, new Label("Offsets"), offsets);
        form.addRow(4, new Label("Nested spans"), nested);
        form.addRow(5, new Label("Destination"), new HBox(8, destination, browse));

        ProgressBar progress = DialogParts.progressBar("export-progress", model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        // no empty band between the form and the message while nothing runs
        progress.managedProperty().bind(progress.visibleProperty());

        TextArea message = DialogParts.messageArea("export-message", model.messageProperty(), 6);

        Button run = DialogParts.startButton("export-run", "Export", model.runningProperty(), model::export);
        Button cancel = DialogParts.cancelButton("export-cancel", "Cancel export", model.runningProperty(), model::cancel);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        VBox root = new VBox(12, form, progress, message, new HBox(8, gap, cancel, close, run));
        root.setId("export-dialog");
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root, 640, 460));
        stage.setTitle("Export");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> {
            if (model.isRunning()) {
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }

    public ExportDialogModel model() {
        return model;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
