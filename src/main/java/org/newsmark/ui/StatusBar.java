package org.newsmark.ui;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** What the last action did, and the span count of each label in the open document. */
final class StatusBar {

    private final HBox root = new HBox(12);
    private final HBox counts = new HBox(12);

    StatusBar(WorkbenchViewModel model) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        counts.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        counts.setId("label-counts");
        counts.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(message, spacer, counts);
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        model.countsProperty().addListener((o, a, now) -> showCounts(model, now));
    }

    private void showCounts(WorkbenchViewModel model, Map<String, Integer> byLabel) {
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
