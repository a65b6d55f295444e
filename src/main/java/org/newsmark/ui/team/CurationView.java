package org.newsmark.ui.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsmark.app.team.Disagreement;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * One document's curation: the text with the gold layer painted and the disagreement shown framed,
 * its candidate spans by annotator below. Keys: 1–9 accept that annotator's side, A all, R reject,
 * E edit, N / ↓ next and P / ↑ previous disagreement, Ctrl+Z undo the last step.
 */
public final class CurationView {

    private final CurationViewModel model;
    private final Map<String, String> labelKeys;
    private final List<String> labels;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final TableView<CurationViewModel.Row> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    /** @param labelKeys label name to its style key ({@code LabelStyles}), for the colours */
    public CurationView(CurationViewModel model, Map<String, String> labelKeys, List<String> labels) {
        this.model = model;
        this.labelKeys = labelKeys;
        this.labels = labels;
        text.setId("curation-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("article");
        text.setPadding(new Insets(10, 14, 10, 14));
        text.replaceText(model.text());

        table.setId("curation-rows");
        table.getColumns().add(column("Key", r -> Integer.toString(r.key()), 50));
        table.getColumns().add(column("Annotator", CurationViewModel.Row::annotator, 130));
        table.getColumns().add(column("Label", CurationViewModel.Row::label, 110));
        table.getColumns().add(column("Text", CurationViewModel.Row::text, 520));
        table.getColumns().add(column("Range", r -> r.range().map(x -> x.start() + "–" + x.end()).orElse(""), 110));
        table.getColumns().get(3).setPrefWidth(560);
        table.setItems(model.rows());
        table.setFocusTraversable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        table.setPlaceholder(new Label("No disagreement here"));

        Label progress = new Label();
        progress.setId("curation-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.getStyleClass().add("curation-progress");
        Label message = new Label();
        message.setId("curation-message");
        message.textProperty().bind(model.messageProperty());
        Label help = new Label("1–9 accept that annotator's side · A accept all · R reject · E edit · N/↓ next · P/↑ previous · Ctrl+Z undo");
        help.getStyleClass().add("muted");
        VBox bottom = new VBox(6, table, message, help);
        bottom.setPadding(new Insets(6, 10, 8, 10));

        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(text), bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox top = new VBox(2, new Label(model.documentName()), progress);
        top.setPadding(new Insets(10, 12, 6, 12));
        root.setTop(top);
        root.setCenter(split);
        root.getStyleClass().add("curation");
        model.revisionProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    public BorderPane node() {
        return root;
    }

    /** Opens the curation in a window of its own over {@code owner}, with its stylesheets. */
    public static Stage show(Window owner, CurationView view) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Curate — " + view.model.documentName());
        Scene scene = new Scene(view.root, 1100, 760);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, view::key);
        stage.setScene(scene);
        OwnerStyles.follow(stage, owner);
        stage.show();
        view.text.requestFocus();
        return stage;
    }

    void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl && !(e.getTarget() instanceof StyleClassedTextArea)) {
            return;
        }
        KeyCode code = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (e.isShortcutDown() && code == KeyCode.Z) {
            model.undo();
        } else if (plain && code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            model.acceptSide(Character.getNumericValue(code.getName().charAt(code.getName().length() - 1)));
        } else if (plain && code == KeyCode.A) {
            model.acceptAll();
        } else if (plain && code == KeyCode.R) {
            model.reject();
        } else if (plain && code == KeyCode.E) {
            edit();
        } else if (plain && (code == KeyCode.N || code == KeyCode.DOWN)) {
            model.next();
        } else if (plain && (code == KeyCode.P || code == KeyCode.UP)) {
            model.previous();
        } else {
            return;
        }
        e.consume();
    }

    /** Asks for the label of the curator's own span over the selection (else the disagreement's extent). */
    private void edit() {
        Optional<Disagreement> d = model.disagreement();
        if (d.isEmpty()) {
            return;
        }
        String first = d.get().candidates().values().stream().flatMap(List::stream).map(Span::label).findFirst()
                .orElse(labels.isEmpty() ? "" : labels.get(0));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(first, labels);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Edit the span");
        TextRange selection = new TextRange(text.getSelection().getStart(), text.getSelection().getEnd());
        dialog.setHeaderText("One span over “" + abbreviated(selection.isEmpty() ? d.get().extent() : selection) + "”, labelled:");
        dialog.showAndWait().ifPresent(label -> model.edit(label, Optional.of(selection)));
    }

    private String abbreviated(TextRange range) {
        String s = model.text().substring(range.start(), range.end());
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    private void redraw() {
        String s = model.text();
        int n = s.length();
        List<List<String>> classes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            classes.add(new ArrayList<>(List.of("text")));
        }
        int[] depth = new int[n];
        for (Span span : model.gold()) {
            String key = labelKeys.getOrDefault(span.label(), "");
            for (int i = span.start(); i < Math.min(n, span.end()); i++) {
                String prefix = depth[i] == 0 ? "bg-" : depth[i] == 1 ? "ul-" : "fg-";
                if (!key.isEmpty()) {
                    classes.get(i).add(prefix + key);
                }
                depth[i]++;
            }
        }
        model.disagreement().ifPresent(d -> {
            for (int i = d.extent().start(); i < Math.min(n, d.extent().end()); i++) {
                classes.get(i).add("curation-focus");
            }
        });
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !classes.get(i).equals(classes.get(runStart))) {
                spans.add(classes.get(runStart), i - runStart);
                runStart = i;
            }
        }
        if (n > 0) {
            text.setStyleSpans(0, spans.create());
        }
        model.disagreement().ifPresent(d -> {
            text.moveTo(d.extent().start());
            text.requestFollowCaret();
        });
    }

    private static TableColumn<CurationViewModel.Row, String> column(String title,
                                                                     java.util.function.Function<CurationViewModel.Row, String> value,
                                                                     double width) {
        TableColumn<CurationViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
