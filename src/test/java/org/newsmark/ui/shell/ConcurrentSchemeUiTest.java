package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.store.Store;
import org.newsmark.store.Version;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The label scheme dialog is open when another client renames a label; the analyst's rename of the
 * label as the dialog showed it is refused with who renamed it to what and when, and the dialog shows
 * the other client's name.
 */
class ConcurrentSchemeUiTest extends SeedWindowTest {

    private void writerDone() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        runner.writer().submit(() -> { }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A name typed and left with Tab is stored as Enter stores it (it was dropped: the dialog closed on the old name). */
    @Test
    void aRenameLeftWithTabIsStored() throws Exception {
        clickOn("Edit").clickOn("Label scheme…");
        writerDone();
        clickOn("#label-name-figure");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("number");
        keys(KeyCode.TAB);
        writerDone();

        assertThat(lookup("#label-name-number").tryQuery()).isPresent();
        assertThat(lookup("#label-scheme-problem").queryAs(Label.class).getText()).isEmpty();
        try (Store fresh = committed()) {
            assertThat(fresh.labels().byName("number")).isPresent();
            assertThat(fresh.labels().byName("figure")).isEmpty();
        }
        clickOn("Close");
    }

    @Test
    void aRenameAfterAnotherClientsIsRefusedAndTheirNameShows() throws Exception {
        clickOn("Edit").clickOn("Label scheme…");
        writerDone();
        Version theirs;
        long placeId;
        try (Store other = Store.open(db)) {
            var place = other.labels().byName("place").orElseThrow();
            placeId = place.id();
            theirs = other.labels().update(place.withName("location"), "Ana", other.labels().version(place.id()).number());
        }

        clickOn("#label-name-place");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("venue");
        keys(KeyCode.ENTER);
        writerDone();

        assertThat(lookup("#label-scheme-problem").queryAs(Label.class).getText()).isEqualTo(
                "Ana renamed the label 'place' to 'location' at "
                        + DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(theirs.changed()).atZone(ZoneId.systemDefault()))
                        + "; your change was not stored. The view now shows theirs.");
        assertThat(lookup("#label-name-location").tryQuery()).isPresent();
        assertThat(lookup("#label-name-venue").tryQuery()).isEmpty();
        try (Store fresh = committed()) {
            assertThat(fresh.labels().find(placeId).orElseThrow().name()).isEqualTo("location");
        }
        clickOn("Close");
    }
}
