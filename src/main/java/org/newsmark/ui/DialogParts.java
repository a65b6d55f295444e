package org.newsmark.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The parts the long-running dialogs (import, export, copy) share: a progress bar and a read-only message. */
final class DialogParts {

    private DialogParts() {
    }

    static ProgressBar progressBar(String id, ObservableValue<? extends Number> progress) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        return bar;
    }

    /** A wrapping, read-only text area showing {@code text}, growing with the dialog. */
    static TextArea messageArea(String id, ObservableValue<String> text, int rows) {
        TextArea message = new TextArea();
        message.setId(id);
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefRowCount(rows);
        message.textProperty().bind(text);
        VBox.setVgrow(message, Priority.ALWAYS);
        return message;
    }
}
