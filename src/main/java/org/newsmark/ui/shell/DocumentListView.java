package org.newsmark.ui.shell;

import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.model.DocumentSummary;
import org.newsmark.ui.article.StatusFilter;
import org.newsmark.ui.article.WorkbenchViewModel;

/** The documents of the database with title, status and span count, filtered by text and status. */
final class DocumentListView {

    private final VBox root = new VBox(8);
    private final ListView<DocumentSummary> list = new ListView<>();

    /**
     * @param pointedAt told which document the mouse rests on: the work of opening it (suggestions)
     *                  can start during the tenth of a second before the click
     */
    DocumentListView(WorkbenchViewModel model, LongConsumer pointedAt) {
        TextField filter = new TextField();
        filter.setPromptText("Filter documents");
        filter.setId("document-filter");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.getItems().setAll(StatusFilter.values());
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.setId("status-filter");
        status.setMaxWidth(Double.MAX_VALUE);

        list.setId("documents");
        list.setItems(model.visibleDocuments());
        list.setCellFactory(v -> {
            DocumentCell cell = new DocumentCell();
            cell.setOnMouseEntered(e -> {
                if (cell.getItem() != null) {
                    pointedAt.accept(cell.getItem().id());
                }
            });
            return cell;
        });
        // two lines of title: headlines cut after some 20 characters told few documents apart
        list.setFixedCellSize(74);
        list.setPlaceholder(placeholder(model));
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.open(now.id());
            }
        });
        model.sessionProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.visibleDocuments().stream().filter(d -> d.id() == now.document().id()).findFirst()
                        .ifPresent(d -> list.getSelectionModel().select(d));
            }
        });
        // a row changed under the selection (another client's edit read again): the open document stays selected
        model.visibleDocuments().addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null) {
                model.session().flatMap(s -> model.visibleDocuments().stream()
                        .filter(d -> d.id() == s.document().id()).findFirst())
                        .ifPresent(d -> list.getSelectionModel().select(d));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label heading = new Label("Documents");
        heading.getStyleClass().add("pane-title");
        javafx.scene.control.CheckBox mine = new javafx.scene.control.CheckBox("Only documents assigned to me");
        mine.setId("only-assigned");
        mine.selectedProperty().bindBidirectional(model.onlyAssignedProperty());
        mine.visibleProperty().bind(model.hasAssignmentsProperty());
        mine.managedProperty().bind(mine.visibleProperty());
        root.getChildren().addAll(heading, filter, status, mine, list);
        root.setPadding(new Insets(12, 8, 8, 12));
        root.getStyleClass().add("document-pane");
    }

    /** What an empty list says: how to bring articles in, or that the filters hide every document. */
    private static Label placeholder(WorkbenchViewModel model) {
        Label text = new Label();
        text.setId("documents-placeholder");
        text.textProperty().bind(javafx.beans.binding.Bindings.when(model.anyDocument())
                .then(NO_MATCH).otherwise(NO_DOCUMENTS));
        text.setWrapText(true);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        text.setPadding(new Insets(12));
        text.getStyleClass().add("placeholder-hint");
        return text;
    }

    static final String NO_DOCUMENTS = "No documents yet. Import articles with File ▸ Import… (Ctrl+I), or drop files on the window.";
    static final String NO_MATCH = "No document matches the filter.";

    Node node() {
        return root;
    }

    ListView<DocumentSummary> list() {
        return list;
    }

    /** Two lines of a title in bold 13 px: a longer title ends in "..." on the second. */
    private static final double TITLE_HEIGHT = 36;

    private static final class DocumentCell extends ListCell<DocumentSummary> {
        private final Label title = new Label();
        private final Label status = new Label();
        private final Label count = new Label();
        private final VBox box;

        DocumentCell() {
            title.getStyleClass().add("doc-title");
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            title.setWrapText(true);
            title.setMaxHeight(TITLE_HEIGHT);
            status.getStyleClass().add("status-badge");
            count.getStyleClass().add("doc-count");
            count.setGraphic(new FontIcon(Feather.TAG));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox meta = new HBox(8, status, spacer, count);
            box = new VBox(4, title, meta);
            box.setPadding(new Insets(4, 2, 4, 2));
            title.maxWidthProperty().bind(widthProperty().subtract(24));
            setPrefWidth(0);
            // the title's tooltip is made when the mouse first comes: a popup window per cell slowed the first frame
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (getTooltip() == null && !isEmpty()) {
                    setTooltip(new javafx.scene.control.Tooltip(title.getText()));
                }
            });
        }

        @Override
        protected void updateItem(DocumentSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title().isEmpty() ? item.name() : item.title());
            status.setText(item.status().code().replace('-', ' '));
            String statusClass = "status-" + item.status().code();
            if (!status.getStyleClass().contains(statusClass)) { // a class change re-applies CSS to the badge
                status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
                status.getStyleClass().add(statusClass);
            }
            count.setText(item.spanCount() + (item.spanCount() == 1 ? " span" : " spans"));
            setGraphic(box);
            if (getTooltip() != null) {
                getTooltip().setText(title.getText());
            }
        }
    }
}
