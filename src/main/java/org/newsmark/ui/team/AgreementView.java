package org.newsmark.ui.team;

import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.app.team.DocumentAgreement;

/** The agreement matrix (annotators × annotators on one label) and the documents, most disagreement first. */
public final class AgreementView {

    private final AgreementViewModel model;
    private final GridPane matrix = new GridPane();
    private final TableView<DocumentAgreement> documents = new TableView<>();
    private final ComboBox<String> label = new ComboBox<>();
    private final BorderPane root = new BorderPane();

    /** @param curate opens a document's curation (double-click or Enter on a document) */
    public AgreementView(AgreementViewModel model, LongConsumer curate) {
        this.model = model;
        label.setId("agreement-label");
        label.valueProperty().bindBidirectional(model.labelProperty());
        matrix.setId("agreement-matrix");
        matrix.setHgap(4);
        matrix.setVgap(4);
        matrix.setPadding(new Insets(8));

        documents.setId("agreement-documents");
        TableColumn<DocumentAgreement, String> name = new TableColumn<>("Document");
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setPrefWidth(320);
        TableColumn<DocumentAgreement, String> dis = new TableColumn<>("Disagreement");
        dis.setCellValueFactory(d -> new ReadOnlyStringWrapper(AgreementViewModel.figure(d.getValue().disagreement())));
        TableColumn<DocumentAgreement, String> f1 = new TableColumn<>("Mean F1 exact");
        f1.setCellValueFactory(d -> new ReadOnlyStringWrapper(AgreementViewModel.figure(d.getValue().meanF1Exact())));
        TableColumn<DocumentAgreement, String> pairs = new TableColumn<>("Pairs");
        pairs.setCellValueFactory(d -> new ReadOnlyStringWrapper(Integer.toString(d.getValue().pairs())));
        documents.getColumns().setAll(java.util.List.of(name, dis, f1, pairs));
        documents.getColumns().forEach(c -> c.setSortable(false));
        // the figures keep the width of their heading ("Disagreement" was cut to "Disagr…" at the default
        // 80 px beside an empty filler column); the document's name takes the rest of the table
        for (TableColumn<DocumentAgreement, String> figure : java.util.List.of(dis, f1, pairs)) {
            double width = headingWidth(figure.getText());
            figure.setMinWidth(width);
            figure.setPrefWidth(width);
            figure.setMaxWidth(width);
            figure.getStyleClass().add("numeric");
        }
        name.setMinWidth(160);
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label none = new Label("No document has the layers of two annotators yet");
        none.setId("agreement-placeholder");
        documents.setPlaceholder(none);
        documents.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && documents.getSelectionModel().getSelectedItem() != null) {
                curate.accept(documents.getSelectionModel().getSelectedItem().documentId());
            }
        });
        documents.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && documents.getSelectionModel().getSelectedItem() != null) {
                curate.accept(documents.getSelectionModel().getSelectedItem().documentId());
                e.consume();
            }
        });

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("muted");
        HBox top = new HBox(10, new Label("Label"), label, message);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 4, 12));
        Label hint = new Label("Each cell: exact span F1 and Cohen's κ over tokens of the two annotators. "
                + "Double-click or Enter on a document to curate it.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox centre = new VBox(8, matrix, hint, documents);
        centre.setPadding(new Insets(4, 12, 12, 12));
        VBox.setVgrow(documents, Priority.ALWAYS);
        root.setTop(top);
        root.setCenter(centre);
        model.reportProperty().addListener((o, a, b) -> {
            label.getItems().setAll(model.labels());
            label.setValue(model.labelProperty().get());
            documents.getItems().setAll(model.documents());
            redraw();
        });
        model.labelProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    public BorderPane node() {
        return root;
    }

    public static Stage show(Window owner, AgreementView view) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Agreement");
        Scene scene = new Scene(view.root, 860, 640);
        stage.setScene(scene);
        OwnerStyles.follow(stage, owner);
        ClosesOnEscape.install(stage);
        stage.show();
        return stage;
    }

    private void redraw() {
        matrix.getChildren().clear();
        var annotators = model.annotators();
        for (int i = 0; i < annotators.size(); i++) {
            matrix.add(head(annotators.get(i)), i + 1, 0);
            matrix.add(head(annotators.get(i)), 0, i + 1);
            for (int j = 0; j < annotators.size(); j++) {
                Label cell = new Label(model.cellText(annotators.get(i), annotators.get(j)));
                cell.setId("cell-" + annotators.get(i) + "-" + annotators.get(j));
                cell.getStyleClass().add("agreement-cell");
                cell.setMinWidth(96);
                cell.setAlignment(Pos.CENTER);
                matrix.add(cell, j + 1, i + 1);
            }
        }
    }

    /**
     * The width a column needs to show {@code heading} whole: the text in the table's 13 px bold type,
     * plus the header's padding and a few pixels for rounding.
     */
    static double headingWidth(String heading) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(heading);
        text.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 13));
        return Math.ceil(text.getLayoutBounds().getWidth()) + 28;
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("agreement-head");
        return l;
    }
}
