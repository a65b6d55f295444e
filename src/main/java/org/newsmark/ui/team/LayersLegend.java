package org.newsmark.ui.team;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/** The status bar's key to the layers shown: each annotator's name beside a swatch of their outline colour. */
public final class LayersLegend {

    private final OtherLayers layers;
    private final ObservableBooleanValue dark;
    private final HBox root = new HBox(10);

    public LayersLegend(OtherLayers layers, ObservableBooleanValue dark) {
        this.layers = layers;
        this.dark = dark;
        root.setId("layers-legend");
        root.getStyleClass().add("status-bar"); // continues the status bar beside it
        root.setAlignment(Pos.CENTER_RIGHT);
        root.setMinWidth(HBox.USE_PREF_SIZE);
        layers.revisionProperty().addListener((o, a, b) -> fill());
        dark.addListener((o, a, b) -> fill());
        fill();
    }

    public Node node() {
        return root;
    }

    private void fill() {
        root.getChildren().clear();
        for (String name : layers.annotators()) {
            if (layers.shown().contains(name)) {
                Rectangle swatch = new Rectangle(14, 10, null);
                swatch.setStroke(layers.colour(name, dark.get()));
                swatch.setStrokeWidth(2);
                Label label = new Label(name, swatch);
                label.setId("legend-" + name);
                root.getChildren().add(label);
            }
        }
        root.setVisible(!root.getChildren().isEmpty());
        root.setManaged(root.isVisible());
    }
}
