package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.article.SearchBar;

/** At the default window size nothing an analyst reads is cut to "...", and nothing moves the text under the mouse. */
class LayoutUiTest extends SeedWindowTest {

    /** A labelled control is cut when it got less width than its text needs. */
    private static boolean cut(Labeled labeled) {
        return !labeled.isWrapText() && labeled.getWidth() + 0.5 < labeled.prefWidth(-1);
    }

    @Test
    void theFindBarShowsEveryButtonWholeAndAUsableField() {
        shortcut(KeyCode.F);
        Region bar = lookup("#search-bar").queryAs(Region.class);
        List<Labeled> cut = onFx(() -> bar.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Labeled).map(n -> (Labeled) n).filter(LayoutUiTest::cut).toList());
        assertThat(cut).extracting(Labeled::getText).isEmpty();
        TextField field = lookup("#search-field").queryAs(TextField.class);
        assertThat(field.getWidth()).isGreaterThanOrEqualTo(SearchBar.MIN_FIELD_WIDTH);
        Node last = onFx(() -> bar.getChildrenUnmodifiable().get(bar.getChildrenUnmodifiable().size() - 1));
        assertThat(onFx(() -> last.getBoundsInParent().getMaxX())).isLessThanOrEqualTo(onFx(bar::getWidth));
    }

    @Test
    void openingTheFindBarLeavesThePanesWhereTheyWere() {
        Region articleArea = area();
        Bounds before = onFx(() -> articleArea.localToScene(articleArea.getBoundsInLocal()));
        shortcut(KeyCode.F);
        assertThat(lookup("#search-field").tryQuery()).isPresent();
        Bounds after = onFx(() -> articleArea.localToScene(articleArea.getBoundsInLocal()));
        assertThat(after.getMinX()).as("the article's left edge").isEqualTo(before.getMinX());
        assertThat(after.getWidth()).as("the article's width").isEqualTo(before.getWidth());
    }

    @Test
    void theShortcutSheetCutsNoKeyAndNoDescription() throws Exception {
        keys(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> lookup("#shortcut-sheet").tryQuery().isPresent());
        Region sheet = lookup("#shortcut-sheet").queryAs(Region.class);
        List<Labeled> labels = onFx(() -> sheet.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Labeled).map(n -> (Labeled) n).toList());
        assertThat(labels).hasSizeGreaterThan(40);
        assertThat(onFx(() -> labels.stream().filter(LayoutUiTest::cut).map(Labeled::getText).toList())).isEmpty();
        assertThat(onFx(() -> labels.stream().filter(l -> l.isWrapText() && l.getHeight() + 0.5 < l.prefHeight(l.getWidth()))
                .map(Labeled::getText).toList())).as("wrapped descriptions get the height of all their lines").isEmpty();
        javafx.scene.control.DialogPane pane = onFx(() -> (javafx.scene.control.DialogPane) sheet.getScene().lookup(".dialog-pane"));
        assertThat(onFx(pane::getWidth)).as("wider than the theme's 600 px cap on dialogs").isGreaterThan(600);
        assertThat(onFx(pane::getGraphic)).as("no message icon on a reference sheet").isNull();
        keys(KeyCode.ESCAPE);
    }

    @Test
    void theSpanTableShowsAPositionPastOneThousandWhole() {
        selectWithKeys("National Intelligence Service");
        keys(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> cells = onFx(() -> {
            table().applyCss();
            table().layout();
            return table().lookupAll(".table-cell").stream().filter(n -> n instanceof Labeled).map(n -> (Labeled) n)
                    .filter(c -> c.getText() != null && c.getText().matches("\\d{4}–\\d{4}")).toList();
        });
        assertThat(cells).as("the new span's position cell").isNotEmpty();
        // what the cell draws: a cut text ends in "…"
        assertThat(onFx(() -> cells.stream().map(c -> ((javafx.scene.text.Text) c.lookup(".text")).getText()).toList()))
                .containsExactlyElementsOf(onFx(() -> cells.stream().map(Labeled::getText).toList()));
    }

    @Test
    void theSpanTableGivesAQuotesTextMoreRoomThanItsSpeakerAndShowsTheSpeakerWhole() {
        selectWithKeys("Yoon Suk Yeol");
        keys(KeyCode.DIGIT1);
        selectWithKeys("once again confirm that the security of the Indo-Pacific region");
        keys(KeyCode.DIGIT2);
        keys(KeyCode.A, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> widths = onFx(() -> {
            table().applyCss();
            table().layout();
            return table().getColumns().stream().map(c -> c.getWidth()).toList();
        });
        List<String> headings = onFx(() -> table().getColumns().stream().map(c -> c.getText()).toList());
        double text = widths.get(headings.indexOf("Text"));
        double speaker = widths.get(headings.indexOf("Speaker"));
        // the quote's text was cut to "once again c…" in 116 px beside a 156 px column holding "Yoon Suk Yeol"
        assertThat(text).as("the Text column (Speaker: %s px)", speaker).isGreaterThan(speaker * 1.3);
        List<Labeled> speakers = onFx(() -> table().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof Labeled l && "Yoon Suk Yeol".equals(l.getText())).map(n -> (Labeled) n).toList());
        assertThat(speakers).as("the speaker cells naming Yoon").hasSize(2);
        assertThat(onFx(() -> speakers.stream().map(c -> ((javafx.scene.text.Text) c.lookup(".text")).getText()).toList()))
                .as("the speaker shown whole").containsOnly("Yoon Suk Yeol");
    }

    /** Stepping through the list, the article starts at the same height whatever the length of its headline. */
    @Test
    void theArticleStaysWhereItWasWhenTheNextHeadlineIsLongerOrShorter() {
        long oneLine = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-short", "Rain in Busan\nIt rained.")).id();
        long twoLines = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-two",
                "Cairo summit denounces Turkish-Libyan maritime border agreement\nThe summit met.")).id();
        long longer = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-long",
                "South Korea's President Yoon Suk Yeol and the chief of the North Atlantic Treaty Organization (NATO) "
                        + "Mark Rutte shared concerns over North Korea's preparations to send troops to Russia\nThey spoke.")).id();
        interact(() -> window.model().reloadDocuments());
        List<Double> tops = new java.util.ArrayList<>();
        for (long id : List.of(oneLine, twoLines, longer)) {
            interact(() -> window.model().open(id));
            shown();
            tops.add(onFx(() -> {
                area().getScene().getRoot().applyCss();
                area().getScene().getRoot().layout();
                return area().localToScene(area().getBoundsInLocal()).getMinY();
            }));
        }
        // one line, two lines and two lines cut with "…" put the text at three heights, 8 to 14 px apart
        assertThat(tops).as("the article's top edge for a headline of one line, two, and more").containsOnly(tops.get(0));
    }

    /** In a small window (1024 × 700) the three panes share the width: the spans pane is not squeezed to a sliver. */
    @Test
    void aSmallWindowKeepsTheSpansPaneUsableAndTheFindBarWhole() throws Exception {
        javafx.stage.Window stage = onFx(() -> area().getScene().getWindow());
        double width = onFx(stage::getWidth);
        double height = onFx(stage::getHeight);
        closeWindow();
        java.nio.file.Files.createDirectories(preferencesFile().getParent());
        java.nio.file.Files.writeString(preferencesFile(), "window.bounds=0,0,1024,700\n");
        startWindow();
        try {
            inASmallWindow();
        } finally {
            // the tests share one stage: the next one opens at the size it had before
            interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    private void inASmallWindow() {
        Region right = lookup("#right-tabs").queryAs(Region.class);
        javafx.scene.control.SplitPane split = onFx(() -> (javafx.scene.control.SplitPane) right.getParent().getParent());
        onFx(() -> {
            split.getScene().getRoot().applyCss();
            split.getScene().getRoot().layout();
            return null;
        });
        assertThat(onFx(() -> split.getScene().getWidth())).isEqualTo(1024);
        assertThat(onFx(split::getWidth)).as("the panes fit in the window").isLessThanOrEqualTo(1024);
        // it was 131 px: its table showed "Label" and "Te", and the Quotes tab went into an overflow menu
        assertThat(onFx(right::getWidth)).as("the spans pane").isGreaterThanOrEqualTo(MainWindow.RIGHT_MIN_WIDTH);
        List<String> headings = onFx(() -> table().getVisibleLeafColumns().stream().map(c -> c.getText()).toList());
        assertThat(headings).as("the columns an analyst reads").contains("Label", "Text", "Speaker");
        assertThat(onFx(() -> table().lookupAll(".column-header .label").stream().filter(Node::isVisible)
                .map(l -> ((javafx.scene.text.Text) l.lookup(".text")).getText()).toList()))
                .as("every heading of the span table whole").containsExactlyElementsOf(headings);
        assertThat(onFx(() -> table().getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum()))
                .as("the columns fit in the table: none pushed out to the right").isLessThanOrEqualTo(onFx(table()::getWidth));
        assertThat(onFx(() -> table().getVisibleLeafColumns().get(headings.indexOf("Text")).getWidth())).as("the Text column")
                .isGreaterThanOrEqualTo(60);
        Node documents = lookup("#documents").query();
        List<Labeled> rowParts = onFx(() -> java.util.stream.Stream.concat(documents.lookupAll(".status-badge").stream(),
                        documents.lookupAll(".doc-count").stream())
                .map(n -> (Labeled) n).filter(l -> l.getText() != null && !l.getText().isEmpty()).toList());
        assertThat(rowParts).as("the document rows' statuses and counts").isNotEmpty();
        assertThat(onFx(() -> rowParts.stream().filter(LayoutUiTest::cut).map(Labeled::getText).toList()))
                .as("statuses and counts whole").isEmpty();

        shortcut(KeyCode.F);
        Region bar = lookup("#search-bar").queryAs(Region.class);
        List<Labeled> cut = onFx(() -> bar.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Labeled).map(n -> (Labeled) n).filter(LayoutUiTest::cut).toList());
        assertThat(cut).extracting(Labeled::getText).isEmpty();
        Node last = onFx(() -> bar.getChildrenUnmodifiable().get(bar.getChildrenUnmodifiable().size() - 1));
        assertThat(onFx(() -> last.getBoundsInParent().getMaxX())).as("the find bar's close button inside it")
                .isLessThanOrEqualTo(onFx(bar::getWidth));
        assertThat(lookup("#search-field").queryAs(TextField.class).getWidth()).isGreaterThanOrEqualTo(SearchBar.MIN_FIELD_WIDTH);
    }

    @Test
    void blankLinesBetweenParagraphsOpenNoLargeGap() {
        long plain = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-plain", "First paragraph.\nSecond paragraph.")).id();
        long blanks = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-blanks", "First paragraph.\n\n\nSecond paragraph.")).id();
        interact(() -> window.model().reloadDocuments());

        interact(() -> window.model().open(plain));
        double single = gapBetweenFirstLetters();
        interact(() -> window.model().open(blanks));
        double withBlankLines = gapBetweenFirstLetters();

        assertThat(withBlankLines).as("two blank lines add at most a few pixels to a paragraph break of %s px", single)
                .isLessThanOrEqualTo(single + 8);
    }

    private double gapBetweenFirstLetters() {
        WaitForAsyncUtils.waitForFxEvents();
        int second = text().indexOf("Second");
        return onFx(() -> area().getCharacterBoundsOnScreen(second, second + 1).orElseThrow().getMinY()
                - area().getCharacterBoundsOnScreen(0, 1).orElseThrow().getMinY());
    }

    @Test
    void theAttributionBarFloatsOverTheArticleWithoutMovingItsText() {
        selectWithKeys("Yoon said");
        selectWithKeys("Yoon");
        keys(KeyCode.DIGIT1);
        selectWithKeys("once again confirm");
        keys(KeyCode.DIGIT2);
        int word = text().indexOf("military alignment");
        Bounds before = onFx(() -> area().getCharacterBoundsOnScreen(word, word + 1).orElseThrow());

        keys(KeyCode.A);
        assertThat(lookup("#attribution-bar").query().isVisible()).isTrue();

        Bounds after = onFx(() -> area().getCharacterBoundsOnScreen(word, word + 1).orElseThrow());
        assertThat(after.getMinY()).as("the text under the mouse stays where it was").isEqualTo(before.getMinY());
        keys(KeyCode.ESCAPE);
    }

    @Test
    void anEmptyDocumentListSaysWhyItIsEmpty() {
        clickOn("#document-filter").write("no such article");
        assertThat(placeholderText()).isEqualTo(DocumentListView.NO_MATCH);
        assertThat(lookup("#documents-placeholder").query().isVisible()).isTrue();

        clickOn("#document-filter").eraseText("no such article".length());
        java.util.List<Long> ids = onFx(() -> window.model().visibleDocuments().stream().map(d -> d.id()).toList());
        ids.forEach(id -> WorkspaceStore.of(workspace).documents().delete(id));
        interact(() -> window.model().reloadDocuments());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholderText()).isEqualTo(DocumentListView.NO_DOCUMENTS);
    }

    private String placeholderText() {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> lookup("#documents-placeholder").queryAs(javafx.scene.control.Label.class).getText());
    }
}
