package org.newsmark.ui.team;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The form of Team → Assign…; state and checks live in {@link AssignViewModel}. */
final class AssignDialog {

    private AssignDialog() {
    }

    /** Shows the form; true when the analyst confirmed a valid assignment. */
    static boolean ask(Window owner, AssignViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Assign documents");
        dialog.setHeaderText("Share the documents out among annotators (replaces any earlier assignment)");
        TextField names = new TextField();
        names.setId("assign-annotators");
        names.setPromptText("ana, ben, cho");
        names.textProperty().bindBidirectional(model.annotatorsProperty());
        Spinner<Integer> perDoc = new Spinner<>(1, 9, model.perDocumentProperty().get());
        perDoc.setId("assign-per-doc");
        perDoc.setEditable(true);
        perDoc.valueProperty().addListener((o, a, b) -> model.perDocumentProperty().set(b));
        TextField overlap = new TextField();
        overlap.setId("assign-overlap");
        overlap.setPromptText("every document (or e.g. 20%)");
        overlap.textProperty().bindBidirectional(model.overlapProperty());
        Label problem = new Label();
        problem.setId("assign-problem");
        problem.getStyleClass().add("warning-text");
        problem.textProperty().bind(model.problemProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        form.addRow(0, new Label("Annotators"), names);
        form.addRow(1, new Label("Annotators per document"), perDoc);
        form.addRow(2, new Label("Shared part"), overlap);
        form.add(problem, 0, 3, 2, 1);
        // the fields take the form's width: at their own 155 px the shared part's hint was cut to "every document (or e.g"
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(240);
        form.getColumnConstraints().setAll(captions, fields);
        perDoc.setMaxWidth(120);
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.problemProperty().isNotEmpty());
        dialog.setOnShown(e -> names.requestFocus());
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
