package org.newsmark.ui.team;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.shape.Rectangle;

/**
 * View → Layers: one check item per other annotator of the open document (and gold), each with a
 * swatch of the colour their outlines take: the menu is the legend.
 */
public final class LayersMenu {

    private final OtherLayers layers;
    private final ObservableBooleanValue dark;
    private final Menu menu = new Menu("_Layers", new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.LAYERS));

    public LayersMenu(OtherLayers layers, ObservableBooleanValue dark) {
        this.layers = layers;
        this.dark = dark;
        menu.setId("menu-layers");
        layers.annotators().addListener((ListChangeListener<String>) c -> fill());
        dark.addListener((o, a, b) -> fill());
        fill();
    }

    public Menu menu() {
        return menu;
    }

    private void fill() {
        menu.getItems().clear();
        for (String name : layers.annotators()) {
            Rectangle swatch = new Rectangle(14, 10, null);
            swatch.setStroke(layers.colour(name, dark.get()));
            swatch.setStrokeWidth(2);
            CheckMenuItem item = new CheckMenuItem(name, swatch);
            item.setMnemonicParsing(false); // an annotator's name is shown as it is, an underscore too
            item.setId("layer-" + name);
            item.setSelected(layers.shown().contains(name));
            item.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    layers.shown().add(name);
                } else {
                    layers.shown().remove(name);
                }
            });
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No other layers");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }
}
