package org.newsmark.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.newsmark.model.LabelScheme;

/** Base of the JSONL writers: one JSON object per document and line. */
abstract class JsonLinesWriter extends TextStreamWriter {

    protected JsonLinesWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected final void writeDocument(ExportSelection selection, LabelScheme scheme) throws IOException {
        JsonGenerator g = json();
        Json.MAPPER.writeTree(g, toJson(selection));
        g.writeRaw('\n');
    }

    /** The line of one document; counts what it writes and drops in {@link #tally}. */
    protected abstract ObjectNode toJson(ExportSelection selection);
}
