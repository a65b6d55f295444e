package org.newsmark.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.io.DatasetFormat;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs' view-models without any window: tasks run on the test thread, results arrive on the FX thread. */
class DatasetDialogModelsTest {

    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path temp;

    private Workspace workspace;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("vm.db"));
        Document first = WorkspaceStore.of(workspace).documents().insert(Document.of("a", "Lee said yes in Seoul."));
        WorkspaceStore.of(workspace).documents().insert(Document.of("b", "Kim said no."));
        WorkspaceStore.of(workspace).documents().setStatus(first.id(), DocumentStatus.DONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void importPreviewsThenStoresAndRefreshes() throws Exception {
        Path file = temp.resolve("in.jsonl");
        Files.writeString(file, "{\"text\": \"Park spoke.\", \"label\": [[0, 4, \"PER\"]]}\n"
                + "{\"text\": \"Kim said no.\", \"label\": []}\n");
        AtomicInteger refreshed = new AtomicInteger();
        ImportDialogModel model = new ImportDialogModel(workspace, SAME_THREAD, refreshed::incrementAndGet);
        model.choose(List.of(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.phase()).isEqualTo(ImportDialogModel.Phase.PREVIEW);
        assertThat(model.formatProperty().get()).isEqualTo("doccano");
        assertThat(model.previewProperty().get().orElseThrow().documents()).isEqualTo(1);
        assertThat(model.messageProperty().get()).contains("1 documents, 1 spans").contains("new labels: PER")
                .contains("1 documents already in the database");
        assertThat(WorkspaceStore.of(workspace).documents().count()).isEqualTo(2);

        model.importNow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.phase()).isEqualTo(ImportDialogModel.Phase.DONE);
        assertThat(model.summaryProperty().get().orElseThrow().labelsCreated()).containsExactly("PER");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(WorkspaceStore.of(workspace).documents().count()).isEqualTo(3);
    }

    @Test
    void aBadFileFailsWithItsLineAndStoresNothing() throws Exception {
        Path file = temp.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": \"Short.\", \"label\": [[0, 99, \"place\"]]}\n");
        ImportDialogModel model = new ImportDialogModel(workspace, SAME_THREAD, () -> { });
        model.choose(List.of(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.phase()).isEqualTo(ImportDialogModel.Phase.FAILED);
        assertThat(model.messageProperty().get()).startsWith(file + ":1: ").endsWith("Nothing was imported.");
        model.importNow();
        assertThat(WorkspaceStore.of(workspace).documents().count()).isEqualTo(2);
    }

    @Test
    void exportOptionsBecomeTheRequestAndTheSummarySaysWhatWasWritten() throws Exception {
        ExportDialogModel model = new ExportDialogModel(workspace, SAME_THREAD, preferences());
        assertThat(model.formatProperty().get()).as("the format that keeps the said_by links").isEqualTo(DatasetFormat.DOCCANO_REL);
        assertThat(model.destinationProperty().get()).endsWith("export-doccano-rel.jsonl");
        model.formatProperty().set(DatasetFormat.CSV);
        assertThat(model.destinationProperty().get()).as("the suggestion follows the format").endsWith("export-csv.csv");
        model.documentsProperty().set(ExportDialogModel.Documents.DONE);
        model.labels().stream().filter(c -> !c.name().equals("quote")).forEach(c -> c.selected().set(false));
        assertThat(model.request().options().labels()).containsExactly("quote");
        assertThat(model.request().status()).contains(DocumentStatus.DONE);
        Path out = temp.resolve("done.csv");
        model.destinationProperty().set(out.toString());
        model.export();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.isRunning()).isFalse();
        assertThat(model.reportProperty().get().orElseThrow().documents()).isEqualTo(1);
        assertThat(model.messageProperty().get()).startsWith("Written to " + out).contains("1 documents, 0 spans");
        assertThat(out).exists();

        ExportDialogModel next = new ExportDialogModel(workspace, SAME_THREAD, preferences());
        assertThat(next.formatProperty().get()).as("the last format used").isEqualTo(DatasetFormat.CSV);
        assertThat(next.destinationProperty().get()).as("in the last folder used").isEqualTo(temp.resolve("export-csv.csv").toString());
    }

    private UserPreferences preferences() {
        return UserPreferences.at(temp.resolve("config").resolve("preferences.properties"));
    }

    @Test
    void exportRefusesToRunWithoutLabels() {
        ExportDialogModel model = new ExportDialogModel(workspace, SAME_THREAD, preferences());
        model.labels().forEach(c -> c.selected().set(false));
        model.export();
        assertThat(model.messageProperty().get()).isEqualTo("Choose at least one label.");
    }
}
