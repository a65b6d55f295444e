package org.newsmark.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help → About: what Newsmark is, its version, and the credits its data and libraries ask for. */
final class AboutBox {

    private AboutBox() {
    }

    /** The text of the box: the shipped {@code about.txt} (credits live there, beside the data they cover). */
    static String text() {
        try (InputStream in = AboutBox.class.getResourceAsStream("/about.txt")) {
            if (in == null) {
                throw new IllegalStateException("about.txt is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String version() {
        return Optional.ofNullable(AboutBox.class.getPackage().getImplementationVersion()).orElse("development build");
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Newsmark");
        alert.setHeaderText("Newsmark " + version());
        Label body = new Label(text());
        body.setWrapText(true);
        body.setId("about-text");
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setPrefWidth(620);
        alert.show();
    }
}
