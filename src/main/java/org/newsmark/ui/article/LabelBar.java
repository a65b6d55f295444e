package org.newsmark.ui.article;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.newsmark.ui.LabelStyles;

/** The labels with their colours and hotkeys; clicking one tags the selection. */
public final class LabelBar {

    private final HBox root = new HBox(6);

    public LabelBar(WorkbenchViewModel model, Consumer<String> onLabel) {
        root.getStyleClass().add("label-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("label-bar");
        Runnable rebuild = () -> {
            root.getChildren().clear();
            Label hint = new Label("Tag as");
            hint.getStyleClass().add("muted");
            root.getChildren().add(hint);
            for (org.newsmark.model.Label label : model.labels()) {
                Region chip = new Region();
                chip.getStyleClass().addAll("chip", LabelStyles.chipClass(label));
                Button button = new Button(label.name(), chip);
                button.setMnemonicParsing(false); // a label's name is shown as it is, an underscore too
                button.setId("label-" + label.name());
                button.getStyleClass().add("label-button");
                button.setFocusTraversable(false);
                if (!label.hotkey().isEmpty()) {
                    Label key = new Label(label.hotkey());
                    key.getStyleClass().add("kbd");
                    button.setGraphic(new HBox(6, chip, key));
                    ((HBox) button.getGraphic()).setAlignment(Pos.CENTER);
                }
                button.setOnAction(e -> onLabel.accept(label.name()));
                root.getChildren().add(button);
            }
        };
        model.labels().addListener((ListChangeListener<org.newsmark.model.Label>) c -> rebuild.run());
        rebuild.run();
    }

    public Node node() {
        return root;
    }
}
