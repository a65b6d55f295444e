package org.newsmark.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.TaskRunner;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.ui.FileChoices;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * File → Open database file… and File → Connect to a shared corpus…: both open another corpus off the
 * FX thread and hand it to {@code reopen}, which puts the workbench on it, as starting with
 * {@code --db} would. Work not yet sent to an unreachable server is not left behind unasked. File →
 * Copy corpus to… copies this corpus into a new file or an empty server database, and can open the copy.
 */
final class CorpusMenu {

    private final WorkbenchViewModel model;
    private final Supplier<Window> owner;
    private final UserPreferences preferences;
    private final TaskRunner runner;
    private final Consumer<Workspace> reopen;

    CorpusMenu(WorkbenchViewModel model, Supplier<Window> owner, UserPreferences preferences, TaskRunner runner,
               Consumer<Workspace> reopen) {
        this.model = model;
        this.owner = owner;
        this.preferences = preferences;
        this.runner = runner;
        this.reopen = reopen;
    }

    List<MenuItem> items() {
        MenuItem open = new MenuItem("_Open database file…", new FontIcon(Feather.FOLDER));
        open.setId("menu-open-database");
        open.setOnAction(e -> openFile());
        MenuItem connect = new MenuItem("_Connect to a shared corpus…", new FontIcon(Feather.SERVER));
        connect.setId("menu-connect");
        connect.setOnAction(e -> connect());
        MenuItem copy = new MenuItem("Cop_y corpus to…", new FontIcon(Feather.COPY));
        copy.setId("menu-copy-corpus");
        copy.setOnAction(e -> copyCorpus(FileChoices.nativeChoosers()));
        return List.of(open, connect, copy);
    }

    /** File → Copy corpus to…: the copy runs on the window's dataset thread; the copy made can be opened here. */
    CopyDialog copyCorpus(FileChoices choices) {
        ConnectDialogModel server = new ConnectDialogModel(preferences, Optional.empty(), model.workspace().annotator(),
                runner.datasets(), Platform::runLater);
        CopyDialog dialog = new CopyDialog(new CopyDialogModel(model.workspace(), server, runner.datasets(), Platform::runLater),
                choices, owner.get(), this::leaveFor);
        dialog.show();
        return dialog;
    }

    /** The dialog's model, on the window's dataset thread, filled from the last address. */
    ConnectDialogModel dialogModel() {
        return new ConnectDialogModel(preferences, Optional.of(model.workspace().location()),
                model.workspace().annotator(), runner.datasets(), Platform::runLater);
    }

    private void connect() {
        new ConnectDialog(dialogModel(), owner.get(), this::leaveFor).show();
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Newsmark database");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Newsmark databases (*.db)", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        model.workspace().localFile().map(Path::getParent).map(Path::toFile).filter(java.io.File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath).ifPresent(this::openFile);
    }

    /** Opens (creating if need be) the database file and puts the workbench on it. */
    void openFile(Path file) {
        model.say("Opening " + file + "…");
        CompletableFuture.supplyAsync(() -> Workspace.open(file, model.workspace().annotator()), runner.datasets())
                .whenCompleteAsync((opened, failure) -> {
                    if (failure != null) {
                        Throwable cause = Optional.ofNullable(failure.getCause()).orElse(failure);
                        model.say("Could not open " + file + ": " + cause.getMessage());
                        return;
                    }
                    leaveFor(opened);
                }, Platform::runLater);
    }

    /** Puts the workbench on {@code opened}, unless the analyst stays for work not yet sent to the server. */
    private void leaveFor(Workspace opened) {
        if (UnsentWork.mayLeave(owner.get(), model.workspace(), runner.writer())) {
            reopen.accept(opened);
        } else {
            opened.close();
            model.say("Stayed on " + model.workspace().location() + " until your changes are saved");
        }
    }
}
