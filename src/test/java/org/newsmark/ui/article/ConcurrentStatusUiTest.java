package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.model.DocumentStatus;
import org.newsmark.store.Store;
import org.newsmark.store.Version;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/**
 * Another client changes the status of the document the window shows; the analyst then marks it
 * done from the keyboard: the window says who changed it to what and when, stores nothing of the
 * analyst's change, and shows the other client's status.
 */
class ConcurrentStatusUiTest extends SeedWindowTest {

    @EngineTest
    void aStatusSetAfterAnotherClientsChangeIsRefusedAndTheirsShows() throws Exception {
        assertThat(onFx(() -> window.model().statusProperty().get())).isEqualTo(DocumentStatus.NEW);
        Version theirs;
        long id;
        try (Store other = database.open()) {
            id = other.documents().ids(Optional.empty()).get(0);
            theirs = other.documents().setStatus(id, DocumentStatus.IN_PROGRESS, "Ana",
                    other.documents().statusVersion(id).number());
        }

        shortcut(KeyCode.ENTER); // Navigate → Mark done and open the next document
        String expected = "Ana changed the status of 'yoon-rutte-nato-call' to in-progress at "
                + DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(theirs.changed()).atZone(ZoneId.systemDefault()))
                + "; your change was not stored. The view now shows theirs.";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> window.model().messageProperty().get()).startsWith("Ana changed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(expected);
        assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).isEqualTo(expected);
        assertThat(onFx(() -> window.model().statusProperty().get())).isEqualTo(DocumentStatus.IN_PROGRESS);
        assertThat(lookup("#status-in-progress").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(onFx(() -> window.model().session().orElseThrow().nextUndo())).as("the refused action").isEmpty();
        try (Store fresh = committed()) {
            assertThat(fresh.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.IN_PROGRESS);
            assertThat(fresh.documents().statusVersion(id)).isEqualTo(theirs);
        }
        type(KeyCode.ENTER); // closes the alert

        clickOn("#status-done"); // now that the analyst has seen it, the change is stored
        try (Store fresh = committed()) {
            assertThat(fresh.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
        }
    }
}
