package org.newsmark.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.newsmark.io.DatasetException;
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

    /** {@link #toPath(ExportRequest, Path, boolean, Progress, BooleanSupplier)} into a new or empty brat folder. */
    public ExportReport toPath(ExportRequest request, Path out, Progress progress, BooleanSupplier cancelled)
            throws DatasetException, IOException {
        return toPath(request, out, false, progress, cancelled);
    }

    /**
     * Exports to a file, or a folder for brat, after {@link ExportTarget} has checked the path (never the
     * database). The output is written beside {@code out} and moved there only when complete, so a
     * cancelled or failed export leaves {@code out} as it was. A non-empty brat folder is refused unless
     * {@code replaceFolder}, and then replaced whole, provided it holds nothing but a brat export.
     *
     * @throws DatasetException a path the export must not or cannot be written to
     */
    public ExportReport toPath(ExportRequest request, Path out, boolean replaceFolder, Progress progress,
                               BooleanSupplier cancelled) throws DatasetException, IOException {
        ExportTarget.check(out, request.format(), replaceFolder, workspace.localFile());
        Optional<Path> cardPath = request.card() ? ExportCard.path(out, request) : Optional.empty();
        if (cardPath.isPresent()) {
            ExportTarget.checkCard(cardPath.get(), workspace.localFile());
        }
        Optional<ExportCard> card = cardPath.map(p -> new ExportCard(request));
        ExportReport report;
        try (DatasetWriter writer = request.format().openWriter(out, request.options(), replaceFolder)) {
            report = write(request, writer, card, progress, cancelled);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            FileSystemException named = new FileSystemException(out.toString(), null,
                    (reason.contains("No space left on device") ? "the disk is full" : "cannot be written: " + reason)
                            + "; " + out.getFileName() + " was left as it was");
            named.initCause(e);
            throw named;
        }
        if (card.isPresent()) {
            card.get().write(workspace, out, cardPath.get(), report);
        } else if (request.card()) {
            List<String> warnings = new java.util.ArrayList<>(report.warnings());
            warnings.add("no dataset card: the export itself is named " + ExportCard.FILE_NAME);
            report = new ExportReport(report.documents(), report.spans(), report.relations(), report.droppedSpans(),
                    report.droppedRelations(), report.extendedSpans(), warnings);
        }
        return report;
    }

    /** Exports a single-file format to a stream the caller keeps open (standard output). */
    public ExportReport toStream(ExportRequest request, OutputStream out, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        try (DatasetWriter writer = request.format().openWriter(out, request.options())) {
            return write(request, writer, Optional.empty(), progress, cancelled);
        }
    }

    private ExportReport write(ExportRequest request, DatasetWriter writer, Optional<ExportCard> card, Progress progress,
                               BooleanSupplier cancelled) throws IOException {
        Store store = workspace.store();
        LabelScheme scheme = workspace.scheme();
        List<Long> ids = store.documents().ids(request.status());
        LayerChoice layers = LayerChoice.of(request.layer(), workspace.annotator());
        try (PageReadAhead pages = new PageReadAhead(store.annotated(), ids, PAGE)) {
            for (int from = 0; pages.hasNext(); from += PAGE) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled after " + from + " of " + ids.size() + " documents");
                }
                for (AnnotatedDocument document : pages.next()) {
                    AnnotatedDocument picked = layers.pick(document);
                    writer.write(picked, scheme);
                    card.ifPresent(c -> c.count(document, picked));
                }
                progress.update(Math.min(ids.size(), from + PAGE), ids.size());
            }
        }
        ExportReport report = writer.finish();
        List<String> warnings = new java.util.ArrayList<>(report.warnings());
        warnings.addAll(layers.warnings());
        return new ExportReport(report.documents(), report.spans(), report.relations(), report.droppedSpans(),
                report.droppedRelations(), report.extendedSpans(), warnings);
    }
}
