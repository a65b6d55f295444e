package org.newsmark.ui.article;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.DocumentStatus;

/** The open document's headline and its status switch (new / in progress / done). */
public final class DocumentHeader {

    private final VBox root = new VBox(6);

    public DocumentHeader(WorkbenchViewModel model) {
        Label title = new Label("Open a document from the list");
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        // two lines, then an ellipsis; the full headline is the article's first line. Always the height of two
        // lines: sized to its text, a headline of one line, two, or more put the article 6 and 14 px apart,
        // so the text jumped as the analyst stepped through the list
        title.setMinHeight(46);
        title.setPrefHeight(46);
        title.setMaxHeight(46);
        title.setId("article-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup group = new ToggleGroup();
        HBox statuses = new HBox();
        statuses.setId("status-switch");
        DocumentStatus[] values = DocumentStatus.values();
        for (int i = 0; i < values.length; i++) {
            DocumentStatus status = values[i];
            ToggleButton button = new ToggleButton(switch (status) {
                case NEW -> "New";
                case IN_PROGRESS -> "In progress";
                case DONE -> "Done";
            });
            button.setId("status-" + status.code());
            button.setUserData(status);
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.getStyleClass().add(i == 0 ? "left-pill" : i == values.length - 1 ? "right-pill" : "center-pill");
            button.setOnAction(e -> {
                model.setStatus(status);
                group.selectToggle(group.getToggles().stream()
                        .filter(t -> t.getUserData() == model.statusProperty().get()).findFirst().orElse(null));
            });
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            statuses.getChildren().add(button);
        }
        statuses.disableProperty().bind(model.sessionProperty().isNull());
        model.statusProperty().addListener((o, a, now) -> group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().orElse(null)));
        model.sessionProperty().addListener((o, a, now) -> title.setText(now == null ? "" : now.document().title()));

        statuses.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(16, title, statuses);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(row);
        root.getStyleClass().add("document-header");
    }

    public Node node() {
        return root;
    }
}
