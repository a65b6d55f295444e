package org.newsmark.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
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

    /** The database opening while the toolkit starts ({@link #openEarly}), taken by {@link #start}. */
    private static final AtomicReference<EarlyOpening> EARLY = new AtomicReference<>();

    private Workspace workspace;

    private record EarlyOpening(Path file, Annotator analyst, CompletableFuture<Workspace> workspace) {
    }

    /**
     * Starts opening the window's database (the SQLite library, the schema, the labels) on a thread of its own
     * before the toolkit starts, so that the two use both cores. Only when the analyst's name is kept: the first
     * start asks it before the database opens.
     */
    static void openEarly(List<String> args) {
        openEarly(args, UserPreferences.standard());
    }

    static void openEarly(List<String> args, UserPreferences preferences) {
        if (preferences.get(UserPreferences.ANNOTATOR).isEmpty() || serverAddress(args).isPresent()) {
            return;
        }
        Optional<Path> fromArgs;
        Path file;
        Annotator analyst;
        try {
            fromArgs = databaseArgument(args);
            file = database(fromArgs);
            analyst = preferences.annotator();
        } catch (RuntimeException e) {
            return; // the window opens the database itself and shows what is wrong
        }
        EARLY.set(new EarlyOpening(file, analyst, CompletableFuture.supplyAsync(() -> open(fromArgs, file, analyst), task -> {
            Thread thread = new Thread(task, "newsmark-open");
            thread.setDaemon(true);
            thread.start();
        })));
    }

    @Override
    public void start(Stage stage) {
        Optional<String> server = serverAddress(getParameters().getRaw());
        if (server.isPresent()) {
            startOnServer(stage, server.get());
            return;
        }
        Optional<Path> fromArgs = databaseArgument(getParameters().getRaw());
        Path file = database(fromArgs);
        UserPreferences preferences = UserPreferences.standard();
        askTheNameOnce(preferences);
        // the theme's stylesheet is read while the database is still opening on its own thread
        Theme.applySaved(preferences);
        try {
            Annotator analyst = preferences.annotator();
            workspace = takeEarly(file, analyst).orElseGet(() -> open(fromArgs, file, analyst));
        } catch (RuntimeException e) {
            System.getLogger("newsmark").log(System.Logger.Level.ERROR, problemText(file, e), e);
            cannotOpen(file, e).showAndWait();
            Platform.exit();
            return;
        }
        new MainWindow(workspace, preferences).show(stage);
    }

    private static Path database(Optional<Path> fromArgs) {
        return DataPaths.database(fromArgs, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    private static Workspace open(Optional<Path> fromArgs, Path file, Annotator analyst) {
        return fromArgs.isPresent() ? Workspace.open(file, analyst) : Workspace.openWithSamples(file, analyst);
    }

    /** The early opening's workspace (or its failure, thrown here) when it opened this file for this analyst. */
    static Optional<Workspace> takeEarly(Path file, Annotator analyst) {
        EarlyOpening early = EARLY.getAndSet(null);
        if (early == null) {
            return Optional.empty();
        }
        Workspace opened;
        try {
            opened = early.workspace().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        if (early.file().equals(file) && early.analyst().equals(analyst)) {
            return Optional.of(opened);
        }
        opened.close();
        return Optional.empty();
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

    /** The server corpus to open ({@code --db postgresql://…} or {@code $NEWSMARK_DB}), if it is not a file. */
    private static Optional<String> serverAddress(List<String> args) {
        return databaseText(args).or(() -> Optional.ofNullable(System.getenv(DataPaths.DB_VARIABLE)))
                .filter(Workspace::isServerAddress);
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
