package org.newsmark.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;

/**
 * Base of the writers that produce one UTF-8 stream. The stream given to the constructor belongs
 * to the caller: {@link #finish()} flushes it, {@link #close()} closes it only when
 * {@code ownsStream} was set (writers opened on a path by {@link DatasetFormat}).
 */
abstract class TextStreamWriter implements DatasetWriter {

    protected final Writer out;
    protected final ExportOptions options;
    protected final ExportTally tally = new ExportTally();
    private final OutputStream stream;
    private final boolean ownsStream;
    private boolean finished;

    protected TextStreamWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        this.stream = stream;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.options = options;
        this.ownsStream = ownsStream;
    }

    @Override
    public final void write(AnnotatedDocument document, LabelScheme scheme) throws IOException {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        ExportSelection selection = ExportSelection.of(document, options, tally, needsBareLabels());
        writeDocument(selection, scheme);
        tally.document();
    }

    /** Whether the format forbids whitespace in labels (then such spans are dropped). */
    protected boolean needsBareLabels() {
        return false;
    }

    /** Writes one document; counts spans and relations written or dropped in {@link #tally}. */
    protected abstract void writeDocument(ExportSelection selection, LabelScheme scheme) throws IOException;

    /** Writes what follows the last document (a closing bracket); nothing by default. */
    protected void writeFooter() throws IOException {
    }

    @Override
    public final ExportReport finish() throws IOException {
        if (!finished) {
            finished = true;
            writeFooter();
            out.flush();
        }
        return tally.report();
    }

    @Override
    public void close() throws IOException {
        if (ownsStream) {
            out.close();
        } else {
            out.flush();
            stream.flush();
        }
    }
}
