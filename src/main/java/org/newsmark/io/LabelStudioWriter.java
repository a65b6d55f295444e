package org.newsmark.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * Label Studio JSON: an array of tasks, written one task at a time. {@code data} holds the text,
 * the document name and the metadata; one annotation holds a {@code labels} result per span (id
 * {@code s<span id>}, offsets and text) and a {@code relation} result per relation.
 */
public final class LabelStudioWriter extends TextStreamWriter {

    static final Set<String> RESERVED = Set.of("text", "name");

    private int tasks;

    public LabelStudioWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    LabelStudioWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected void writeDocument(ExportSelection sel, LabelScheme scheme) throws IOException {
        tasks++;
        ObjectNode task = Json.object();
        long id = sel.document().document().id();
        task.put("id", id > 0 ? id : tasks);
        ObjectNode data = task.putObject("data");
        data.put("text", sel.text());
        data.put("name", sel.name());
        Json.putMetadata(data, sel.document().document().metadata(), RESERVED, tally, sel.name());
        ArrayNode result = task.putArray("annotations").addObject().putArray("result");
        for (Span s : sel.spans()) {
            ObjectNode region = result.addObject()
                    .put("id", "s" + s.id())
                    .put("from_name", "label")
                    .put("to_name", "text")
                    .put("type", "labels");
            region.putObject("value")
                    .put("start", sel.start(s))
                    .put("end", sel.end(s))
                    .put("text", s.textIn(sel.text()))
                    .putArray("labels").add(s.label());
        }
        for (Relation r : sel.relations()) {
            result.addObject()
                    .put("from_id", "s" + r.fromSpanId())
                    .put("to_id", "s" + r.toSpanId())
                    .put("type", "relation")
                    .put("direction", "right")
                    .putArray("labels").add(r.type());
        }
        tally.spansWritten(sel.spans().size());
        tally.relationsWritten(sel.relations().size());
        JsonGenerator g = json();
        g.writeRaw(tasks == 1 ? "[\n" : ",\n");
        Json.MAPPER.writeTree(g, task);
    }

    @Override
    protected void writeFooter() throws IOException {
        json().writeRaw(tasks == 0 ? "[]\n" : "\n]\n");
    }
}
