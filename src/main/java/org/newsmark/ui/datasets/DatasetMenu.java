package org.newsmark.ui.datasets;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.newsmark.app.UserPreferences;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.ui.FileChoices;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * File → Import… (Ctrl+I), File → Export… (Ctrl+E) and files dropped on the window, which open the
 * import dialog on them. Dataset work runs on the window's dataset thread (TaskRunner).
 */
public final class DatasetMenu {


    private final WorkbenchViewModel model;
    private final Supplier<Window> owner;
    private final FileChoices choices;
    private final Executor executor;
    private final UserPreferences preferences;

    public DatasetMenu(WorkbenchViewModel model, Supplier<Window> owner, UserPreferences preferences, Executor worker) {
        this(model, owner, FileChoices.nativeChoosers(), worker, preferences);
    }

    public DatasetMenu(WorkbenchViewModel model, Supplier<Window> owner, FileChoices choices, Executor executor,
                       UserPreferences preferences) {
        this.preferences = preferences;
        this.model = model;
        this.owner = owner;
        this.choices = choices;
        this.executor = executor;
    }

    public List<MenuItem> items() {
        MenuItem importItem = new MenuItem("_Import…", new FontIcon(Feather.DOWNLOAD));
        importItem.setId("menu-import");
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(e -> openImport(List.of()));
        MenuItem exportItem = new MenuItem("_Export…", new FontIcon(Feather.UPLOAD));
        exportItem.setId("menu-export");
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportItem.setOnAction(e -> openExport());
        return List.of(importItem, exportItem);
    }

    /** Files dropped anywhere on the scene open the import dialog with them. */
    public void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                openImport(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    public ImportDialog openImport(List<Path> files) {
        ImportDialogModel dialogModel = new ImportDialogModel(model.workspace(), executor, () -> {
            model.reloadLabels();
            model.reloadDocuments();
        });
        ImportDialog dialog = new ImportDialog(dialogModel, choices, owner.get());
        dialog.show();
        dialogModel.choose(files);
        return dialog;
    }

    public ExportDialog openExport() {
        ExportDialog dialog = new ExportDialog(new ExportDialogModel(model.workspace(), executor, preferences), choices, owner.get());
        dialog.show();
        return dialog;
    }
}
