package org.newsmark.ui.shell;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsmark.app.ServerLogin;
import org.newsmark.app.Workspace;

/**
 * The view of {@link ConnectDialogModel}: host, port, database, user, password (masked, for this
 * session only), SSL mode, Test connection and Connect. Connect hands the opened corpus to
 * {@code opened} and closes the dialog.
 */
final class ConnectDialog {

    private final Stage stage = new Stage();

    ConnectDialog(ConnectDialogModel model, Window owner, Consumer<Workspace> opened) {
        GridPane form = serverForm(model, "connect");

        Label secret = new Label("The password is used for this session only: Newsmark never saves it in its"
                + " preferences or writes it to a log. The address (without it) is remembered for next time.");
        secret.setWrapText(true);
        secret.getStyleClass().add("text-muted");
        Label message = new Label();
        message.setId("connect-message");
        message.setWrapText(true);
        message.textProperty().bind(javafx.beans.binding.Bindings.when(model.messageProperty().isEmpty())
                .then(model.problemProperty()).otherwise(model.messageProperty()));
        VBox.setVgrow(message, Priority.ALWAYS);

        Button test = new Button("Test connection");
        test.setId("connect-test");
        test.disableProperty().bind(model.busyProperty().or(model.problemProperty().isNotEmpty()));
        test.setOnAction(e -> model.testConnection());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button connect = new Button("Connect");
        connect.setId("connect-connect");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(test.disableProperty());
        connect.setOnAction(e -> model.connect().thenAccept(workspace -> workspace.ifPresent(w -> {
            stage.close();
            opened.accept(w);
        })));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        VBox root = new VBox(12, form, secret, message, new HBox(8, test, gap, cancel, connect));
        root.setId("connect-dialog");
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        stage.setScene(new Scene(root));
        stage.setTitle("Connect to a shared corpus");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        javafx.scene.Node first = form.lookup(model.databaseProperty().get().isEmpty() ? "#connect-database" : "#connect-password");
        stage.setOnShown(e -> first.requestFocus());
    }

    /** The address fields (ids {@code prefix-host}, {@code prefix-port}, …), also the copy dialog's server target. */
    static GridPane serverForm(ConnectDialogModel model, String prefix) {
        TextField host = field(prefix + "-host", model.hostProperty(), 24);
        TextField port = field(prefix + "-port", model.portProperty(), 6);
        TextField database = field(prefix + "-database", model.databaseProperty(), 24);
        TextField user = field(prefix + "-user", model.userProperty(), 24);
        user.setPromptText("$NEWSMARK_DB_USER or your login name");
        PasswordField password = new PasswordField();
        password.setId(prefix + "-password");
        password.setPromptText("$NEWSMARK_DB_PASSWORD or ~/.pgpass");
        password.textProperty().bindBidirectional(model.passwordProperty());
        ChoiceBox<ServerLogin.SslMode> ssl = new ChoiceBox<>();
        ssl.setId(prefix + "-ssl");
        ssl.getItems().setAll(ServerLogin.SslMode.values());
        ssl.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerLogin.SslMode mode) {
                return mode == null ? "" : mode.option();
            }

            @Override
            public ServerLogin.SslMode fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        });
        ssl.valueProperty().bindBidirectional(model.sslProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Host"), host);
        form.addRow(1, new Label("Port"), port);
        form.addRow(2, new Label("Database"), database);
        form.addRow(3, new Label("User"), user);
        form.addRow(4, new Label("Password"), password);
        form.addRow(5, new Label("SSL"), ssl);

        return form;
    }

    void show() {
        stage.show();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
