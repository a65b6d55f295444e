package org.newsmark.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;

/**
 * doccano relation-extraction JSONL: {@code {"name", "text", "entities": [{id, label, start_offset,
 * end_offset}], "relations": [{id, from_id, to_id, type}]}} plus the metadata at the top level.
 * Entity ids are the span ids.
 */
public final class DoccanoRelWriter extends JsonLinesWriter {

    public DoccanoRelWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    DoccanoRelWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected ObjectNode toJson(ExportSelection sel) {
        ObjectNode node = Json.object();
        node.put("name", sel.name());
        node.put("text", sel.text());
        ArrayNode entities = node.putArray("entities");
        for (Span s : sel.spans()) {
            entities.addObject()
                    .put("id", s.id())
                    .put("label", s.label())
                    .put("start_offset", sel.start(s))
                    .put("end_offset", sel.end(s));
        }
        ArrayNode relations = node.putArray("relations");
        for (Relation r : sel.relations()) {
            relations.addObject()
                    .put("id", r.id())
                    .put("from_id", r.fromSpanId())
                    .put("to_id", r.toSpanId())
                    .put("type", r.type());
        }
        tally.spansWritten(sel.spans().size());
        tally.relationsWritten(sel.relations().size());
        Json.putMetadata(node, sel.document().document().metadata(), DoccanoWriter.RESERVED, tally, sel.name());
        return node;
    }
}
