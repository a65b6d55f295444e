package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ExportReport;
import org.newsmark.model.Document;

/** Paged export with progress; a cancel removes the partial file. */
class ExportDatasetsTest {

    @TempDir
    Path temp;

    @Test
    void pagesThroughEveryDocumentAndReportsProgress() throws Exception {
        try (Workspace workspace = Workspace.open(temp.resolve("x.db"))) {
            for (int i = 0; i < 450; i++) {
                workspace.store().documents().insert(Document.of("d" + i, "Text number " + i + "."));
            }
            AtomicLong last = new AtomicLong();
            Path out = temp.resolve("all.jsonl");
            ExportReport report = new ExportDatasets(workspace).toPath(ExportRequest.of(DatasetFormat.DOCCANO), out,
                    (done, total) -> last.set(done * 1000 + total), () -> false);
            assertThat(report.documents()).isEqualTo(450);
            assertThat(last.get()).isEqualTo(450_450);
            assertThat(java.nio.file.Files.readAllLines(out)).hasSize(450);

            Path cancelled = temp.resolve("cancelled.jsonl");
            AtomicLong pages = new AtomicLong();
            assertThatThrownBy(() -> new ExportDatasets(workspace).toPath(ExportRequest.of(DatasetFormat.DOCCANO), cancelled,
                    (done, total) -> pages.incrementAndGet(), () -> pages.get() >= 1)).isInstanceOf(CancellationException.class);
            assertThat(cancelled).doesNotExist();
        }
    }
}
