package org.newsmark.ui.shell;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.app.SuggestionService;
import org.newsmark.app.TaskRunner;
import org.newsmark.app.UserGazetteer;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.ui.AfterFrame;
import org.newsmark.ui.LabelStyles;
import org.newsmark.ui.article.ArticleView;
import org.newsmark.ui.article.AttributionBar;
import org.newsmark.ui.article.AttributionViewModel;
import org.newsmark.ui.article.DocumentHeader;
import org.newsmark.ui.article.HistoryViewModel;
import org.newsmark.ui.article.LabelBar;
import org.newsmark.ui.article.NavigationViewModel;
import org.newsmark.ui.article.QuotesView;
import org.newsmark.ui.article.SearchBar;
import org.newsmark.ui.article.SearchViewModel;
import org.newsmark.ui.article.SpanTableView;
import org.newsmark.ui.article.SuggestionsViewModel;
import org.newsmark.ui.article.WorkbenchViewModel;
import org.newsmark.ui.datasets.DatasetMenu;

/** Puts the workbench together: documents left, article centre, spans right, menus and status bar. */
public final class MainWindow {

    /**
     * The side panes' least widths: in a small window (1024 px) the spans pane was squeezed to 131 px, its
     * table showing "Label" and "Te", while the article kept the width of its find bar. The documents keep
     * a row's status and count whole; the spans table drops its Position column when this narrow.
     */
    static final double RIGHT_MIN_WIDTH = 290;
    static final double LEFT_MIN_WIDTH = 195;

    private final WorkbenchViewModel model;
    private final SearchViewModel search;
    private final AttributionViewModel attribution;
    private final NavigationViewModel navigation;
    private final SuggestionService suggestionService;
    private final SuggestionsViewModel suggestions;
    private final UserGazetteer gazetteer;
    private final UserPreferences preferences;
    private final TaskRunner runner;
    private final Theme theme;
    private final ArticleView article;
    private final DocumentListView documents;
    private final SpanTableView spans;
    private final SearchBar searchBar;
    private final Scene scene;
    private final WindowLayout layout;
    private final SplitPane split;
    private final DatasetMenu datasets;
    private final org.newsmark.ui.team.OtherLayers layers;
    private final LiveRefresh live;
    /** Whether this window opened its workspace (on a change of annotator) and so closes it. */
    private boolean ownsWorkspace;
    private Stage stage;
    private String labelStylesheet;

    public MainWindow(Workspace workspace) {
        this(workspace, UserPreferences.standard());
    }

    public MainWindow(Workspace workspace, UserPreferences preferences) {
        this(workspace, preferences, new TaskRunner());
    }

