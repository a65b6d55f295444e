package org.newsmark.ui.shell;

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
                .forEach(l -> rows.add(new String[] {l.hotkey(), "Tag the selection as " + l.name() + " (or relabel the selected span, or take the suggestion at the caret)"}));
        rows.add(new String[] {"Delete / Backspace", "Delete the selected span (and its attribution)"});
        rows.add(new String[] {"A", "Attribute the selected quote: then 1–9, or ↑↓ and Enter; 0 removes; Esc cancels"});
        rows.add(new String[] {"Alt+click", "Attribute the selected quote to the clicked speaker"});
        rows.add(new String[] {"Tab / Shift+Tab", "Select the next / previous span"});
        rows.add(new String[] {"N", "Select the next untagged passage in quotation marks"});
        rows.add(new String[] {"P", "Tag other occurrences of the selected span (preview first)"});
        rows.add(new String[] {"] / [", "Select the next / previous suggestion (dashed outline)"});
        rows.add(new String[] {"Enter", "Accept the suggestion at the caret (or the selected one) as a span"});
        rows.add(new String[] {"Shift+Enter", "Accept every suggestion with the label of the one at the caret (one undo)"});
        rows.add(new String[] {"X", "Reject the suggestion at the caret: it does not come back in this article"});
        rows.add(new String[] {"Edit → Accept all suggestions of label…", "Accept every suggestion of one label (one undo)"});
        rows.add(new String[] {"Ctrl+Shift+S", "Show / hide suggestions"});
        rows.add(new String[] {"Shift+Alt+→ / ←", "Grow / shrink the selected span's end by a word"});
        rows.add(new String[] {"Ctrl+Shift+Alt+← / →", "Grow / shrink the selected span's start by a word"});
        rows.add(new String[] {"Alt+→ / Alt+←", "Select the next / previous sentence"});
        rows.add(new String[] {"Shift+arrows, Ctrl+Shift+arrows", "Extend the selection by character / word"});
        rows.add(new String[] {"Double / triple click", "Select a word / a sentence"});
        rows.add(new String[] {"Ctrl+F", "Find; Enter / Shift+Enter next / previous hit; Tag all hits"});
        rows.add(new String[] {"Ctrl+Z", "Undo"});
        rows.add(new String[] {"Ctrl+Shift+Z, Ctrl+Y", "Redo"});
        rows.add(new String[] {"Ctrl+PgDn / Ctrl+PgUp", "Next / previous document"});
        rows.add(new String[] {"Ctrl+Enter", "Mark done and open the next open document"});
        rows.add(new String[] {"Ctrl+Shift+D", "Dark mode"});
        rows.add(new String[] {"F1", "This sheet"});
        return rows;
    }

    static void show(Window owner, List<org.newsmark.model.Label> labels) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        // keys keep their whole width; descriptions wrap rather than end in "..."
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints descriptions = new javafx.scene.layout.ColumnConstraints(
                240, 440, Double.MAX_VALUE);
        descriptions.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, descriptions);
        List<String[]> rows = rows(labels);
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i)[0]);
            key.getStyleClass().add("kbd");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label description = new Label(rows.get(i)[1]);
            description.setWrapText(true);
            description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, key, description);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, owner == null ? 560 : owner.getHeight() * 0.7));
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.show();
    }
}
