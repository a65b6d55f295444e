package org.newsmark.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.newsmark.io.DatasetWriter;
import org.newsmark.io.ExportReport;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;
import org.newsmark.store.Store;

/**
 * Exports the database: documents are read a page at a time, the next page while the current one is
 * written, and handed to an io writer one by one, so memory stays flat whatever the size of the corpus.
 */
public final class ExportDatasets {

    private static final int PAGE = 200;

    private final Workspace workspace;

    public ExportDatasets(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Labels of the request's subset that the scheme does not have (a typo, most likely). */
    public List<String> unknownLabels(ExportRequest request) {
        LabelScheme scheme = workspace.scheme();
        return request.options().labels().stream().filter(l -> scheme.byName(l).isEmpty()).sorted().toList();
    }

    /**
     * Exports to a file, or a folder for brat. A cancelled or failed single-file export deletes the
     * partial file; a brat folder keeps the files written so far.
     */
    public ExportReport toPath(ExportRequest request, Path out, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        boolean existed = Files.exists(out);
        boolean completed = false;
        try (DatasetWriter writer = request.format().openWriter(out, request.options())) {
            ExportReport report = write(request, writer, progress, cancelled);
            completed = true;
            return report;
        } finally {
            if (!completed && !existed && !request.format().writesFolder()) {
                Files.deleteIfExists(out);
            }
        }
    }

    /** Exports a single-file format to a stream the caller keeps open (standard output). */
    public ExportReport toStream(ExportRequest request, OutputStream out, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        try (DatasetWriter writer = request.format().openWriter(out, request.options())) {
            return write(request, writer, progress, cancelled);
        }
    }

    private ExportReport write(ExportRequest request, DatasetWriter writer, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Store store = workspace.store();
        LabelScheme scheme = workspace.scheme();
        List<Long> ids = store.documents().ids(request.status());
        try (PageReadAhead pages = new PageReadAhead(store.annotated(), ids, PAGE)) {
            for (int from = 0; pages.hasNext(); from += PAGE) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled after " + from + " of " + ids.size() + " documents");
                }
                for (AnnotatedDocument document : pages.next()) {
                    writer.write(document, scheme);
                }
                progress.update(Math.min(ids.size(), from + PAGE), ids.size());
            }
        }
        return writer.finish();
    }
}
