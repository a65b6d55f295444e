package org.newsmark.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.Workspace;

/** Puts the workbench together: documents left, article centre, spans right, menus and status bar. */
public final class MainWindow {

    private final WorkbenchViewModel model;
    private final Theme theme = new Theme();
    private final ArticleView article;
    private final DocumentListView documents;
    private final SpanTableView spans;
    private final Scene scene;
    private final DatasetMenu datasets;
    private String labelStylesheet;

    public MainWindow(Workspace workspace) {
        this.model = new WorkbenchViewModel(workspace);
        this.article = new ArticleView(model);
        this.documents = new DocumentListView(model);
        this.spans = new SpanTableView(model, article::reveal);
        this.datasets = new DatasetMenu(model, this::window);

        LabelBar labels = new LabelBar(model, name -> {
            model.apply(name, article.selection());
            article.area().requestFocus();
        });
        VBox centre = new VBox(10, new DocumentHeader(model).node(), labels.node(), article.node());
        centre.setPadding(new Insets(12, 8, 8, 8));
        VBox.setVgrow(article.node(), Priority.ALWAYS);

        SplitPane split = new SplitPane(documents.node(), centre, spans.node());
        split.setDividerPositions(0.22, 0.72);
        SplitPane.setResizableWithParent(documents.node(), false);
        SplitPane.setResizableWithParent(spans.node(), false);

        BorderPane root = new BorderPane(split);
        root.setTop(menus());
        root.setBottom(new StatusBar(model).node());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1360, screen.getWidth() * 0.92), Math.min(860, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource(Theme.APP_CSS).toExternalForm());
        datasets.acceptDrops(scene);
        applyLabelStyles();
        theme.darkProperty().addListener((o, a, b) -> applyLabelStyles());
        model.labels().addListener((javafx.collections.ListChangeListener<org.newsmark.model.Label>) c -> {
            applyLabelStyles();
            article.refreshLabels();
        });
        model.problemProperty().addListener((o, a, now) -> {
            if (!now.isEmpty()) {
                showProblem(now);
            }
        });
        model.sessionProperty().addListener((o, a, now) -> article.area().requestFocus());
    }

    public void show(Stage stage) {
        stage.setTitle(model.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        if (!model.visibleDocuments().isEmpty()) {
            documents.list().getSelectionModel().selectFirst();
        }
    }

    private javafx.stage.Window window() {
        return scene.getWindow();
    }

    public WorkbenchViewModel model() {
        return model;
    }

    private void applyLabelStyles() {
        if (labelStylesheet != null) {
            scene.getStylesheets().remove(labelStylesheet);
        }
        labelStylesheet = LabelStyles.dataUrl(model.labels(), theme.isDark());
        scene.getStylesheets().add(labelStylesheet);
    }

    private MenuBar menus() {
        MenuItem quit = item("Quit", Feather.LOG_OUT, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> scene.getWindow().hide());
        Menu file = new Menu("File");
        file.getItems().addAll(datasets.items());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> model.undo());
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> model.redo());
        MenuItem redoAlt = item("Redo (alternative)", null, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redoAlt.setOnAction(e -> model.redo());
        MenuItem delete = item("Delete span", Feather.TRASH_2, new KeyCodeCombination(KeyCode.DELETE));
        delete.setOnAction(e -> model.deleteSelected());
        Menu edit = new Menu("Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(), delete);

        CheckMenuItem dark = new CheckMenuItem("Dark mode", new FontIcon(Feather.MOON));
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Menu view = new Menu("View", null, dark);

        MenuItem shortcuts = item("Keyboard shortcuts", Feather.HELP_CIRCLE, new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> ShortcutSheet.show(scene.getWindow(), model.labels()));
        Menu help = new Menu("Help", null, shortcuts);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, Feather icon, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setAccelerator(accelerator);
        return item;
    }

    private void showProblem(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText("Newsmark could not save that change");
        alert.initOwner(scene.getWindow());
        alert.show();
    }
}
