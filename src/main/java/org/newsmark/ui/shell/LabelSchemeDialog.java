package org.newsmark.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.LabelSchemeEditor;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * Edits the label scheme stored in the database: name, colour, hotkey, order; add and delete. Each
 * change is written on the window's writer thread (after the annotation actions queued before it),
 * then the rows are rebuilt from the scheme read there; a change another analyst made first is
 * refused with a message saying who changed what, and the rows show their change.
 */
final class LabelSchemeDialog {

    private final WorkbenchViewModel model;
    private final LabelSchemeEditor editor;
    private final Executor writer;
    private final VBox rows = new VBox(6);
    private final Label problem = new Label();

    private LabelSchemeDialog(WorkbenchViewModel model, Executor writer) {
        this.model = model;
        this.editor = new LabelSchemeEditor(model.workspace());
        this.writer = writer;
    }

    static void show(Window owner, WorkbenchViewModel model, Executor writer) {
        LabelSchemeDialog content = new LabelSchemeDialog(model, writer);
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
        add.setOnAction(e -> {
            e.consume(); // Enter in the field adds; it must not also close the dialog
            String name = newName.getText().trim();
            attempt(() -> editor.add(name), () -> newName.clear());
        });
        newName.setOnAction(add.getOnAction());
        problem.getStyleClass().add("warning-text");
        problem.setId("label-scheme-problem");
        problem.setWrapText(true);
        attempt(() -> { }, () -> { });
        Label relations = new Label("Relation types: " + String.join(", ", model.workspace().scheme().relationTypes()));
        relations.getStyleClass().add("muted");
        VBox box = new VBox(10, rows, new HBox(6, newName, add), relations, problem);
        box.setPadding(new Insets(8));
        box.setPrefWidth(520);
        return box;
    }

    /** The rows for {@code labels}, as the editor read them (their versions are what a change expects). */
    private void showRows(List<org.newsmark.model.Label> labels) {
        model.reloadLabels();
        rows.getChildren().clear();
        for (org.newsmark.model.Label label : labels) {
            ColorPicker color = new ColorPicker(Color.web(label.color()));
            color.setOnAction(e -> {
                String hex = hex(color.getValue());
                attempt(() -> editor.store(label.withColor(hex)), () -> { });
            });
            TextField name = new TextField(label.name());
            name.setId("label-name-" + label.name());
            name.setOnAction(e -> {
                e.consume();
                String text = name.getText().trim();
                attempt(() -> editor.store(label.withName(text)), () -> { });
            });
            // a name typed and left (Tab, a click on Close) is stored as Enter stores it: it was dropped unsaved
            storeWhenLeft(name, label.name(), text -> editor.store(label.withName(text)));
            TextField key = new TextField(label.hotkey());
            key.setPrefColumnCount(2);
            key.setTooltip(new Tooltip("One key that tags with this label (empty: none)"));
            key.setOnAction(e -> {
                e.consume();
                String text = key.getText().trim();
                attempt(() -> editor.store(label.withHotkey(text)), () -> { });
            });
            storeWhenLeft(key, label.hotkey(), text -> editor.store(label.withHotkey(text)));
            Button up = icon(Feather.ARROW_UP, "Move up");
            up.setOnAction(e -> attempt(() -> editor.move(label.id(), -1), () -> { }));
            Button down = icon(Feather.ARROW_DOWN, "Move down");
            down.setOnAction(e -> attempt(() -> editor.move(label.id(), 1), () -> { }));
            Button delete = icon(Feather.TRASH_2, "Delete (only when no span uses it)");
            delete.setOnAction(e -> attempt(() -> editor.storeDeletion(label.id()), () -> { }));
            // in the theme's 600 px dialog the row is squeezed: the name gives way, not the colour, the caption
            // and the key (they were cut to "#007...", "..." and half a digit)
            Label keyCaption = new Label("key");
            keyCaption.setMinWidth(Region.USE_PREF_SIZE);
            key.setMinWidth(Region.USE_PREF_SIZE);
            color.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox row = new HBox(6, color, name, keyCaption, key, up, down, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        // the rows come after the dialog is shown (read on the writer), and change in number
        Optional.ofNullable(rows.getScene()).map(javafx.scene.Scene::getWindow).ifPresent(Window::sizeToScene);
    }

    /**
     * Runs {@code change} on the writer thread, then reads the scheme there and, on this thread,
     * shows it (with the open sessions re-read: a rename or deletion changes how they name spans),
     * says why a refused change was refused, and runs {@code done} after a change that was stored.
     */
    private void attempt(Runnable change, Runnable done) {
        writer.execute(() -> {
            String refused = "";
            try {
                change.run();
            } catch (RuntimeException e) {
                refused = java.util.Objects.requireNonNullElse(e.getMessage(), "that change could not be stored");
            }
            List<org.newsmark.model.Label> labels;
            try {
                labels = editor.labels();
            } catch (RuntimeException e) {
                String unreadable = "The label scheme could not be read: " + e.getMessage();
                Platform.runLater(() -> problem.setText(unreadable));
                return;
            }
            String why = refused;
            Platform.runLater(() -> {
                problem.setText(why);
                if (why.isEmpty()) {
                    done.run();
                }
                showRows(labels);
            });
        });
    }

    /**
     * Stores a field's text when the focus leaves it with a text other than {@code shown} and than what
     * Enter stored last; a field taken away with its row (the rows are rebuilt after each change) stores nothing.
     */
    private void storeWhenLeft(TextField field, String shown, java.util.function.Consumer<String> store) {
        String[] stored = {shown == null ? "" : shown};
        field.addEventHandler(javafx.event.ActionEvent.ACTION, e -> stored[0] = field.getText().trim());
        field.focusedProperty().addListener((o, was, now) -> {
            String text = field.getText().trim();
            if (was && !now && field.getScene() != null && rows.getChildren().contains(field.getParent())
                    && !text.equals(stored[0])) {
                stored[0] = text;
                attempt(() -> store.accept(text), () -> { });
            }
        });
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
