package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Document;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanSuggestion;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/** Faults an analyst met in the article view, each driven with keys and the mouse as they met it. */
class ArticleFaultsUiTest extends SeedWindowTest {

    private String status() {
        return onFx(() -> window.model().messageProperty().get());
    }

    /** A double click in the blank after a paragraph's last line selects its full stop: a label key tags nothing there. */
    @Test
    void aLabelKeyOnPunctuationAloneTagsNothingAndSaysSo() {
        selectWithKeys(".");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo(".");
        keys(KeyCode.DIGIT4);
        assertThat(status()).isEqualTo("“.” has no word or number in it: nothing tagged");
        assertThat(shownSpans()).isEmpty();
        assertThat(storedSpans()).isEmpty();
    }

    @Test
    void aOnASpeakerSaysOnlyQuotesCanBeAttributedAndLinksNothing() {
        selectWithKeys("Mark Rutte");
        keys(KeyCode.DIGIT1);
        selectWithKeys("Yoon");
        keys(KeyCode.DIGIT1);

        keys(KeyCode.A);

        assertThat(lookup("#attribution-bar").query().isVisible()).isFalse();
        assertThat(status()).contains("Only a quote");
        keys(KeyCode.DIGIT1);
        assertThat(storedRelations()).isEmpty();
        assertThat(storedSpans()).hasSize(2);
    }

    @Test
    void relabellingALinkedSpeakerAsAPlaceRemovesItsLinkAndSaysSo() {
        selectWithKeys("Yoon");
        keys(KeyCode.DIGIT1);
        int yoon = area().getSelection().getStart();
        selectWithKeys("once again confirm");
        keys(KeyCode.DIGIT2);
        keys(KeyCode.A, KeyCode.DIGIT1);
        assertThat(storedRelations()).hasSize(1);

        interact(() -> area().selectRange(yoon, yoon + "Yoon".length()));
        keys(KeyCode.DIGIT4);
        assertThat(storedSpans()).contains("place@" + yoon + "-" + (yoon + 4));

        assertThat(storedRelations()).as("no quote is said by a place").isEmpty();
        assertThat(status()).contains("and unlink its quote");
        shortcut(KeyCode.Z);
        assertThat(storedRelations()).as("one undo gives the speaker and its link back").hasSize(1);
    }

