package org.newsmark.ui.article;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.newsmark.model.Span;

/** While attributing a quote: the numbered speaker candidates, the highlighted one marked. */
public final class AttributionBar {

    private final FlowPane root = new FlowPane(8, 4);

    public AttributionBar(AttributionViewModel attribution, WorkbenchViewModel model) {
        root.getStyleClass().add("attribution-bar");
        root.setId("attribution-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        Runnable rebuild = () -> {
            root.getChildren().clear();
            Label prompt = new Label("Said by:");
            prompt.setMinWidth(Region.USE_PREF_SIZE);
            prompt.getStyleClass().add("muted");
            root.getChildren().add(prompt);
            for (int i = 0; i < attribution.candidates().size(); i++) {
                Span speaker = attribution.candidates().get(i);
                String text = model.session().map(s -> speaker.textIn(s.text())).orElse("");
                Label key = new Label(String.valueOf(i + 1));
                key.getStyleClass().add("kbd");
                Label name = new Label(text, key);
                name.setId("candidate-" + (i + 1));
                name.getStyleClass().add("candidate");
                name.setMinWidth(Region.USE_PREF_SIZE);
                if (i == attribution.highlightedProperty().get()) {
                    name.getStyleClass().add("candidate-current");
                }
                root.getChildren().add(name);
            }
            Label help = new Label("0 removes · Esc cancels");
            help.setMinWidth(Region.USE_PREF_SIZE);
            help.getStyleClass().add("muted");
            root.getChildren().add(help);
        };
        attribution.candidates().addListener((ListChangeListener<Span>) c -> rebuild.run());
        attribution.highlightedProperty().addListener((o, a, b) -> rebuild.run());
        // it floats over the top of the article (MainWindow): opening it moves no text under the mouse
        root.visibleProperty().bind(attribution.activeProperty());
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    public Node node() {
        return root;
    }
}
