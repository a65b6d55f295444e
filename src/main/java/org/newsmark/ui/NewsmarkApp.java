package org.newsmark.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.newsmark.app.DataPaths;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.model.Annotator;

/**
 * The desktop application: opens the database named by {@code --db FILE}, {@code $NEWSMARK_DB} or
 * the default per-user location (which gets the bundled sample corpus on first run).
 */
public final class NewsmarkApp extends Application {

    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        Optional<String> server = databaseText(getParameters().getRaw())
                .or(() -> Optional.ofNullable(System.getenv(DataPaths.DB_VARIABLE))).filter(Workspace::isServerAddress);
        if (server.isPresent()) {
            startOnServer(stage, server.get());
            return;
        }
        Optional<Path> fromArgs = databaseArgument(getParameters().getRaw());
        Path file = DataPaths.database(fromArgs, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
        UserPreferences preferences = UserPreferences.standard();
        askTheNameOnce(preferences);
        try {
            Annotator analyst = preferences.annotator();
            workspace = fromArgs.isPresent() ? Workspace.open(file, analyst) : Workspace.openWithSamples(file, analyst);
        } catch (RuntimeException e) {
            System.getLogger("newsmark").log(System.Logger.Level.ERROR, problemText(file, e), e);
            cannotOpen(file, e).showAndWait();
            Platform.exit();
            return;
        }
        new MainWindow(workspace, preferences).show(stage);
    }

    /** {@code --db postgresql://…}: the workbench on a corpus on a server, as File → Connect opens it. */
    private void startOnServer(Stage stage, String address) {
        UserPreferences preferences = UserPreferences.standard();
        askTheNameOnce(preferences);
        try {
            workspace = Workspace.open(address, preferences.annotator());
        } catch (RuntimeException e) {
            System.getLogger("newsmark").log(System.Logger.Level.ERROR, e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle("Newsmark");
            alert.setHeaderText("Newsmark cannot open the corpus on the server");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        new MainWindow(workspace, preferences).show(stage);
    }

    /** The first start (no name kept yet) asks for the analyst's name, the OS user's filled in; cancelling keeps that. */
    private static void askTheNameOnce(UserPreferences preferences) {
        if (preferences.get(UserPreferences.ANNOTATOR).isPresent()) {
            return;
        }
        Theme.applySaved(preferences); // the question looks like the window that follows
        AnnotatorDialog.ask(null, Annotator.osUser(), "Welcome to Newsmark. Which name do you annotate under?")
                .ifPresent(name -> {
                    try {
                        preferences.put(UserPreferences.ANNOTATOR, name.name());
                    } catch (RuntimeException e) {
                        System.getLogger("newsmark").log(System.Logger.Level.WARNING, e.getMessage());
                    }
                });
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** The dialog shown when the database cannot be opened: it names the file and the problem. */
    static Alert cannotOpen(Path file, RuntimeException problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problemText(file, problem));
        alert.setTitle("Newsmark");
        alert.setHeaderText("Newsmark cannot open " + file.getFileName());
        return alert;
    }

    private static String problemText(Path file, RuntimeException problem) {
        String message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return message.contains(file.toString()) ? message : file + ": " + message;
    }

    static Optional<Path> databaseArgument(List<String> args) {
        return databaseText(args).map(Path::of);
    }

    /** The value of {@code --db}: a file's path or a server's address. */
    static Optional<String> databaseText(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith("--db=")) {
                return Optional.of(arg.substring("--db=".length()));
            }
        }
        return Optional.empty();
    }
}
