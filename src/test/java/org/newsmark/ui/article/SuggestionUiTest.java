package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.newsmark.app.ActionWording;
import org.newsmark.app.DocumentSession;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.ui.article.highlight.Highlighter;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/** Suggestions in the window: they appear, are walked with ] and accepted, rejected or accepted in bulk. */
class SuggestionUiTest extends SeedWindowTest {

    private List<SpanSuggestion> suggestions() {
        return onFx(() -> window.suggestions().currentProperty().get());
    }

    private void awaitSuggestions() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestions().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Span> storedSpanObjects() {
        try (Store fresh = committed()) {
            return fresh.spans().forDocument(fresh.documents().ids(Optional.empty()).get(0));
        }
    }

    /** The menu item's node in a popup that is showing (closed popups keep stale copies). */
    private Optional<javafx.scene.Node> shownItem(String id) {
        return lookup(id).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).findFirst();
    }

    /** Clicks an item of an open submenu, entering it sideways: crossing other items diagonally would close it. */
    private void clickSubmenuItem(String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownItem(id).isPresent());
        Point2D target = point(shownItem(id).orElseThrow()).query();
        double left = onFx(() -> shownItem(id).orElseThrow().localToScreen(shownItem(id).orElseThrow().getBoundsInLocal()).getMinX());
        moveTo(new Point2D(left + 8, robotContext().getBaseRobot().retrieveMouse().getY()));
        moveTo(new Point2D(left + 8, target.getY()));
        clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void caretAtStart() {
        interact(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
    }

    /** The "]" key, typed as a character (keyboard layouts put it on different keys). */
    private void next() {
        write(']');
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void suggestionsAppearOutlinedAndEnterAcceptsTheNextOne() throws Exception {
        awaitSuggestions();
        SpanSuggestion first = suggestions().get(0);
        assertThat(outlined()).contains(first.range());
        assertThat(classesAt(first.range().start())).doesNotContain(Highlighter.TAGGED);

        caretAtStart();
        next();
        assertThat(area().getSelectedText()).isEqualTo(first.key().textIn(text()));
        next();
        SpanSuggestion second = suggestions().get(1);
        assertThat(area().getSelection().getStart()).isEqualTo(second.range().start());
        keys(KeyCode.ENTER);

        List<Span> stored = storedSpanObjects();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).range()).isEqualTo(second.range());
        assertThat(stored.get(0).label()).isEqualTo(second.label());
        assertThat(stored.get(0).source()).isEqualTo(Span.suggestedBy(second.recommender()));
        assertThat(suggestions()).extracting(SpanSuggestion::key).doesNotContain(second.key());
        assertThat(classesAt(second.range().start())).contains(Highlighter.TAGGED);
        assertThat(onFx(() -> window.model().messageProperty().get())).as("named by its words, once saved")
                .isEqualTo("Saved: accept suggestion " + ActionWording.quoted(second.key().textIn(text())) + " as " + second.label());
    }

    private Point2D onCharacter(int index) {
        javafx.geometry.Bounds b = onFx(() -> area().getCharacterBoundsOnScreen(index, index + 1).orElseThrow());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void aLabelKeyWithTheCaretInASuggestionTakesItOrTagsItsWordsWithThatLabel() throws Exception {
        awaitSuggestions();
        SpanSuggestion speaker = suggestions().stream().filter(s -> s.label().equals("speaker")).findFirst().orElseThrow();
        SpanSuggestion place = suggestions().stream().filter(s -> s.label().equals("place")
                && suggestions().stream().noneMatch(o -> !o.equals(s) && o.range().overlaps(s.range()))).findFirst().orElseThrow();

        clickOn(onCharacter(speaker.range().start() + 1));
        assertThat(area().getSelectedText()).isEmpty();
        keys(KeyCode.DIGIT1);
        Span taken = storedSpanObjects().stream().filter(s -> s.range().equals(speaker.range())).findFirst().orElseThrow();
        assertThat(taken.label()).isEqualTo("speaker");
        assertThat(taken.source()).as("accepted, not typed").isEqualTo(Span.suggestedBy(speaker.recommender()));

        clickOn(onCharacter(place.range().start() + 1));
        keys(KeyCode.DIGIT1);
        Span relabelled = storedSpanObjects().stream().filter(s -> s.range().equals(place.range())).findFirst().orElseThrow();
        assertThat(relabelled.label()).as("the suggestion's words, tagged with the key's label").isEqualTo("speaker");
        assertThat(relabelled.source()).isEqualTo(Span.MANUAL);

        int outside = text().indexOf(" ", place.range().end() + 1) + 1;
        assertThat(suggestions().stream().anyMatch(s -> s.range().start() <= outside && outside < s.range().end())).isFalse();
        clickOn(onCharacter(outside));
        keys(KeyCode.DIGIT4);
        assertThat(storedSpanObjects()).as("no suggestion and nothing selected: nothing is tagged").hasSize(2);
    }

    @Test
    void steppingToTheNextArticleOutlinesItsOwnSuggestionsAndNoneOfThePrevious() throws Exception {
        String next = "Ships left Seoul with 300 tonnes of rice, the ministry said.";
        closeWindow();
        try (Workspace setup = Workspace.open(db)) {
            WorkspaceStore.of(setup).documents().insert(Document.of("zz-busan", next));
        }
        startWindow();
        awaitSuggestions();
        List<SpanSuggestion> before = suggestions();
        caretAtStart();

        shortcut(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text().equals(next) && !suggestions().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggestions()).extracting(s -> s.key().textIn(next)).contains("Seoul", "300 tonnes of rice", "the ministry");
        assertThat(outlined()).as("exactly the new article's suggestions are outlined")
                .containsExactlyInAnyOrderElementsOf(suggestions().stream().map(SpanSuggestion::range).distinct().toList());
        assertThat(before).as("the seed article's suggestions were different").isNotEqualTo(suggestions());
    }

    @Test
    void restingTheMouseOnAnArticleInTheListPreparesItsSuggestionsSoTheyOpenWithIt() throws Exception {
        closeWindow();
        try (Workspace setup = Workspace.open(db)) {
            WorkspaceStore.of(setup).documents().insert(Document.of("zz-1", "Nothing happened in Oslo."));
            WorkspaceStore.of(setup).documents().insert(Document.of("zz-2", "Ships left Seoul with 300 tonnes of rice, the ministry said."));
            WorkspaceStore.of(setup).documents().insert(Document.of("zz-3", "Nothing happened in Lima."));
        }
        startWindow();
        awaitSuggestions();
        javafx.scene.Node farCell = lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                        && c.getItem().toString().contains("zz-2"))
                .findFirst().orElseThrow();
        List<List<SpanSuggestion>> atOpen = new java.util.ArrayList<>();
        interact(() -> window.model().sessionProperty().addListener((o, a, now) ->
                atOpen.add(window.suggestions().currentProperty().get())));

        moveTo(farCell);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the analyst's hand on its way to click
        clickOn(farCell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text()).startsWith("Ships left Seoul");
        assertThat(atOpen).singleElement().satisfies(shown -> assertThat(shown)
                .as("suggestions are there in the same step that opens the article")
                .extracting(x -> x.key().textIn(text())).contains("Seoul", "300 tonnes of rice"));
    }

    @Test
    void theStatusBarCountsWaitingSuggestionsAndSaysWhenTheyAreHidden() throws Exception {
        awaitSuggestions();
        javafx.scene.control.Label count = lookup("#suggestion-count").queryAs(javafx.scene.control.Label.class);
        java.util.concurrent.Callable<String> expected = () -> window.suggestions().currentProperty().get().size() + " suggestions";
        assertThat(onFx(() -> count.getText().equals(expected.call()))).as(count.getText()).isTrue();
        int before = suggestions().size();

        caretAtStart();
        next();
        keys(KeyCode.X);
        assertThat(onFx(() -> count.getText().equals(expected.call()))).as(count.getText()).isTrue();
        assertThat(count.getText()).isEqualTo((before - 1) + " suggestions");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("suggestions hidden");
    }

    @Test
    void xRejectsASuggestionForGood() throws Exception {
        awaitSuggestions();
        SpanSuggestion first = suggestions().get(0);
        caretAtStart();
        next();
        keys(KeyCode.X);

        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Rejected "
                + ActionWording.quoted(first.key().textIn(text())) + " as " + first.label()
                + "; it will not come back in this article");
        assertThat(suggestions()).extracting(SpanSuggestion::key).doesNotContain(first.key());
        assertThat(outlined()).doesNotContain(first.range());
        assertThat(storedSpans()).isEmpty();

        closeWindow();
        startWindow();
        awaitSuggestions();
        assertThat(suggestions()).extracting(SpanSuggestion::key).doesNotContain(first.key());
    }

    @Test
    void acceptAllPlacesFromTheMenuThenOneUndoRemovesThemAll() throws Exception {
        awaitSuggestions();
        long places = suggestions().stream().filter(s -> s.label().equals("place")).count();
        assertThat(places).isGreaterThan(1);

        clickOn("Edit").clickOn("Accept all suggestions of label…");
        clickSubmenuItem("#accept-all-place");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedSpans()).hasSize((int) places).allMatch(s -> s.startsWith("place@"));
        assertThat(suggestions()).noneMatch(s -> s.label().equals("place"));
        caretAtStart();
        shortcut(KeyCode.Z);
        assertThat(storedSpans()).isEmpty();
        assertThat(suggestions().stream().filter(s -> s.label().equals("place")).count()).isEqualTo(places);
    }

    @Test
    void shiftEnterAcceptsEverySuggestionOfTheLabelAtTheCaretAsOneUndo() throws Exception {
        awaitSuggestions();
        SpanSuggestion place = suggestions().stream().filter(s -> s.label().equals("place")).findFirst().orElseThrow();
        long places = suggestions().stream().filter(s -> s.label().equals("place")).count();
        interact(() -> {
            area().requestFocus();
            area().moveTo(place.range().start() + 1);
        });

        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedSpans()).hasSize((int) places).allMatch(s -> s.startsWith("place@"));
        assertThat(suggestions()).noneMatch(s -> s.label().equals("place"));
        shortcut(KeyCode.Z);
        assertThat(storedSpans()).isEmpty();
    }

    @Test
    void theToggleHidesThemAndTheKeysThenDoNothing() throws Exception {
        awaitSuggestions();
        SpanSuggestion first = suggestions().get(0);
        caretAtStart();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(outlined()).isEmpty();
        interact(() -> area().selectRange(first.range().start(), first.range().end()));
        keys(KeyCode.ENTER);
        assertThat(storedSpans()).isEmpty();
        assertThat(onFx(() -> window.model().session().map(DocumentSession::spans).orElseThrow())).isEmpty();
    }
}
