package org.newsmark.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The cheat-sheet of every shortcut (F1). */
final class ShortcutSheet {

    /** The widest a key's box gets before its text wraps. */
    private static final double KEY_WIDTH = 220;

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
        // keys keep their whole width up to KEY_WIDTH (a longer one, a menu's path, wraps in its box), so the
        // descriptions get the room and wrap rather than end in "..."
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keys.setMaxWidth(KEY_WIDTH);
        javafx.scene.layout.ColumnConstraints descriptions = new javafx.scene.layout.ColumnConstraints(
                240, 440, Double.MAX_VALUE);
        descriptions.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, descriptions);
        List<String[]> rows = rows(labels);
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i)[0]);
            key.getStyleClass().add("kbd");
            key.setWrapText(true);
            key.setMaxWidth(KEY_WIDTH);
            key.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setFillWidth(key, false); // a key's box is as wide as its text
            Label description = new Label(rows.get(i)[1]);
            description.setWrapText(true);
            description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // a key beside the first line of its description, not the middle of a wrapped one
            GridPane.setValignment(key, javafx.geometry.VPos.TOP);
            GridPane.setValignment(description, javafx.geometry.VPos.TOP);
            grid.addRow(i, key, description);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, owner == null ? 560 : owner.getHeight() * 0.7));
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setGraphic(null); // a reference sheet, not a message: no large "i" beside its title
        alert.getDialogPane().setContent(scroll);
        // AtlantaFX caps a dialog at 600 px, which left the descriptions a third of the sheet: its minimum is
        // its width (narrower on a narrow window), which outranks the cap
        double width = Math.min(760, owner == null ? 760 : owner.getWidth() * 0.9);
        alert.getDialogPane().setPrefWidth(width);
        alert.getDialogPane().setMinWidth(width);
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.show();
    }
}
