package org.newsmark.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
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
 *
 * <p>A writer writes either characters through {@link #out()} or JSON through {@link #json()}, a
 * UTF-8 {@link JsonGenerator} made once and reused for every document, never both: each has its own
 * buffer in front of the shared byte buffer, so mixing them would reorder the output.
 */
abstract class TextStreamWriter implements DatasetWriter {

    protected final ExportOptions options;
    protected final ExportTally tally = new ExportTally();
    private final OutputStream stream;
    private final OutputStream bytes;
    private final boolean ownsStream;
    private Writer writer;
    private JsonGenerator json;
    private boolean finished;

    protected TextStreamWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        this.stream = stream;
        this.bytes = new BufferedOutputStream(stream, 1 << 16);
        this.options = options;
        this.ownsStream = ownsStream;
    }

    /** The character output (UTF-8, buffered); not with {@link #json()}. */
    protected final Writer out() {
        if (writer == null) {
            if (json != null) {
                throw new IllegalStateException("this writer already writes through its JSON generator");
            }
            writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /**
     * The JSON output: one UTF-8 generator straight on the byte buffer, with nothing written between
     * root values (a writer adds its own line breaks with {@code writeRaw}); not with {@link #out()}.
     */
    protected final JsonGenerator json() throws IOException {
        if (json == null) {
            if (writer != null) {
                throw new IllegalStateException("this writer already writes through its character output");
            }
            json = Json.generator(bytes);
        }
        return json;
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
            flushAll();
        }
        return tally.report();
    }

    private void flushAll() throws IOException {
        if (json != null) {
            json.flush(); // its own buffer only: FLUSH_PASSED_TO_STREAM is off
        }
        if (writer != null) {
            writer.flush();
        }
        bytes.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushAll();
        } finally {
            if (ownsStream) {
                stream.close();
            } else {
                stream.flush();
            }
        }
    }
}
