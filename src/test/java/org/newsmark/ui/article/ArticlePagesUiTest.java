package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.store.Store;
import org.newsmark.ui.shell.SeedWindowTest;
import org.reactfx.Subscription;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a pause the window lays out the next article in the list, hidden, and keeps the article shown
 * before: stepping to either shows it without building its text again, and it behaves as one opened
 * anew (its text, its highlights, the keys acting on it, the caret at the top).
 */
class ArticlePagesUiTest extends SeedWindowTest {

    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void articles() throws Exception {
        closeWindow();
        try (Workspace setup = Workspace.open(db)) {
            Store store = WorkspaceStore.of(setup);
            ids.add(store.documents().insert(Document.of("a-first", "Ana Silva spoke in Lisbon.\n\nThe minister agreed.")).id());
            ids.add(store.documents().insert(Document.of("b-second", "Rui Costa arrived in Porto on Monday.\n\nHe said it rained.")).id());
            ids.add(store.documents().insert(Document.of("c-scrolled", "The mayor of Braga spoke on Tuesday.\n\n".repeat(2_000))).id());
            ids.add(store.documents().insert(Document.of("d-long", "The mayor of Faro spoke on Monday.\n\n".repeat(8_000))).id());
        }
        startWindow();
    }

    private ArticleView view() {
        return window.article();
    }

    private void open(long id) {
        interact(() -> window.model().open(id));
        shown();
    }

    /** The document Ctrl+PgDn leads to from the open one. */
    private long next() {
        return onFx(() -> Neighbours.of(window.model().visibleDocuments(),
                window.model().session().orElseThrow().document().id()).get(0));
    }

    private void laidOutAhead(long id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> view().laidOutHidden(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long opensReady() {
        return onFx(() -> view().opensReadyAndLaidOut()[0]);
    }

    @Test
    void steppingForwardAndBackShowsArticlesLaidOutAheadWithoutBuildingThemAgain() throws Exception {
        open(ids.get(0));
        long second = next();
        String secondText = onFx(() -> window.model().visibleDocuments().stream().filter(d -> d.id() == second)
                .findFirst().orElseThrow().name());
        laidOutAhead(second);
        List<Object> changes = new ArrayList<>();
        List<Subscription> watching = onFx(() -> view().areas().stream()
                .map(a -> a.richChanges().subscribe(changes::add)).toList());
        long ready = opensReady();

        interact(() -> area().requestFocus());
        shortcut(KeyCode.PAGE_DOWN);
        assertThat(onFx(() -> window.model().session().orElseThrow().document().id())).isEqualTo(second);
        assertThat(onFx(() -> window.model().session().orElseThrow().document().name())).isEqualTo(secondText);
        assertThat(text()).isEqualTo(onFx(() -> window.model().session().orElseThrow().text()));
        assertThat(opensReady()).isEqualTo(ready + 1);
        assertThat(changes).as("changes of any area's text while stepping to an article laid out ahead").isEmpty();
        assertThat(onFx(() -> area().getCaretPosition())).isZero();

        // the keys act on the article now shown
        int word = text().indexOf(text().contains("Porto") ? "Porto" : "Lisbon");
        String untagged = String.join(" ", classesAt(word));
        selectWithKeys(text().substring(word, word + 5));
        keys(KeyCode.DIGIT4);
        assertThat(shownSpans()).hasSize(1);
        List<String> tagged = classesAt(word);
        assertThat(String.join(" ", tagged)).isNotEqualTo(untagged);

        // back to the article shown before: kept laid out, and none of the new tag carried over
        changes.clear();
        shortcut(KeyCode.PAGE_UP);
        assertThat(changes).as("changes of any area's text while stepping back").isEmpty();
        assertThat(onFx(() -> window.model().session().orElseThrow().document().id())).isEqualTo(ids.get(0));
        assertThat(text()).startsWith("Ana Silva");
        assertThat(opensReady()).isEqualTo(ready + 2);
        assertThat(shownSpans()).isEmpty();

        // and forward again: the tag is still drawn
        changes.clear();
        shortcut(KeyCode.PAGE_DOWN);
        assertThat(changes).as("changes of any area's text while stepping forward again").isEmpty();
        assertThat(opensReady()).isEqualTo(ready + 3);
        assertThat(classesAt(word)).isEqualTo(tagged);
        interact(() -> watching.forEach(Subscription::unsubscribe));
    }

    /** A change to an article laid out ahead (another window's tag, a re-read) restyles it while hidden. */
    @Test
    void anArticleLaidOutAheadFollowsChangesMadeWhileHidden() throws Exception {
        open(ids.get(0));
        long second = next();
        laidOutAhead(second);
        org.newsmark.app.DocumentSession hidden = workspace.openSessionIfAny(second).orElseThrow();
        int word = hidden.text().indexOf("Porto");
        interact(() -> hidden.tag(new org.newsmark.model.TextRange(word, word + "Porto".length()), "place"));
        interact(() -> area().requestFocus());
        List<String> untagged = classesAt(0);
        long ready = opensReady();
        shortcut(KeyCode.PAGE_DOWN);
        assertThat(opensReady()).isEqualTo(ready + 1);
        assertThat(classesAt(word)).isNotEqualTo(classesAt(0)).isNotEqualTo(untagged);
    }

    @Test
    void aLongArticleIsLetGoOfOnceHidden() throws Exception {
        long longId = ids.get(3);
        open(longId);
        long after = next();
        open(after);
        // kept at first, for a quick step back; let go of after the pause
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !view().laidOutHidden(longId)));
        open(longId);
        assertThat(text()).startsWith("The mayor of Faro");
        assertThat(onFx(() -> area().getCaretPosition())).isZero();
    }

    @Test
    void anArticleLeftScrolledShowsItsTopWhenSteppedBackTo() throws Exception {
        // the window makes its pages for articles kept hidden at its first pause
        laidOutAhead(next());
        long scrolled = ids.get(2);
        open(scrolled);
        interact(() -> {
            area().moveTo(area().getLength() / 2);
            area().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> area().firstVisibleParToAllParIndex())).isPositive();
        open(next());
        long ready = opensReady();
        open(scrolled);
        assertThat(opensReady()).isEqualTo(ready + 1);
        assertThat(onFx(() -> area().getCaretPosition())).isZero();
        assertThat(onFx(() -> area().firstVisibleParToAllParIndex())).isZero();
    }
}
