package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.store.Store;
import org.reactfx.Subscription;
import org.newsmark.ui.shell.SeedWindowTest;

/**
 * Opening puts the article into the area in one change (text, blank lines, the top screen's styles),
 * and nothing of the article shown before carries over into the next one.
 */
class ArticleOpeningUiTest extends SeedWindowTest {

    /** Starts with a blank line and a tagged word: what the area would carry over at offset 0. */
    private long startsBlank;
    /** Two blank lines between its paragraphs, none at the start. */
    private long plain;
    /** Far longer than the screen. */
    private long longer;

    @BeforeEach
    void twoArticles() throws Exception {
        closeWindow();
        try (Workspace setup = Workspace.open(db)) {
            Store store = WorkspaceStore.of(setup);
            startsBlank = store.documents().insert(Document.of("starts-blank", "\nLisbon is where Ana Silva spoke.\n\nShe said so.")).id();
            plain = store.documents().insert(Document.of("plain", "Ana Silva spoke in Lisbon.\n\n\nThe minister agreed.\nThe end.")).id();
            longer = store.documents().insert(Document.of("longer",
                    "The minister agreed with the mayor of Lisbon on Tuesday.\n\n".repeat(120))).id();
        }
        startWindow();
    }

    private void open(long id) {
        interact(() -> window.model().open(id));
        shown();
    }

    @Test
    void blankLinesCollapseAndNothingCarriesOverFromTheArticleBefore() {
        open(startsBlank);
        interact(() -> window.model().apply("place", new org.newsmark.model.TextRange(1, 7)));
        assertThat(onFx(() -> area().getParagraph(0).getParagraphStyle())).isEqualTo(ArticleView.BLANK_PARAGRAPH);

        open(plain);
        List<Collection<String>> paragraphStyles = onFx(() -> area().getParagraphs().stream()
                .map(p -> (Collection<String>) p.getParagraphStyle()).toList());
        assertThat(paragraphStyles).containsExactly(List.of(), List.of("blank"), List.of("blank"), List.of(), List.of());
        assertThat(onFx(() -> area().getStyleAtPosition(3))).doesNotContain("tagged");
        assertThat(onFx(() -> area().getText())).isEqualTo("Ana Silva spoke in Lisbon.\n\n\nThe minister agreed.\nThe end.");
    }

    /** An article not laid out ahead (the window keeps a few, hidden) is laid out in one change of an area. */
    @Test
    void openingIsOneChangeOfTheArea() {
        open(plain);
        interact(() -> window.article().forgetHidden());
        List<Object> changes = new ArrayList<>();
        List<Subscription> watching = onFx(() -> window.article().areas().stream()
                .map(a -> a.richChanges().subscribe(changes::add)).toList());
        open(startsBlank);
        interact(() -> watching.forEach(Subscription::unsubscribe));
        assertThat(changes).as("changes of the area's document while opening").hasSize(1);
        assertThat(onFx(() -> area().getParagraph(0).getParagraphStyle())).isEqualTo(ArticleView.BLANK_PARAGRAPH);
        assertThat(onFx(() -> area().getParagraph(1).getParagraphStyle())).isEqualTo(List.of());
    }

    /**
     * The article keeps its width whether the text fits the screen or not: a scroll bar that came and
     * went made every open wrap and lay out the paragraphs on screen twice.
     */
    @Test
    void openingKeepsTheTextWidth() {
        open(plain);
        List<Number> widths = new ArrayList<>();
        javafx.beans.value.ChangeListener<Number> watch = (o, before, now) -> widths.add(now);
        interact(() -> window.article().areas().forEach(a -> a.widthProperty().addListener(watch)));
        open(longer);
        open(plain);
        open(longer);
        interact(() -> window.article().areas().forEach(a -> a.widthProperty().removeListener(watch)));
        assertThat(widths).as("widths the article area took while opening").isEmpty();
    }
}
