package org.newsmark.ui.shell;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsmark.app.SavingStatus;
import org.newsmark.app.Workspace;
import org.newsmark.ui.Plural;

/**
 * Before the window closes or leaves its corpus: work the writer still holds because the server is
 * out of reach would be lost, so the analyst is told and asked. Anything else still queued is
 * committed on the way out, as always.
 */
final class UnsentWork {

    static final ButtonType KEEP_WAITING = new ButtonType("Keep waiting", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType LEAVE = new ButtonType("Close without them", ButtonBar.ButtonData.OK_DONE);

    private UnsentWork() {
    }

    /** What the analyst is told, or nothing when no work would be lost. */
    static Optional<String> warning(SavingStatus.Snapshot status) {
        if (!status.reconnecting() || status.unsaved() == 0) {
            return Optional.empty();
        }
        return Optional.of(Plural.of(status.unsaved(), "change") + " you made since the connection to "
                + status.lost().orElseThrow() + " was lost " + (status.unsaved() == 1 ? "is" : "are")
                + " not saved. Newsmark keeps trying to reach the server and saves "
                + (status.unsaved() == 1 ? "it" : "them") + " as soon as it answers; if you close now, "
                + (status.unsaved() == 1 ? "it is" : "they are") + " lost.");
    }

    /**
     * Whether the window may go: yes when nothing would be lost, or when the analyst chooses to leave
     * without the unsent work, which {@code writer} then stops trying to save.
     */
    static boolean mayLeave(Window owner, Workspace workspace, ExecutorService writer) {
        SavingStatus.Snapshot status = workspace.saving().now();
        Optional<String> warning = warning(status);
        if (warning.isEmpty()) {
            if (status.reconnecting()) {
                writer.shutdownNow(); // it may be waiting for the server to reserve ids: nothing to keep
            }
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.WARNING, warning.get(), KEEP_WAITING, LEAVE);
        ask.setHeaderText("Some of your work is not saved yet");
        ask.setTitle("Newsmark");
        ask.initOwner(owner);
        boolean leave = ask.showAndWait().filter(LEAVE::equals).isPresent();
        if (leave) {
            writer.shutdownNow();
        }
        return leave;
    }
}
