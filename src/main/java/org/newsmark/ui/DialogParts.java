package org.newsmark.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The parts the long-running dialogs (import, export, copy) share: a progress bar, a read-only message,
 * and the buttons that start and cancel the task.
 */
public final class DialogParts {

    private DialogParts() {
    }

    public static ProgressBar progressBar(String id, ObservableValue<? extends Number> progress) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        return bar;
    }

    /** A wrapping, read-only text area showing {@code text}, growing with the dialog. */
    public static TextArea messageArea(String id, ObservableValue<String> text, int rows) {
        TextArea message = new TextArea();
        message.setId(id);
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefRowCount(rows);
        message.textProperty().bind(text);
        VBox.setVgrow(message, Priority.ALWAYS);
        return message;
    }

    /** The default button that starts the task, disabled while it runs. */
    public static Button startButton(String id, String text, BooleanExpression running, Runnable start) {
        Button button = new Button(text);
        button.setId(id);
        button.setDefaultButton(true);
        button.disableProperty().bind(running);
        button.setOnAction(e -> start.run());
        return button;
    }

    /** The button that cancels the task, enabled only while it runs. */
    public static Button cancelButton(String id, String text, BooleanExpression running, Runnable cancel) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(running.not());
        button.setOnAction(e -> cancel.run());
        return button;
    }
}
