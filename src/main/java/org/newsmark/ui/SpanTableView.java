package org.newsmark.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;
import java.util.List;
import org.newsmark.model.Span;

/** The spans of the open document in document order: label, text and position. */
final class SpanTableView {

    private final VBox root = new VBox(8);
    private final TableView<Span> table = new TableView<>();
    private boolean followingModel;

    SpanTableView(WorkbenchViewModel model, Consumer<Span> reveal) {
        TableColumn<Span, Span> label = new TableColumn<>("Label");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        label.setCellFactory(c -> new LabelCell(model));
        label.setPrefWidth(100);
        TableColumn<Span, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.session()
                .map(s -> oneLine(c.getValue().textIn(s.text()))).orElse("")));
        text.setPrefWidth(130);
        TableColumn<Span, String> position = new TableColumn<>("Position");
        position.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().start() + "–" + c.getValue().end()));
        position.setPrefWidth(90);
        position.setMinWidth(84);
        label.setMinWidth(90);
        position.getStyleClass().add("numeric");
        TableColumn<Span, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.session()
                .flatMap(s -> s.speakerOf(c.getValue().id()).map(sp -> oneLine(sp.textIn(s.text())))).orElse("")));
        // a speaker is a name of a few words: it gets room before the quote's text, which is cut anyway
        speaker.setPrefWidth(170);
        speaker.setMinWidth(110);
        table.getColumns().setAll(List.of(label, text, speaker, position));
        // the speaker column is derived from relations: redraw rows only when relations changed
        model.addChangeListener(change -> {
            if (change.delta().relationsChanged()) {
                table.refresh();
            }
        });
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setItems(model.spans());
        table.setId("spans");
        table.setFixedCellSize(30); // fixed rows: no size estimation over 20,000 rows on every change
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No spans yet: select text and press 1–4"));
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null && !followingModel) {
                model.selectedSpanProperty().set(now);
                reveal.accept(now);
            }
        });
        model.selectedSpanProperty().addListener((o, before, now) -> follow(now));
        model.spans().addListener((javafx.collections.ListChangeListener<Span>) c -> follow(model.selectedSpanProperty().get()));

        root.getChildren().addAll(table);
        root.setPadding(new Insets(6, 0, 0, 0));
    }

    private void follow(Span span) {
        followingModel = true;
        try {
            if (span == null) {
                table.getSelectionModel().clearSelection();
            } else {
                int row = java.util.Collections.binarySearch(table.getItems(), span, Span.BY_POSITION);
                if (row < 0) {
                    table.getSelectionModel().clearSelection();
                    return;
                }
                table.getSelectionModel().clearAndSelect(row);
                if (!isShown(row)) {
                    table.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            followingModel = false;
        }
    }

    /** Whether a row is fully inside the visible part of the table (scrolling costs a layout pass). */
    private boolean isShown(int row) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    Node node() {
        return root;
    }

    TableView<Span> table() {
        return table;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
    }

    private static final class LabelCell extends TableCell<Span, Span> {
        private final WorkbenchViewModel model;
        private final Region chip = new Region();

        LabelCell(WorkbenchViewModel model) {
            this.model = model;
            chip.getStyleClass().add("chip");
        }

        @Override
        protected void updateItem(Span item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String chipClass = LabelStyles.chipClass(model.labels(), item.label()).orElse("chip-none");
            if (!chip.getStyleClass().contains(chipClass)) {
                chip.getStyleClass().removeIf(c -> c.startsWith("chip-"));
                chip.getStyleClass().add(chipClass);
            }
            setGraphic(chip);
            setText(item.label());
        }
    }
}
