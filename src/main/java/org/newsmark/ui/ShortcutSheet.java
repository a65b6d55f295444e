package org.newsmark.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The cheat-sheet of every shortcut (F1). */
final class ShortcutSheet {

    private ShortcutSheet() {
    }

    static List<String[]> rows(List<org.newsmark.model.Label> labels) {
        List<String[]> rows = new ArrayList<>();
        labels.stream().filter(l -> !l.hotkey().isEmpty())
                .forEach(l -> rows.add(new String[] {l.hotkey(), "Tag the selection as " + l.name() + " (or relabel the selected span)"}));
        rows.add(new String[] {"Delete / Backspace", "Delete the selected span"});
        rows.add(new String[] {"Ctrl+Z", "Undo"});
        rows.add(new String[] {"Ctrl+Shift+Z, Ctrl+Y", "Redo"});
        rows.add(new String[] {"Shift+arrows", "Extend the selection"});
        rows.add(new String[] {"Ctrl+Shift+D", "Dark mode"});
        rows.add(new String[] {"F1", "This sheet"});
        return rows;
    }

    static void show(Window owner, List<org.newsmark.model.Label> labels) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        List<String[]> rows = rows(labels);
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i)[0]);
            key.getStyleClass().add("kbd");
            grid.addRow(i, key, new Label(rows.get(i)[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.initOwner(owner);
        alert.show();
    }
}
