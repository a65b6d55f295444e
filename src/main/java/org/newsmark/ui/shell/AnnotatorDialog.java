package org.newsmark.ui.shell;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.model.Annotator;

/**
 * Asks for the analyst's name, whose layer the window edits. OK stays disabled, with the reason
 * shown, while the name cannot name an annotator or names the curated {@value Annotator#GOLD} layer.
 */
final class AnnotatorDialog {

    private AnnotatorDialog() {
    }

    private static final String CHANGE_LATER = "You can change it later with Edit → Annotator name…";

    /** Shows the dialog with {@code current} filled in and waits; empty when cancelled. */
    static Optional<Annotator> ask(Window owner, Annotator current, String header) {
        Dialog<Annotator> dialog = new Dialog<>();
        dialog.setTitle("Annotator name");
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField name = new TextField(current.name());
        name.setId("annotator-name");
        name.setPrefColumnCount(24);
        Label problem = new Label();
        problem.setId("annotator-problem");
        problem.setWrapText(true);
        problem.maxWidthProperty().bind(name.widthProperty());
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a long reason wraps instead of ending in "…"
        VBox content = new VBox(8, new Label("Your spans, relations and statuses go into the layer of this name:"), name, problem);
        dialog.getDialogPane().setContent(content);
        // a dialog's scene has the theme but not the window's own stylesheet, whose muted and warning text it uses
        dialog.getDialogPane().getStylesheets().add(AnnotatorDialog.class.getResource(Theme.APP_CSS).toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            Optional<String> why = problemWith(name.getText().strip());
            // the line keeps its place either way: a problem replaces the hint instead of pushing the buttons down
            problem.setText(why.orElse(CHANGE_LATER));
            problem.getStyleClass().setAll("label", why.isPresent() ? "warning-text" : "muted");
            ok.setDisable(why.isPresent());
            Window shown = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (shown != null) {
                Platform.runLater(shown::sizeToScene); // grows by a line when the reason needs two
            }
        };
        name.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Annotator(name.getText().strip()) : null);
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog.showAndWait();
    }

    /** Why {@code name} cannot be the analyst's: {@link Annotator#problemWith}, and gold is curation's. */
    static Optional<String> problemWith(String name) {
        return Annotator.problemWith(name).or(() -> name.equals(Annotator.GOLD)
                ? Optional.of("'" + Annotator.GOLD + "' is the curated layer, written by Team → Curate; choose your own name")
                : Optional.empty());
    }
}
