package org.newsmark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * CSV, RFC 4180 (Commons CSV), one row per span: document id and name, span id, label, start, end,
 * text, annotator, and for a span with a {@code said_by} relation the id and text of its speaker.
 * Other relation types cannot be written and are counted as dropped.
 */
public final class CsvWriter extends TextStreamWriter {

    static final String[] HEADER = {"document_id", "document_name", "span_id", "label", "start", "end", "text",
        "annotator", "speaker_span_id", "speaker_text"};

    private CSVPrinter printer;

    public CsvWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    CsvWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    private CSVPrinter printer() throws IOException {
        if (printer == null) {
            printer = new CSVPrinter(out(), CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        }
        return printer;
    }

    @Override
    protected void writeDocument(ExportSelection sel, LabelScheme scheme) throws IOException {
        Map<Long, Span> speakerOf = new HashMap<>();
        for (Relation r : sel.relations()) {
            if (!r.type().equals(Relation.SAID_BY)) {
                tally.dropRelations("CSV carries only said_by (as the speaker columns)", 1);
            } else if (speakerOf.putIfAbsent(r.fromSpanId(), sel.spansById().get(r.toSpanId())) != null) {
                tally.dropRelations("a quote with several speakers keeps the first in CSV", 1);
            } else {
                tally.relationsWritten(1);
            }
        }
        CSVPrinter csv = printer();
        String text = sel.text();
        for (Span s : sel.spans()) {
            Span speaker = speakerOf.get(s.id());
            csv.printRecord(sel.document().document().id(), sel.name(), s.id(), s.label(), sel.start(s), sel.end(s),
                    s.textIn(text), s.annotator(),
                    speaker == null ? "" : speaker.id(), speaker == null ? "" : speaker.textIn(text));
        }
        tally.spansWritten(sel.spans().size());
    }

    @Override
    protected void writeFooter() throws IOException {
        printer().flush();
    }
}
