package org.newsmark.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.util.Set;
import org.newsmark.model.Span;

/**
 * doccano sequence-labelling JSONL: {@code {"name", "text", "label": [[start, end, "label"], ...]}}
 * with the document metadata merged at the top level, as doccano does. Cannot carry relations
 * (they are counted as dropped; {@link DoccanoRelWriter} writes them).
 */
public final class DoccanoWriter extends JsonLinesWriter {

    static final Set<String> RESERVED = Set.of("name", "text", "label", "entities", "relations");

    public DoccanoWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    DoccanoWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected ObjectNode toJson(ExportSelection sel) {
        ObjectNode node = Json.object();
        node.put("name", sel.name());
        node.put("text", sel.text());
        ArrayNode labels = node.putArray("label");
        for (Span s : sel.spans()) {
            labels.addArray().add(sel.start(s)).add(sel.end(s)).add(s.label());
        }
        tally.spansWritten(sel.spans().size());
        tally.dropRelations("doccano sequence-labelling JSONL has no relations (export doccano-rel)",
                sel.relations().size());
        Json.putMetadata(node, sel.document().document().metadata(), RESERVED, tally, sel.name());
        return node;
    }
}