    @Test
    void undoAndRedoSelectAndShowWhatTheyChanged() {
        selectWithKeys("12,000");
        keys(KeyCode.DIGIT3);
        int figure = text().indexOf("12,000");
        selectWithKeys("Moscow");
        keys(KeyCode.DIGIT4);
        interact(() -> {
            area().moveTo(0);
            area().showParagraphAtTop(0);
        });
        keys(KeyCode.ESCAPE);

        shortcut(KeyCode.Z); // takes the place away
        assertThat(onFx(() -> window.model().selectedSpan())).as("a removed span leaves nothing selected").isEmpty();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.model().selectedSpan().map(s -> s.textIn(text())).orElse("none"))).isEqualTo("Moscow");

        shortcut(KeyCode.Z);
        shortcut(KeyCode.Z); // takes the figure away, far below the top of the article
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(figure);
        assertThat(onFx(() -> area().getCharacterBoundsOnScreen(figure, figure + 1)))
                .as("the place of the undone figure is on screen").isPresent();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.model().selectedSpan().map(s -> s.textIn(text())).orElse("none"))).isEqualTo("12,000");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("12,000");
    }

    @Test
    void inAnArticleWithWindowsAndOldMacLineBreaksATagLandsOnTheTextSelected() {
        String stored = "Lee said yes.\r\nKim said no.\rPark agreed in Busan.\r\n";
        long id = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-crlf", stored)).id();
        interact(() -> {
            window.model().reloadDocuments();
            window.model().open(id);
        });
        assertThat(text()).hasSameSizeAs(stored);
        int busan = stored.indexOf("Busan");

        interact(() -> area().selectRange(busan, busan + "Busan".length()));
        keys(KeyCode.DIGIT4);

        try (org.newsmark.store.Store fresh = committed()) {
            assertThat(fresh.spans().forDocument(id)).singleElement()
                    .satisfies(s -> assertThat(s.textIn(stored)).isEqualTo("Busan"));
        }
        assertThat(classesAt(busan)).contains("tagged");
        assertThat(classesAt(busan - 2)).doesNotContain("tagged");
    }

    @Test
    void openingAnArticleLeavesItNewUntilTheFirstChange() {
        long id = onFx(() -> window.model().session().orElseThrow().document().id());
        assertThat(statusInTheFile(id)).isEqualTo(org.newsmark.model.DocumentStatus.NEW);

        selectWithKeys("Moscow");
        keys(KeyCode.DIGIT4);

        assertThat(statusInTheFile(id)).isEqualTo(org.newsmark.model.DocumentStatus.IN_PROGRESS);
    }

    private org.newsmark.model.DocumentStatus statusInTheFile(long id) {
        try (org.newsmark.store.Store fresh = committed()) {
            return fresh.documents().find(id).orElseThrow().status();
        }
    }

    @Test
    void escapeLeavesNoOfferedSpeakerEmphasised() {
        selectWithKeys("Yoon said");
        int yoon = text().indexOf("Yoon said");
        selectWithKeys("Yoon");
        keys(KeyCode.DIGIT1);
        int speaker = area().getSelection().getStart();
        selectWithKeys("once again confirm");
        keys(KeyCode.DIGIT2);
        keys(KeyCode.A);
        assertThat(lookup("#attribution-bar").query().isVisible()).isTrue();
        assertThat(emphasisedAt(speaker)).isTrue();

        keys(KeyCode.ESCAPE);

        assertThat(lookup("#attribution-bar").query().isVisible()).isFalse();
        assertThat(emphasisedAt(speaker)).isFalse();
        assertThat(yoon).isNotNegative();
    }

    @Test
    void aHandTaggedPlaceWithdrawsTheSuggestionItNearlyMatches() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestions().isEmpty());
        int at = text().indexOf("Russia, which");
        TextRange bare = new TextRange(at, at + "Russia".length());
        assertThat(suggestions()).anyMatch(s -> s.label().equals("place") && s.range().equals(bare));

        selectWithKeys("Russia,");
        keys(KeyCode.DIGIT4);
        assertThat(storedSpans()).containsExactly("place@" + at + "-" + (at + "Russia,".length()));

        assertThat(suggestions()).noneMatch(s -> s.label().equals("place") && s.range().overlaps(bare));
        assertThat(outlined()).noneMatch(r -> r.overlaps(bare));
        // and the suggestions computed afresh after the edit agree
        long before = onFx(() -> (long) suggestions().size());
        interact(() -> window.suggestions().refresh());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> (long) suggestions().size()) != 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestions()).noneMatch(s -> s.label().equals("place") && s.range().overlaps(bare));
        assertThat(before).isPositive();
    }

    @Test
    void aSuggestedQuoteIsOneDashedOutlineAroundItsTextEvenWithPlacesInside() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestions().isEmpty());
        SpanSuggestion quote = suggestions().stream().filter(s -> s.label().equals("quote"))
                .filter(q -> suggestions().stream().anyMatch(p -> p.label().equals("place") && q.range().contains(p.range())))
                .findFirst().orElseThrow();
        interact(() -> area().showParagraphAtTop(area().offsetToPosition(quote.range().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        assertThat(outlined()).contains(quote.range());

        org.newsmark.ui.article.highlight.Proposal outline = new org.newsmark.ui.article.highlight.Proposal(quote.range(), "quote");
        List<javafx.geometry.Bounds> boxes = onFx(() -> window.outlines().boxesOf(outline));
        long lines = onFx(() -> java.util.stream.IntStream.range(quote.range().start(), quote.range().end())
                .mapToObj(i -> area().getCharacterBoundsOnScreen(i, i + 1).orElseThrow().getMinY())
                .map(y -> Math.round(y / 4)).distinct().count());
        assertThat(boxes).as("one box per line of the quote, not one per piece between the places inside it")
                .hasSize((int) lines);
        assertThat(onFx(() -> window.outlines().strokes())).isNotEmpty()
                .allSatisfy(s -> assertThat(s.dashes()).as("dashed, as the README says").isNotEmpty());
        // and painted so: along the top edge of the quote's first line, painted runs alternate with gaps
        javafx.geometry.Bounds top = boxes.get(0);
        int runs = onFx(() -> {
            javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
            transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
            javafx.scene.image.WritableImage shot = window.outlines().snapshot(transparent, null);
            // the snapshot covers the overlay's bounds in its parent
            javafx.geometry.Bounds image = window.outlines().getBoundsInParent();
            javafx.geometry.Bounds edge = window.outlines().localToParent(top);
            int most = 0;
            for (int y = (int) (edge.getMinY() - image.getMinY()) - 2; y <= edge.getMinY() - image.getMinY() + 2; y++) {
                int count = 0;
                boolean painted = false;
                for (int x = (int) Math.ceil(edge.getMinX() - image.getMinX()) + 2; x < edge.getMaxX() - image.getMinX() - 2; x++) {
                    boolean now = y >= 0 && y < shot.getHeight() && x >= 0 && x < shot.getWidth()
                            && shot.getPixelReader().getColor(x, y).getOpacity() > 0.3;
                    count += now && !painted ? 1 : 0;
                    painted = now;
                }
                most = Math.max(most, count);
            }
            return most;
        });
        assertThat(runs).as("dashes along the top edge of %s", top).isGreaterThanOrEqualTo(3);
        javafx.geometry.Bounds first = onFx(() -> window.outlines().screenToLocal(
                area().getCharacterBoundsOnScreen(quote.range().start(), quote.range().start() + 1).orElseThrow()));
        javafx.geometry.Bounds last = onFx(() -> window.outlines().screenToLocal(
                area().getCharacterBoundsOnScreen(quote.range().end() - 1, quote.range().end()).orElseThrow()));
        assertThat(boxes.get(0).contains(first.getCenterX(), first.getCenterY())).as("%s holds the first letter %s", boxes.get(0), first).isTrue();
        assertThat(boxes.get(boxes.size() - 1).contains(last.getCenterX(), last.getCenterY()))
                .as("%s holds the last letter %s", boxes.get(boxes.size() - 1), last).isTrue();
    }

    @Test
    void anOutlineInsideAnotherIsDrawnWithinItNotAlongItsEdges() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestions().isEmpty());
        SpanSuggestion quote = suggestions().stream().filter(s -> s.label().equals("quote"))
                .filter(q -> suggestions().stream().anyMatch(p -> p.label().equals("place") && q.range().contains(p.range())))
                .findFirst().orElseThrow();
        SpanSuggestion place = suggestions().stream()
                .filter(p -> p.label().equals("place") && quote.range().contains(p.range())).findFirst().orElseThrow();
        interact(() -> area().showParagraphAtTop(area().offsetToPosition(quote.range().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        List<javafx.geometry.Bounds> quoteBoxes = onFx(() -> window.outlines().boxesOf(
                new org.newsmark.ui.article.highlight.Proposal(quote.range(), "quote")));
        List<javafx.geometry.Bounds> placeBoxes = onFx(() -> window.outlines().boxesOf(
                new org.newsmark.ui.article.highlight.Proposal(place.range(), "place")));

        assertThat(placeBoxes).isNotEmpty();
        for (javafx.geometry.Bounds inner : placeBoxes) {
            javafx.geometry.Bounds outer = quoteBoxes.stream()
                    .filter(b -> b.intersects(inner)).findFirst().orElseThrow();
            // the dashes of two outlines on one edge fill each other's gaps and read as a solid line
            assertThat(inner.getMinY()).as("%s below the top of %s", inner, outer).isGreaterThan(outer.getMinY() + 1);
            assertThat(inner.getMaxY()).as("%s above the bottom of %s", inner, outer).isLessThan(outer.getMaxY() - 1);
        }
    }

    @Test
    void theThemeIsSavedTheMomentItChangesBesideTheOtherConfiguration() throws Exception {
        assertThat(UserPreferences.at(preferencesFile()).getBoolean("theme.dark", false)).isFalse();

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // read back while the window is still open, as a kill at this moment would leave it
        assertThat(Files.readString(preferencesFile())).contains("theme.dark=true");
        assertThat(UserPreferences.at(preferencesFile()).getBoolean("theme.dark", false)).isTrue();
        try (var files = Files.list(preferencesFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("preferences.properties");
        }
    }

    @Test
    void darkModeDrawsTheLabelsInColoursLightenedToReadOnTheDarkPageAndLightModeInTheirOwn() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestions().isEmpty());
        org.newsmark.model.Label speaker = onFx(() -> window.model().labels().stream()
                .filter(l -> l.name().equals("speaker")).findFirst().orElseThrow());
        assertThat(speaker.color()).isEqualTo("#0072B2");
        assertThat(chipColour("speaker")).as("light mode: the label's own colour").isEqualTo(javafx.scene.paint.Color.web("#0072B2"));
        assertThat(outlineColours()).contains(javafx.scene.paint.Color.web("#0072B2"));

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // the speaker's blue stood at 3.6:1 on the dark page; lightened in its hue it reads as text
        String dark = org.newsmark.ui.LabelColours.onDark("#0072B2");
        assertThat(org.newsmark.ui.LabelColours.contrast(dark, org.newsmark.ui.LabelColours.DARK_PAGE)).isGreaterThanOrEqualTo(4.5);
        assertThat(chipColour("speaker")).as("the tag bar's dot").isEqualTo(javafx.scene.paint.Color.web(dark));
        List<javafx.scene.paint.Paint> drawn = onFx(() -> window.model().labels().stream()
                .map(l -> (javafx.scene.paint.Paint) javafx.scene.paint.Color.web(org.newsmark.ui.LabelColours.onDark(l.color())))
                .toList());
        assertThat(outlineColours()).as("the suggestions' outlines").contains(javafx.scene.paint.Color.web(dark))
                .allSatisfy(c -> assertThat(drawn).contains(c));

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chipColour("speaker")).as("light mode as it was").isEqualTo(javafx.scene.paint.Color.web("#0072B2"));
        assertThat(outlineColours()).contains(javafx.scene.paint.Color.web("#0072B2"));
    }

    /** The fill of a label's dot in the tag bar. */
    private javafx.scene.paint.Paint chipColour(String label) {
        return onFx(() -> {
            javafx.scene.Parent bar = (javafx.scene.Parent) lookup("#label-bar").query();
            bar.applyCss();
            javafx.scene.layout.Region chip = (javafx.scene.layout.Region) lookup("#label-" + label).lookup(".chip").query();
            return chip.getBackground().getFills().get(0).getFill();
        });
    }

    /** The colours of the suggestions' outlines on screen. */
    private List<javafx.scene.paint.Paint> outlineColours() {
        return onFx(() -> {
            area().getScene().getRoot().applyCss();
            area().getScene().getRoot().layout();
            return window.outlines().strokes().stream().map(org.newsmark.ui.article.highlight.OutlineOverlay.Stroke::paint)
                    .distinct().toList();
        });
    }

    @Test
    void steppingPastTheFirstOrLastDocumentStaysPutAndSaysSo() {
        long seed = onFx(() -> window.model().session().orElseThrow().document().id());
        long second = WorkspaceStore.of(workspace).documents().insert(Document.of("zz-second", "Kim said yes in Busan.")).id();
        interact(() -> window.model().reloadDocuments());

        shortcut(KeyCode.PAGE_UP);
        assertThat(openDocument()).isEqualTo(seed);
        assertThat(status()).contains("first document");

        shortcut(KeyCode.PAGE_DOWN);
        assertThat(openDocument()).isEqualTo(second);
        shortcut(KeyCode.PAGE_DOWN);
        assertThat(openDocument()).as("no wrap to the first").isEqualTo(second);
        assertThat(status()).contains("last document");
    }

    private long openDocument() {
        return onFx(() -> window.model().session().orElseThrow().document().id());
    }

    private List<SpanSuggestion> suggestions() {
        return onFx(() -> window.suggestions().currentProperty().get());
    }
}
