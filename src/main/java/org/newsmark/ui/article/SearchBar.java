package org.newsmark.ui.article;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsmark.ui.Plural;

/** Ctrl+F: find in the article with options, hit count, previous/next, tag all hits. */
public final class SearchBar {

    private final HBox root = new HBox(4);
    public static final double MIN_FIELD_WIDTH = 110;
    private final TextField field = new TextField();

    /**
     * The bar is built at once although it opens hidden: the article's pane reserves the bar's width from the first
     * frame ({@link #minWidth}), so opening it never moves the panes' dividers and the text under the mouse.
     */
    public SearchBar(SearchViewModel search, WorkbenchViewModel model, ArticleView article) {
        root.getStyleClass().add("search-bar");
        root.setId("search-bar");
        root.visibleProperty().bind(search.openProperty());
        root.managedProperty().bind(search.openProperty());
        build(search, model, article);
    }

    /** The width the bar needs to show every control whole, open or not. */
    public double minWidth() {
        return root.minWidth(-1);
    }

    private void build(SearchViewModel search, WorkbenchViewModel model, ArticleView article) {
        field.setId("search-field");
        field.setPromptText("Find in article");
        field.textProperty().bindBidirectional(search.queryProperty());
        ToggleButton matchCase = toggle("Aa", "Match case", "match-case");
        matchCase.selectedProperty().bindBidirectional(search.matchCaseProperty());
        ToggleButton wholeWord = toggle("W", "Whole words", "whole-word");
        wholeWord.selectedProperty().bindBidirectional(search.wholeWordProperty());
        ToggleButton regex = toggle(".*", "Regular expression", "regex");
        regex.selectedProperty().bindBidirectional(search.regexProperty());
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(search.summaryProperty());
        summary.setPrefWidth(64);

        Button previous = iconButton(Feather.CHEVRON_UP, "Previous hit (Shift+Enter)");
        previous.setOnAction(e -> stepTo(search, article, false));
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next hit (Enter)");
        next.setOnAction(e -> stepTo(search, article, true));
        // the tag icon alone, named by its tooltip: with its text the bar needed 648 px, and the article's pane,
        // which keeps the bar's width, squeezed the spans pane to 131 px in a 1024 px window
        MenuButton tagAll = new MenuButton(null, new FontIcon(Feather.TAG));
        tagAll.setTooltip(new Tooltip("Tag all: every untagged hit as one label (one undo)"));
        tagAll.setAccessibleText("Tag all");
        tagAll.setId("tag-all");
        tagAll.setOnShowing(e -> {
            tagAll.getItems().clear();
            model.labels().forEach(label -> {
                MenuItem item = new MenuItem(label.name());
                item.setMnemonicParsing(false); // a label's name is shown as it is, an underscore too
                item.setId("tag-all-" + label.name());
                item.setOnAction(a -> {
                    int created = search.tagAll(label.name());
                    model.say("Tagged " + Plural.of(created, "hit") + " as " + label.name() + " — one undo removes them");
                });
                tagAll.getItems().add(item);
            });
        });
        tagAll.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> search.hitsProperty().get().isEmpty(), search.hitsProperty()));
        Button close = iconButton(Feather.X, "Close (Esc)");
        close.setOnAction(e -> close(search, article));

        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                stepTo(search, article, !e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close(search, article);
                e.consume();
            }
        });
        // no magnifier before the field: its prompt says what it is, and the bar keeps to the article's width
        root.getChildren().addAll(field, matchCase, wholeWord, regex, summary,
                previous, next, tagAll, close);
        // the field takes what is left; buttons and the count never shrink to "..."
        root.getChildren().stream().filter(n -> n != field && n instanceof javafx.scene.layout.Region)
                .forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        field.setMinWidth(MIN_FIELD_WIDTH);
        field.setPrefColumnCount(14);
        HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private static void stepTo(SearchViewModel search, ArticleView article, boolean forward) {
        int caret = forward ? article.selection().end() : article.selection().start();
        search.step(forward, caret).ifPresent(article::select);
    }

    private static void close(SearchViewModel search, ArticleView article) {
        search.openProperty().set(false);
        article.area().requestFocus();
    }

    private static ToggleButton toggle(String text, String tip, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setTooltip(new Tooltip(tip));
        button.setId(id);
        button.setFocusTraversable(false);
        return button;
    }

    private static Button iconButton(Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        // square icon buttons, as the theme draws them: 34 px instead of a text button's 42
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }
}
