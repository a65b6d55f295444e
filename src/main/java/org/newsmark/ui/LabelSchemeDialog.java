package org.newsmark.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.LabelSchemeEditor;

/** Edits the label scheme stored in the database: name, colour, hotkey, order; add and delete. */
final class LabelSchemeDialog {

    private final WorkbenchViewModel model;
    private final LabelSchemeEditor editor;
    private final VBox rows = new VBox(6);
    private final Label problem = new Label();

    private LabelSchemeDialog(WorkbenchViewModel model) {
        this.model = model;
        this.editor = new LabelSchemeEditor(model.workspace());
    }

    static void show(Window owner, WorkbenchViewModel model) {
        LabelSchemeDialog content = new LabelSchemeDialog(model);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Label scheme");
        dialog.setHeaderText("Labels of this database — used by every view and export");
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(content.build());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private VBox build() {
        TextField newName = new TextField();
        newName.setPromptText("new label name");
        newName.setId("new-label-name");
        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setId("add-label");
        add.setOnAction(e -> attempt(() -> {
            editor.add(newName.getText().trim());
            newName.clear();
        }));
        newName.setOnAction(add.getOnAction());
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        refresh();
        Label relations = new Label("Relation types: " + String.join(", ", model.workspace().scheme().relationTypes()));
        relations.getStyleClass().add("muted");
        VBox box = new VBox(10, rows, new HBox(6, newName, add), relations, problem);
        box.setPadding(new Insets(8));
        box.setPrefWidth(520);
        return box;
    }

    private void refresh() {
        model.reloadLabels();
        rows.getChildren().clear();
        for (org.newsmark.model.Label label : model.labels()) {
            ColorPicker color = new ColorPicker(Color.web(label.color()));
            color.setOnAction(e -> attempt(() -> editor.update(label.withColor(hex(color.getValue())))));
            TextField name = new TextField(label.name());
            name.setId("label-name-" + label.name());
            name.setOnAction(e -> attempt(() -> editor.update(label.withName(name.getText().trim()))));
            TextField key = new TextField(label.hotkey());
            key.setPrefColumnCount(2);
            key.setTooltip(new Tooltip("One key that tags with this label (empty: none)"));
            key.setOnAction(e -> attempt(() -> editor.update(label.withHotkey(key.getText().trim()))));
            Button up = icon(Feather.ARROW_UP, "Move up");
            up.setOnAction(e -> attempt(() -> editor.move(label.id(), -1)));
            Button down = icon(Feather.ARROW_DOWN, "Move down");
            down.setOnAction(e -> attempt(() -> editor.move(label.id(), 1)));
            Button delete = icon(Feather.TRASH_2, "Delete (only when no span uses it)");
            delete.setOnAction(e -> attempt(() -> editor.delete(label.id())));
            HBox row = new HBox(6, color, name, new Label("key"), key, up, down, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    private void attempt(Runnable change) {
        try {
            change.run();
            problem.setText("");
        } catch (RuntimeException e) {
            problem.setText(e.getMessage());
        }
        refresh();
    }

    private static Button icon(Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