    /** The window runs its background work on {@code runner}'s threads and closes it when it closes. */
    public MainWindow(Workspace workspace, UserPreferences preferences, TaskRunner runner) {
        this.runner = runner;
        this.preferences = preferences;
        workspace.commitInBackground(runner.writer(), Platform::runLater);
        this.model = new WorkbenchViewModel(workspace,
                java.util.Optional.of(new WorkbenchViewModel.Reading(runner.reader(), Platform::runLater)));
        this.theme = new Theme(preferences, model::say);
        this.layout = new WindowLayout(preferences);
        this.search = new SearchViewModel(model);
        this.attribution = new AttributionViewModel(model);
        this.navigation = new NavigationViewModel(model);
        this.gazetteer = UserGazetteer.of(workspace);
        this.suggestionService = workspace.startSuggestions(
                () -> Gazetteers.standard().with(gazetteer.load()), runner);
        this.suggestions = new SuggestionsViewModel(model, suggestionService, Platform::runLater, runner.timers());
        this.article = new ArticleView(model, search, attribution, navigation, suggestions, Platform::runLater,
                runner.timers());
        // what an edit changes away from the article waits for the frame that shows the edit
        model.followActionsThrough(task -> AfterFrame.run(article.node(), task));
        // the engine starts once that frame is drawn: the layout of the pulse after it waited for the drawing
        suggestions.recomputeThrough(task -> AfterFrame.run(article.node(), () -> AfterFrame.run(article.node(), task)));
        this.documents = new DocumentListView(model, suggestions::prefetch);
        this.spans = new SpanTableView(model, article::reveal);
        this.searchBar = new SearchBar(search, model, article);
        this.datasets = new DatasetMenu(model, this::window, preferences, runner.datasets());
        this.layers = new org.newsmark.ui.team.OtherLayers(workspace, runner.datasets(), Platform::runLater);
        article.showLayers(layers, theme.darkProperty());
        article.followTheme(theme.darkProperty());
        this.live = new LiveRefresh(model, layers, runner);

        LabelBar labels = new LabelBar(model, name -> {
            model.apply(name, article.selection());
            article.area().requestFocus();
        });
        Node attributionBar = new AttributionBar(attribution, model).node();
        StackPane articleWithBar = new StackPane(article.node(), attributionBar);
        StackPane.setAlignment(attributionBar, javafx.geometry.Pos.TOP_CENTER);
        StackPane.setMargin(attributionBar, new Insets(6, 18, 0, 6));
        VBox centre = new VBox(10, new DocumentHeader(model).node(), labels.node(), searchBar.node(), articleWithBar) {
            @Override
            protected double computeMinWidth(double height) {
                // the find bar, closed, keeps its width: opening it must not move the dividers and the text with them
                return Math.max(super.computeMinWidth(height), snappedLeftInset() + searchBar.minWidth() + snappedRightInset());
            }
        };
        centre.setPadding(new Insets(12, 8, 8, 8));
        VBox.setVgrow(articleWithBar, Priority.ALWAYS);

        javafx.scene.control.Tab spansTab = new javafx.scene.control.Tab("Spans", spans.node());
        javafx.scene.control.Tab quotesTab = new javafx.scene.control.Tab("Quotes");
        // built when first shown: hidden, its list would only add to the first frame's CSS pass and layout
        WhenFirstTrue.run(quotesTab.selectedProperty(), () ->
                quotesTab.setContent(new QuotesView(model, article::reveal, quotesTab.selectedProperty()).node()));
        javafx.scene.control.TabPane right = new javafx.scene.control.TabPane(spansTab, quotesTab);
        right.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        right.setId("right-tabs");
        right.setPadding(new Insets(8, 10, 8, 4));
        SplitPane split = new SplitPane(documents.node(), centre, right);
        split.setDividerPositions(0.19, 0.63);
        layout.restore(split);
        this.split = split;
        SplitPane.setResizableWithParent(documents.node(), false);
        SplitPane.setResizableWithParent(right, false);
        right.setMinWidth(RIGHT_MIN_WIDTH);
        ((javafx.scene.layout.Region) documents.node()).setMinWidth(LEFT_MIN_WIDTH);

        BorderPane root = new BorderPane(split);
        root.setTop(menus());
        Node status = new StatusBar(model, suggestions).node();
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(status,
                new org.newsmark.ui.team.LayersLegend(layers, theme.darkProperty()).node());
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(status, Priority.ALWAYS);
        root.setBottom(bottom);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1360, screen.getWidth() * 0.92), Math.min(860, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource(Theme.APP_CSS).toExternalForm());
        RepaintAnchor.install(scene, root);
        datasets.acceptDrops(scene);
        // one keymap for the whole window: the article's keys work from every pane but text fields
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (!typingText()) {
                article.keyTyped(e);
            }
        });
        HistoryKeys history = new HistoryKeys(model);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!typingText()) {
                article.keyPressed(e, scene.getFocusOwner() == article.area());
            }
            if (!typingText() && !e.isConsumed()) {
                history.keyPressed(e);
            }
        });
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
        model.sessionProperty().addListener((o, a, now) ->
                layers.load(java.util.Optional.ofNullable(now).map(s -> s.document().id())));
    }

    public void show(Stage stage) {
        this.stage = stage;
        stage.setTitle(model.windowTitle());
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                if (stage.getScene() == scene) {
                    retire();
                }
            }
        });
        // back from a curation or another program's merge: the other layers may have changed
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now && stage.getScene() == scene) {
                layers.reload();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!UnsentWork.mayLeave(window(), model.workspace(), runner.writer())) {
                e.consume();
            }
        });
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        layout.restore(stage);
        // the first article is read on the reader thread while this one lays the window out for its first frame
        if (!model.visibleDocuments().isEmpty()) {
            documents.list().getSelectionModel().selectFirst();
        }
        stage.show();
        layout.follow(stage, split);
        loadSuggestionsAfterTheFirstFrame();
        giveWayToEdits();
    }

    /** Stops this window's background work (and closes the workspace it opened itself). */
    private void retire() {
        layout.save(stage, split);
        live.close();
        suggestionService.close();
        runner.close();
        if (ownsWorkspace) {
            model.workspace().close();
        }
    }

    /**
     * Preferences → Annotator name…: saves the new name at once, then the window works on that
     * annotator's layer. A workspace's annotator is fixed, so the same database is opened again for
     * the new name (off this thread, after the pending saves are committed) and a new window model
     * takes over the stage, showing the document that was open.
     */
    private void changeAnnotator() {
        Workspace old = model.workspace();
        java.util.Optional<org.newsmark.model.Annotator> chosen = AnnotatorDialog.ask(window(), old.annotator(),
                "Whose layer do you annotate?");
        if (chosen.isEmpty()) {
            return;
        }
        org.newsmark.model.Annotator name = chosen.get();
        try {
            preferences.put(UserPreferences.ANNOTATOR, name.name());
        } catch (RuntimeException e) {
            model.say(e.getMessage());
        }
        if (name.equals(old.annotator())) {
            return;
        }
        java.util.Optional<Long> open = model.session().map(s -> s.document().id());
        model.say("Opening " + name + "'s layer…");
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            old.awaitCommits();
            return old.openAs(name);
        }, runner.datasets()).whenCompleteAsync((opened, failure) -> {
            if (failure != null) {
                model.say("Could not open " + name + "'s layer: "
                        + java.util.Optional.ofNullable(failure.getCause()).orElse(failure).getMessage());
                return;
            }
            Stage shown = stage;
            retire();
            MainWindow next = new MainWindow(opened, preferences, new TaskRunner());
            next.ownsWorkspace = true;
            next.show(shown);
            open.ifPresent(next::selectDocument);
            next.model.whenShown(() -> next.model.say("Annotating as " + name + " (your layer of every document)"));
        }, Platform::runLater);
    }

    /** File → Open database file… / Connect to a shared corpus…: a new window model on {@code opened} takes over the stage. */
    private void switchTo(Workspace opened) {
        Stage shown = stage;
        retire();
        MainWindow next = new MainWindow(opened, preferences, new TaskRunner());
        next.ownsWorkspace = true;
        next.show(shown);
        next.model.say("Opened " + opened.location() + " as " + opened.annotator());
    }

    private void selectDocument(long id) {
        documents.list().getItems().stream().filter(d -> d.id() == id).findFirst()
                .ifPresent(d -> documents.list().getSelectionModel().select(d));
    }

    /** The engine loads once the window has drawn its first frame: start-up has both cores to itself. */
    private void loadSuggestionsAfterTheFirstFrame() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(suggestionService::startLoading);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** A suggestion run waits while an edit is laid out and drawn (SuggestionsViewModel says when one is made): tell it when the frames are. */
    private void giveWayToEdits() {
        scene.addPostLayoutPulseListener(() -> {
            if (suggestionService.giveWay().drawn()) {
                Platform.requestNextPulse();
            }
        });
    }

    /** Whether the focus is in a field where keys are text (find, the document filter, a combo box's editor). */
    private boolean typingText() {
        return scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl;
    }

    private javafx.stage.Window window() {
        return scene.getWindow();
    }

    public WorkbenchViewModel model() {
        return model;
    }

    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    /** The article view (for tests and benchmarks). */
    public ArticleView article() {
        return article;
    }

    /** The span table (for tests). */
    public SpanTableView spanTable() {
        return spans;
    }

    /** Done once other clients' commits reach this window (for tests). */
    java.util.concurrent.CompletableFuture<Void> listening() {
        return live.listening();
    }

    /** The other annotators' layers shown on screen now (for tests). */
    org.newsmark.ui.article.highlight.OutlineOverlay layerOutlines() {
        return article.layerOutlines();
    }

    /** What the article outlines on screen now (for tests and benchmarks). */
    public org.newsmark.ui.article.highlight.OutlineOverlay outlines() {
        return article.outlines();
    }

    private void applyLabelStyles() {
        if (labelStylesheet != null) {
            scene.getStylesheets().remove(labelStylesheet);
        }
        labelStylesheet = LabelStyles.dataUrl(model.labels(), theme.isDark());
        scene.getStylesheets().add(labelStylesheet);
    }

    private MenuBar menus() {
        MenuItem quit = item("_Quit", Feather.LOG_OUT, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            if (UnsentWork.mayLeave(window(), model.workspace(), runner.writer())) {
                scene.getWindow().hide();
            }
        });
        Menu file = new Menu("_File");
        file.getItems().addAll(new CorpusMenu(model, this::window, preferences, runner, this::switchTo).items());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(datasets.items());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        HistoryViewModel history = new HistoryViewModel(model);
        // outside a text field the keymap (HistoryKeys) takes these shortcuts before the items, which show them
        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, HistoryKeys.UNDO);
        undo.setOnAction(e -> model.undo());
        follow(undo, history.undo());
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, HistoryKeys.REDO);
        redo.setOnAction(e -> model.redo());
        follow(redo, history.redo());
        MenuItem redoAlt = item("Redo (alternative)", Feather.CORNER_UP_RIGHT, HistoryKeys.REDO_ALTERNATIVE);
        redoAlt.setOnAction(e -> model.redo());
        redoAlt.disableProperty().bind(history.redo().possibleProperty().not());
        MenuItem delete = item("_Delete span", Feather.TRASH_2, new KeyCodeCombination(KeyCode.DELETE));
        delete.setOnAction(e -> model.deleteSelected());
        MenuItem find = item("_Find…", Feather.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            search.openProperty().set(true);
            searchBar.focus();
        });
        MenuItem propagate = item("_Tag other occurrences of the span…   P", Feather.COPY, null);
        propagate.setOnAction(e -> article.propagate());
        MenuItem attribute = item("_Attribute quote to speaker…   A", Feather.MESSAGE_SQUARE, null);
        attribute.setOnAction(e -> {
            article.area().requestFocus();
            attribution.start();
        });
        MenuItem scheme = item("_Label scheme…", Feather.SLIDERS, null);
        scheme.setOnAction(e -> LabelSchemeDialog.show(scene.getWindow(), model, runner.writer()));
        Menu acceptAll = new Menu("A_ccept all suggestions of label…", new FontIcon(Feather.CHECK_SQUARE));
        MenuItem addToGazetteer = item("Add the selection to the _gazetteer", Feather.MAP_PIN, null);
        addToGazetteer.setOnAction(e -> addSelectionToGazetteer());
        MenuItem annotatorName = item("Annotator _name…", Feather.USER, null);
        annotatorName.setId("menu-annotator");
        annotatorName.setOnAction(e -> changeAnnotator());
        Menu edit = new Menu("_Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(), find, propagate, attribute,
                delete, new SeparatorMenuItem(), acceptAll, addToGazetteer, new SeparatorMenuItem(), scheme,
                annotatorName);
        edit.setOnShowing(e -> fillAcceptAll(acceptAll));
        undo.setId("menu-undo");
        redo.setId("menu-redo");

        CheckMenuItem dark = new CheckMenuItem("_Dark mode", new FontIcon(Feather.MOON));
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        CheckMenuItem snap = new CheckMenuItem("_Snap selection to whole words");
        snap.selectedProperty().bindBidirectional(article.snapToWordsProperty());
        CheckMenuItem showSuggestions = new CheckMenuItem("Show su_ggestions", new FontIcon(Feather.ZAP));
        showSuggestions.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        showSuggestions.selectedProperty().bindBidirectional(suggestions.visibleProperty());
        Menu view = new Menu("_View", null, dark, snap, showSuggestions,
                new org.newsmark.ui.team.LayersMenu(layers, theme.darkProperty()).menu());
        // another analyst may have tagged, or a merge or curation changed a layer, since the document opened
        view.setOnShowing(e -> layers.reload());
        Menu navigate = navigateMenu();

        MenuItem shortcuts = item("_Keyboard shortcuts", Feather.HELP_CIRCLE, new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> ShortcutSheet.show(scene.getWindow(), model.labels()));
        MenuItem about = item("_About Newsmark", Feather.INFO, null);
        about.setOnAction(e -> AboutBox.show(scene.getWindow()));
        Menu help = new Menu("_Help", null, shortcuts, about);
        Menu team = new org.newsmark.ui.team.TeamMenu(model.workspace(), runner.datasets(), this::window,
                () -> model.session().map(s -> s.document().id()), model.labels(), model::say)
                .whenAssigned(model::reloadDocuments).menu();
        MenuBar bar = new MenuBar(file, edit, navigate, view, team, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * Adds the selected text to the database's own gazetteer, as the selected span's label (place
     * when no span is selected), and rebuilds the suggestion engine in the background.
     */
    private void addSelectionToGazetteer() {
        String text = article.area().getSelectedText().strip();
        if (text.isEmpty()) {
            model.say("Select a name in the text to add it to the gazetteer");
            return;
        }
        String label = model.selectedSpan().map(org.newsmark.model.Span::label).orElse("place");
        try {
            gazetteer.add(text, label);
        } catch (RuntimeException ex) {
            model.say(ex.getMessage());
            return;
        }
        model.say("Added “" + text + "” as " + label + " to " + gazetteer.file().getFileName() + "; updating suggestions…");
        suggestionService.reload().thenRun(() -> Platform.runLater(suggestions::refresh));
    }

    /** "Accept all suggestions of label…": one item per label that has shown suggestions, as the Edit menu opens. */
    private void fillAcceptAll(Menu menu) {
        menu.getItems().clear();
        suggestions.countsByLabel().forEach((label, n) -> {
            MenuItem item = new MenuItem(label + " (" + n + ")");
            item.setMnemonicParsing(false); // a label's name is shown as it is, an underscore too
            item.setId("accept-all-" + label);
            item.setOnAction(a -> suggestions.acceptAll(label));
            menu.getItems().add(item);
        });
        menu.setDisable(menu.getItems().isEmpty());
    }

    private Menu navigateMenu() {
        MenuItem nextSpan = item("_Next span   Tab", Feather.ARROW_RIGHT, null);
        nextSpan.setOnAction(e -> navigation.nextSpan(article.area().getCaretPosition(), true).ifPresent(article::reveal));
        MenuItem previousSpan = item("_Previous span   Shift+Tab", Feather.ARROW_LEFT, null);
        previousSpan.setOnAction(e -> navigation.nextSpan(article.area().getCaretPosition(), false).ifPresent(article::reveal));
        MenuItem nextQuotation = item("Next untagged _quotation   N", Feather.MESSAGE_CIRCLE, null);
        nextQuotation.setOnAction(e -> navigation.nextUntaggedQuotation(article.area().getCaretPosition()).ifPresent(article::select));
        MenuItem nextDocument = item("Next _document", Feather.CHEVRONS_DOWN,
                new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
        nextDocument.setOnAction(e -> navigation.stepDocument(1));
        MenuItem previousDocument = item("Previous d_ocument", Feather.CHEVRONS_UP,
                new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));
        previousDocument.setOnAction(e -> navigation.stepDocument(-1));
        MenuItem done = item("_Mark done and open the next document", Feather.CHECK_CIRCLE,
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        done.setOnAction(e -> navigation.doneAndNext());
        MenuItem nextSuggestion = item("Next _suggestion   ]", Feather.ZAP, null);
        nextSuggestion.setOnAction(e -> suggestions.next(article.selection(), true).ifPresent(s -> article.select(s.range())));
        MenuItem previousSuggestion = item("Previous su_ggestion   [", Feather.ZAP_OFF, null);
        previousSuggestion.setOnAction(e -> suggestions.next(article.selection(), false).ifPresent(s -> article.select(s.range())));
        return new Menu("_Navigate", null, nextSpan, previousSpan, nextQuotation, nextSuggestion, previousSuggestion,
                new SeparatorMenuItem(),
                nextDocument, previousDocument, done);
    }

    /**
     * The item names the step it takes, with the verb's first letter as its mnemonic (only the first
     * underscore is parsed: one in the step's text shows as it is), and is disabled when there is none
     * (its shortcut still says so, through {@link HistoryKeys}).
     */
    private static void follow(MenuItem item, HistoryViewModel.Step step) {
        item.textProperty().bind(step.textProperty().map(text -> "_" + text));
        item.disableProperty().bind(step.possibleProperty().not());
    }

    private static MenuItem item(String text, Feather icon, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private void showProblem(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText("Newsmark could not save that change");
        alert.initOwner(scene.getWindow());
        alert.show();
    }
}
