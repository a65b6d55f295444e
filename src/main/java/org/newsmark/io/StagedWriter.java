package org.newsmark.io;

import java.io.IOException;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;

/**
 * A writer on a file or folder staged by {@link AtomicOutput}: {@link #finish()} completes the export,
 * closes it and moves it into place; {@link #close()} without {@code finish} leaves the target as it was.
 */
final class StagedWriter implements DatasetWriter {

    private final DatasetWriter writer;
    private final AtomicOutput output;
    private ExportReport report;
    private boolean writerClosed;

    StagedWriter(DatasetWriter writer, AtomicOutput output) {
        this.writer = writer;
        this.output = output;
    }

    @Override
    public void write(AnnotatedDocument document, LabelScheme scheme) throws IOException {
        writer.write(document, scheme);
    }

    @Override
    public ExportReport finish() throws IOException {
        if (report == null) {
            ExportReport finished = writer.finish();
            closeWriter();
            output.commit();
            report = finished;
        }
        return report;
    }

    @Override
    public void close() throws IOException {
        try {
            closeWriter();
        } finally {
            output.close();
        }
    }

    private void closeWriter() throws IOException {
        if (!writerClosed) {
            writerClosed = true;
            writer.close();
        }
    }
}
