package org.newsmark.ui.article;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
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
import org.newsmark.ui.AfterFrame;
import org.newsmark.ui.LabelStyles;

/** The spans of the open document in document order: label, text and position. */
public final class SpanTableView {

    private final VBox root = new VBox(8);
    private final TableView<Span> table = new TableView<>();
    /** The rows shown: the model's spans as of the last frame (see {@link #later()}). */
    private final OrderedList<Span> rows = new OrderedList<>();
    /** Bumped when relations changed: the speaker cells on screen read their speaker again. */
    private final IntegerProperty relationsRevision = new SimpleIntegerProperty();
    private final WorkbenchViewModel model;
    private boolean followingModel;
    private boolean catchingUp;
    private boolean followScheduled;
    private boolean relationsChanged;
    private long rowsPatched;
    /** The table skin's flow, found once: a CSS lookup after every edit cost more than the check it serves. */
    private VirtualFlow<?> flow;

    public SpanTableView(WorkbenchViewModel model, Consumer<Span> reveal) {
        this.model = model;
        table.skinProperty().addListener((o, was, now) -> flow = null);
        TableColumn<Span, Span> label = new TableColumn<>("Label");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        label.setCellFactory(c -> new LabelCell(model));
        label.setPrefWidth(100);
        TableColumn<Span, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.session()
                .map(s -> oneLine(c.getValue().textIn(s.text()))).orElse("")));
        // the text tells one span from the next (a quote runs to a sentence or more): it gets the room first
        text.setPrefWidth(220);
        text.setMinWidth(70);
        TableColumn<Span, String> position = new TableColumn<>("Position");
        position.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().start() + "–" + c.getValue().end()));
        position.setPrefWidth(90);
        position.setMinWidth(positionWidth(0));
        // the positions are as long as the article's offsets: "1242–1305" was cut to "1242–1…" at a fixed 84 px
        model.sessionProperty().addListener((o, before, now) ->
                position.setMinWidth(positionWidth(now == null ? 0 : now.text().length())));
        label.setMinWidth(80);
        position.getStyleClass().add("numeric");
        TableColumn<Span, String> speaker = new TableColumn<>("Speaker");
        // the speaker is derived from relations: a change of them updates the speaker cells on screen, not every row
        speaker.setCellValueFactory(c -> Bindings.createStringBinding(() -> model.session()
                .flatMap(s -> s.speakerOf(c.getValue().id()).map(sp -> oneLine(sp.textIn(s.text())))).orElse(""), relationsRevision));
        // a speaker is a name of a few words ("Yoon Suk Yeol" needs some 105 px): it gets that much, the
        // quote's text the rest (at 170 px against 130 the text was cut to "once again c…" beside an empty speaker)
        speaker.setPrefWidth(120);
        speaker.setMinWidth(80); // in a small window's spans pane the text keeps some room too
        table.getColumns().setAll(List.of(label, text, speaker, position));
        // in a narrow pane (a small window) the offsets give way: label, text and speaker are what an analyst reads
        table.widthProperty().addListener((o, before, now) -> position.setVisible(
                now.doubleValue() >= label.getMinWidth() + text.getMinWidth() + speaker.getMinWidth() + position.getMinWidth() + 20));
        model.addChangeListener(change -> {
            if (change.delta().relationsChanged()) {
                relationsChanged = true;
                later();
            }
        });
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setItems(rows);
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
        // the row follows after the frame that shows the article's change: moving the caret through the
        // text (a page down) must not wait for the table to scroll and be drawn again
        model.selectedSpanProperty().addListener((o, before, now) -> followLater());
        model.spans().addListener((javafx.collections.ListChangeListener<Span>) c -> later());

        root.getChildren().addAll(table);
        root.setPadding(new Insets(6, 0, 0, 0));
    }

    /**
     * The table follows the model's spans after the frame that shows the edit in the article: its rows
     * are patched (one row for a tag, not the visible rows re-created) right after that frame's layout,
     * so the article's change is not drawn later for the table's CSS and layout. Several changes
     * before then are one patch.
     */
    private void later() {
        if (catchingUp) {
            return;
        }
        catchingUp = true;
        AfterFrame.run(table, this::catchUp);
    }

    private void followLater() {
        if (catchingUp || followScheduled) {
            return;
        }
        followScheduled = true;
        AfterFrame.run(table, () -> {
            followScheduled = false;
            if (!catchingUp) {
                follow(model.selectedSpanProperty().get());
            }
        });
    }

    private void catchUp() {
        catchingUp = false;
        int[] changed = {0};
        javafx.collections.ListChangeListener<Span> counter = c -> {
            while (c.next()) {
                changed[0] += Math.max(c.getAddedSize(), c.getRemovedSize());
            }
        };
        rows.addListener(counter);
        rows.patch(model.spans(), Span.BY_POSITION);
        rows.removeListener(counter);
        rowsPatched += changed[0];
        if (relationsChanged) {
            relationsChanged = false;
            relationsRevision.set(relationsRevision.get() + 1);
        }
        follow(model.selectedSpanProperty().get());
    }

    /** Rows added, removed or replaced in the table since it was made (tests count what an edit patches). */
    long rowsPatched() {
        return rowsPatched;
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
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found;
        }
        if (flow == null) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    public Node node() {
        return root;
    }

    TableView<Span> table() {
        return table;
    }

    /**
     * The width a position column needs for a text of {@code length} characters: the widest "start–end"
     * there can be, in the table's 13 px type, plus the cell's padding of half an em a side.
     */
    static double positionWidth(int length) {
        String digits = "0".repeat(Math.max(3, String.valueOf(length).length()));
        javafx.scene.text.Text widest = new javafx.scene.text.Text(digits + "–" + digits);
        widest.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 13));
        return Math.ceil(widest.getLayoutBounds().getWidth()) + 16;
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
