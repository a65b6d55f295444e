package org.newsmark.ui.shell;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.ui.LabelStyles;
import org.newsmark.ui.article.SuggestionsViewModel;
import org.newsmark.ui.article.WorkbenchViewModel;

/** What the last action did, how many suggestions are waiting, and the span count of each label in the open document. */
final class StatusBar {

    private final HBox root = new HBox(12);
    private final HBox counts = new HBox(12);
    /** Label name and chip class of each count shown, in order. */
    private List<String> shownChips = List.of();

    StatusBar(WorkbenchViewModel model, SuggestionsViewModel suggestions) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        counts.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        counts.setId("label-counts");
        counts.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(message, spacer, waiting(suggestions), counts);
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        model.countsProperty().addListener((o, a, now) -> showCounts(model, now));
    }

    /** "37 suggestions", with the keys that act on them in a tooltip; nothing while there are none. */
    private static Label waiting(SuggestionsViewModel suggestions) {
        Label label = new Label("", new FontIcon(Feather.ZAP));
        label.setId("suggestion-count");
        label.setMinWidth(Region.USE_PREF_SIZE); // a long message shrinks, never the count
        label.getStyleClass().add("suggestion-count");
        label.setTooltip(new Tooltip("] / [  next / previous suggestion\nEnter  accept it\nX  reject it\n"
                + "Ctrl+Shift+S  hide or show suggestions"));
        Runnable update = () -> {
            int n = suggestions.currentProperty().get().size();
            boolean shown = suggestions.visibleProperty().get();
            label.setText(!shown ? "suggestions hidden" : n + (n == 1 ? " suggestion" : " suggestions"));
            label.setVisible(n > 0 || !shown);
            label.setManaged(label.isVisible());
        };
        // invalidation (update reads the value again): a change listener would compare two long lists element by element
        suggestions.currentProperty().addListener(o -> update.run());
        suggestions.visibleProperty().addListener((o, a, b) -> update.run());
        update.run();
        return label;
    }

    private void showCounts(WorkbenchViewModel model, Map<String, Integer> byLabel) {
        List<String> chips = byLabel.keySet().stream()
                .map(name -> name + " " + LabelStyles.chipClass(model.labels(), name).orElse("")).toList();
        if (chips.equals(shownChips)) {
            // only the numbers changed: new labels would each cost a CSS pass on every edit
            int i = 0;
            for (Map.Entry<String, Integer> entry : byLabel.entrySet()) {
                ((Label) counts.getChildren().get(i++)).setText(entry.getKey() + " " + entry.getValue());
            }
            return;
        }
        shownChips = chips;
        counts.getChildren().clear();
        byLabel.forEach((name, count) -> {
            Region chip = new Region();
            chip.getStyleClass().add("chip");
            LabelStyles.chipClass(model.labels(), name).ifPresent(chip.getStyleClass()::add);
            Label label = new Label(name + " " + count, chip);
            label.setId("count-" + name);
            counts.getChildren().add(label);
        });
    }

    Node node() {
        return root;
    }
}
