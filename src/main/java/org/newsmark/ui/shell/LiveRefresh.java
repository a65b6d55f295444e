package org.newsmark.ui.shell;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.newsmark.app.ForeignChanges;
import org.newsmark.app.LiveUpdates;
import org.newsmark.app.TaskRunner;
import org.newsmark.ui.team.OtherLayers;
import org.newsmark.ui.article.WorkbenchViewModel;

/**
 * Keeps an open window up to date with what other analysts commit: the document list (new documents,
 * statuses, assignments, counts) and the other layers of the open document, gold included, are read
 * again off the screen's thread. The analyst's own layer of the open document is left alone: only they
 * write it, so their selection, caret and undo history stay as they are.
 */
final class LiveRefresh implements AutoCloseable {

    private final LiveUpdates updates;

    LiveRefresh(WorkbenchViewModel model, OtherLayers layers, TaskRunner runner) {
        this.updates = LiveUpdates.start(model.workspace(), runner, Platform::runLater, changes -> show(changes, model, layers, runner));
    }

    private static void show(ForeignChanges changes, WorkbenchViewModel model, OtherLayers layers, TaskRunner runner) {
        if (changes.documents()) {
            model.refreshDocuments(runner.datasets(), Platform::runLater);
        }
        if (changes.scheme()) {
            model.refreshScheme(runner.datasets(), Platform::runLater);
        }
        if (model.session().map(s -> changes.layersOf(s.document().id())).orElse(false)) {
            layers.reload();
        }
    }

    /** Done once what other clients commit from then on reaches the window. */
    CompletableFuture<Void> listening() {
        return updates.listening();
    }

    @Override
    public void close() {
        updates.close();
    }
}
