package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsmark.store.Store;
import org.testfx.util.WaitForAsyncUtils;
import org.newsmark.ui.shell.SeedWindowTest;

/**
 * The FX thread never waits on the store: with the writer thread held up (as by a long import), a
 * tag shows at once and the status bar says saving; it says saved only once the commit is done.
 */
class BackgroundSavingUiTest extends SeedWindowTest {

    @Test
    void aTagShowsBeforeItIsCommittedAndTheStatusBarSaysSavedOnlyAfterTheCommit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        runner.writer().execute(() -> awaitQuietly(release));
        int moscow = text().indexOf("Moscow");

        selectWithKeys("Moscow");
        keys(KeyCode.DIGIT4);

        assertThat(classesAt(moscow)).contains("tagged");
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Saving: tag “Moscow” as place…");
        try (Store fresh = Store.open(db)) {
            long id = fresh.documents().ids(java.util.Optional.empty()).get(0);
            assertThat(fresh.spans().forDocument(id)).as("not committed while the writer is held up").isEmpty();
        }

        release.countDown();
        assertThat(storedSpans()).containsExactly("place@" + moscow + "-" + (moscow + "Moscow".length()));
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Saved: tag “Moscow” as place");
    }

    @Test
    void aRefusedCommitIsReportedAndTheArticleShowsWhatTheDatabaseHolds() throws Exception {
        int moscow = text().indexOf("Moscow");
        CountDownLatch release = new CountDownLatch(1);
        runner.writer().execute(() -> awaitQuietly(release));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = other.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON spans BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
        }
        selectWithKeys("Moscow");
        keys(KeyCode.DIGIT4);
        assertThat(classesAt(moscow)).contains("tagged");

        release.countDown();
        workspace.awaitCommits();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> window.model().messageProperty().get()).startsWith("Not saved"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> window.model().messageProperty().get()))
                .startsWith("Not saved: tag “Moscow” as place (").contains("disk is full");
        assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).contains("disk is full");
        assertThat(classesAt(moscow)).as("the tag that was not saved is gone from the screen").doesNotContain("tagged");
        assertThat(storedSpans()).isEmpty();
        type(KeyCode.ENTER); // closes the alert
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
