package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.model.Annotator;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;
import org.newsmark.ui.article.highlight.OutlineOverlay;
import org.newsmark.ui.article.highlight.Proposal;
import org.testfx.util.WaitForAsyncUtils;

/** Other annotators' layers drawn beside one's own, and changing whose layer the window edits. */
class LayersUiTest extends SeedWindowTest {

    private String seed;
    private long id;
    private TextRange yoon;
    private TextRange rutte;
    private TextRange korea;

    @BeforeEach
    void twoLayers() throws Exception {
        seed = Files.readString(java.nio.file.Path.of(SEED));
        id = onFx(() -> window.model().session().orElseThrow().document().id());
        yoon = range("Yoon Suk Yeol");
        rutte = range("Mark Rutte");
        korea = range("South Korea");
        try (Workspace ana = Workspace.open(database.location(), new Annotator("ana"))) {
            ana.open(id).tag(yoon, "speaker");
            ana.open(id).tag(korea, "place");
        }
        try (Workspace ben = Workspace.open(database.location(), new Annotator("ben"))) {
            ben.open(id).tag(rutte, "speaker");
        }
    }

    private TextRange range(String phrase) {
        int start = seed.indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        return new TextRange(start, start + phrase.length());
    }

    /** The ranges the layer overlay draws once the window has laid itself out. */
    private List<TextRange> layerOutlines() {
        return onFx(() -> {
            area().getScene().getRoot().applyCss();
            area().getScene().getRoot().layout();
            return window.layerOutlines().drawn().stream().map(Proposal::range).distinct().sorted(
                    java.util.Comparator.comparingInt(TextRange::start)).toList();
        });
    }

    private List<OutlineOverlay.Stroke> layerStrokes() {
        return onFx(() -> window.layerOutlines().strokes());
    }

    private javafx.scene.control.Menu layersMenu() {
        return lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-layers".equals(i.getId()))
                .map(javafx.scene.control.Menu.class::cast).findFirst().orElseThrow();
    }

    private void toggleLayer(String annotator) throws Exception {
        clickOn("View");
        // opening View reads the layers again: the ones made after the document opened appear
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> layersMenu().getItems().stream()
                .anyMatch(i -> ("layer-" + annotator).equals(i.getId()))));
        clickOn("Layers").clickOn("#layer-" + annotator);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @EngineTest
    void aShownLayerIsOutlinedSolidInItsAnnotatorsColourAndHiddenAgain() throws Exception {
        assertThat(layerOutlines()).as("off by default").isEmpty();

        toggleLayer("ana");
        assertThat(layerOutlines()).containsExactlyInAnyOrder(yoon, korea);
        List<OutlineOverlay.Stroke> strokes = layerStrokes();
        assertThat(strokes).isNotEmpty().allSatisfy(p -> assertThat(p.dashes()).as("solid").isEmpty());
        Color ana = (Color) strokes.get(0).paint();

        toggleLayer("ben");
        assertThat(layerOutlines()).containsExactlyInAnyOrder(yoon, korea, rutte);
        assertThat(layerStrokes()).extracting(OutlineOverlay.Stroke::paint).as("a colour per annotator").doesNotHaveDuplicates()
                .contains(ana).allSatisfy(c -> assertThat(window.model().labels())
                        .noneMatch(l -> Color.web(l.color()).equals(c)));
        assertThat(window.outlines().drawn()).as("not drawn as suggestions").noneMatch(p -> p.label().equals("ana"));

        toggleLayer("ana");
        assertThat(layerOutlines()).containsExactly(rutte);

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();   // dark mode: a lighter colour, still solid
        assertThat(UserPreferences.at(preferencesFile()).get("theme.dark")).contains("true");
        Color dark = (Color) layerStrokes().get(0).paint();
        assertThat(dark.getBrightness()).isGreaterThan(0.6);
        assertThat(layerOutlines()).containsExactly(rutte);

        toggleLayer("ben");
        assertThat(layerOutlines()).isEmpty();
    }

    @EngineTest
    void theAnnotatorDialogRefusesBadNamesAndSwitchesTheLayerBeingEdited() throws Exception {
        String before = workspace.annotator().name();
        clickOn("Edit").clickOn("Annotator name…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#annotator-name").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = onFx(() -> (Button) pane.lookupButton(ButtonType.OK));
        clickOn("#annotator-name");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("ana lee");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#annotator-name").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("ana lee");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(lookup("#annotator-problem").queryAs(Label.class).getText()).contains("no spaces");
        assertThat(lookup("#annotator-problem").queryAs(Label.class).getStyleClass()).contains("warning-text");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("gold");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).as("gold is curation's").isTrue();
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("ben");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isFalse();
        // twenty-eighth round: with a good name the line says where to change it, in muted text, instead of standing empty
        assertThat(lookup("#annotator-problem").queryAs(Label.class).getText()).contains("Edit → Annotator name");
        assertThat(lookup("#annotator-problem").queryAs(Label.class).getStyleClass()).contains("muted");
        keys(KeyCode.ENTER);

        assertThat(UserPreferences.at(preferencesFile()).get(UserPreferences.ANNOTATOR)).contains("ben");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() ->
                lookup("#status-message").queryAs(Label.class).getText().contains("Annotating as ben")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> area().getText())).isEqualTo(seed);
        assertThat(table().getItems()).as("ben's layer").extracting(Span::range).containsExactly(rutte);

        selectWithMouse("Yoon Suk Yeol");
        keys(KeyCode.DIGIT1);                 // speaker, in ben's layer
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Store fresh = database.openReadOnly()) {
                return fresh.layers().spans(id).getOrDefault("ben", List.of()).size() == 2;
            }
        });
        try (Store fresh = database.openReadOnly()) {
            assertThat(fresh.layers().spans(id).get("ben")).extracting(Span::range).containsExactly(yoon, rutte);
            assertThat(fresh.layers().spans(id).getOrDefault(before, List.of())).as("the first name's layer").isEmpty();
            assertThat(fresh.layers().spans(id).get("ana")).hasSize(2);
        }
        assertThat(Optional.of(before)).isNotEqualTo(Optional.of("ben"));
    }
}
