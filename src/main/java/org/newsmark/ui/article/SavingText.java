package org.newsmark.ui.article;

import org.newsmark.app.SavingStatus;
import org.newsmark.ui.Plural;

/** What the status bar says about saving while a server connection is lost, and once it is back. */
final class SavingText {

    private SavingText() {
    }

    /** After an action: "Saving: …", or, while the connection is lost, that it is not saved. */
    static String saving(SavingStatus.Snapshot status, String description) {
        return status.reconnecting() ? of(status) : "Saving: " + description + "…";
    }

    /** When the connection is lost or back. */
    static String of(SavingStatus.Snapshot status) {
        if (status.reconnecting()) {
            return "Not saved — reconnecting… The connection to " + status.lost().orElseThrow() + " is lost; "
                    + Plural.of(status.unsaved(), "change") + " waiting to be saved";
        }
        return status.unsaved() > 0 ? "Connection back: saving " + Plural.of(status.unsaved(), "change") + "…"
                : "Saved: the connection to the database is back";
    }

    /** An action that needed the server (opening a document) while it cannot be reached. */
    static String unreachable(SavingStatus.Snapshot status, String location) {
        return status.reconnecting() ? of(status)
                : "The connection to " + location + " is lost; try again once the server answers";
    }
}
