package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsmark.model.Label;
import org.newsmark.model.TextRange;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another client renames a label and adds one while the window is open: without the analyst doing
 * anything the label bar shows the new names, the open article's spans carry the new name, the new
 * label tags, and the undo history is still there.
 */
class ForeignSchemeUiTest extends SeedWindowTest {

    private static final long PATIENCE_SECONDS = 10;

    private TextRange range(String phrase) {
        int start = text().indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        return new TextRange(start, start + phrase.length());
    }

    private boolean barHas(String label) {
        return onFx(() -> lookup("#label-" + label).tryQuery().isPresent());
    }

    @EngineTest
    void aLabelRenamedOrAddedByAnotherClientShowsWithoutUserAction() throws Exception {
        window.listening().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        TextRange korea = range("South Korea");
        onFx(() -> {
            window.model().apply("place", korea);
            return null;
        });
        workspace.awaitCommits();
        assertThat(barHas("place")).isTrue();

        try (Store other = database.open()) {
            Label place = other.labels().byName("place").orElseThrow();
            other.labels().update(place.withName("location"), "ana", other.labels().version(place.id()).number());
            other.labels().insert(Label.of("organisation", "#abcdef", "", 9));
        }

        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> barHas("location") && barHas("organisation"));
        assertThat(barHas("place")).as("the old name is gone from the bar").isFalse();
        String located = "location@" + korea.start() + "-" + korea.end();
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> onFx(this::shownSpans).equals(List.of(located)));

        TextRange nato = range("NATO");
        onFx(() -> {
            window.model().apply("organisation", nato);
            return null;
        });
        assertThat(storedSpans()).as("the added label tags").containsExactly(located, "organisation@" + nato.start() + "-" + nato.end());
        onFx(() -> {
            area().requestFocus();
            return null;
        });
        shortcut(javafx.scene.input.KeyCode.Z);
        shortcut(javafx.scene.input.KeyCode.Z);
        assertThat(storedSpans()).as("the undo history survived the re-read").isEmpty();
    }
}
