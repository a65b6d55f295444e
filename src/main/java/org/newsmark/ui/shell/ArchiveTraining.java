package org.newsmark.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;

/**
 * {@code newsmark --train}, the training run of {@code mvn package} for class-data sharing: started with
 * {@code -XX:ArchiveClassesAtExit=FILE}, it opens the window as a first start does (the bundled samples
 * imported into a new database, the preferences beside it, both in a temporary folder that is removed
 * afterwards), waits until the first article is drawn, and exits. The JVM then archives every class that
 * start-up loaded, and a start with {@code -XX:SharedArchiveFile=FILE} maps them instead of loading and
 * verifying them again. The suggestion engine, which loads after the first frame, is left out: it would
 * double the run's time in {@code mvn package} and is not on the way to the first frame.
 */
public final class ArchiveTraining extends Application {

    /** Gives up after this if no article shows: the run then fails (the archive would miss most of start-up). */
    private static final Duration LIMIT = Duration.seconds(120);

    /** Whether the first article was drawn before the window closed. */
    private static volatile boolean drawn;

    private Path folder;
    private Workspace workspace;
    private boolean finishing;

    @Override
    public void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("newsmark-train");
        UserPreferences preferences = UserPreferences.at(folder.resolve("preferences.properties"));
        preferences.put(UserPreferences.ANNOTATOR, "training");
        workspace = Workspace.openWithSamples(folder.resolve("newsmark.db"), preferences.annotator());
        MainWindow window = new MainWindow(workspace, preferences);
        window.show(stage);
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> {
            if (window.article().area().getLength() > 0) {
                stage.getScene().removePostLayoutPulseListener(laidOut[0]);
                finishAfterNextPulse(stage);
            }
        };
        stage.getScene().addPostLayoutPulseListener(laidOut[0]);
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> {
            System.err.println("newsmark --train: no article drawn within " + LIMIT.toSeconds() + " s");
            finish(stage);
        });
        limit.play();
    }

    /** The next pulse waits for the article's frame to be drawn, so the drawing's classes are archived too. */
    private void finishAfterNextPulse(Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            drawn = true;
            Platform.runLater(() -> finish(stage));
        };
        Platform.runLater(() -> {
            stage.getScene().addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
    }

    /** After {@code Application.launch} returned: whether the run drew the first article. */
    static boolean drewTheFirstArticle() {
        return drawn;
    }

    private void finish(Stage stage) {
        if (finishing) {
            return;
        }
        finishing = true;
        stage.hide();
        Platform.exit();
    }

    @Override
    public void stop() throws IOException {
        if (workspace != null) {
            workspace.close();
        }
        if (folder != null) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(ArchiveTraining::delete);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
