package org.newsmark.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.Relation;

/**
 * spaCy/Prodigy JSONL: {@code text}, {@code tokens} (from {@link Tokenizer}), {@code spans} on
 * token boundaries ({@code token_end} inclusive), {@code relations} (head = the relation's from
 * span, child = its to span, as start token indices plus the spans), {@code answer: accept} and
 * {@code meta} holding the document name and metadata.
 */
public final class ProdigyWriter extends JsonLinesWriter {

    private static final Set<String> RESERVED_META = Set.of("name");

    public ProdigyWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    ProdigyWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected ObjectNode toJson(ExportSelection sel) {
        Tokenization tokens = Tokenizer.tokenize(sel.text());
        TextOffsets off = sel.offsets();
        ObjectNode node = Json.object();
        node.put("text", sel.text());
        ArrayNode tokenArray = node.putArray("tokens");
        for (int t = 0; t < tokens.size(); t++) {
            tokenArray.addObject()
                    .put("text", tokens.text(t))
                    .put("start", off.toExternal(tokens.start(t)))
                    .put("end", off.toExternal(tokens.end(t)))
                    .put("id", t)
                    .put("ws", tokens.spaceAfter(t));
        }
        List<TokenAlignment.Aligned> aligned = TokenAlignment.align(sel, tokens, tally);
        Map<Long, ObjectNode> spanNodes = new HashMap<>();
        ArrayNode spans = node.putArray("spans");
        for (TokenAlignment.Aligned a : aligned) {
            ObjectNode s = spans.addObject()
                    .put("start", off.toExternal(a.start()))
                    .put("end", off.toExternal(a.end()))
                    .put("token_start", a.firstToken())
                    .put("token_end", a.lastToken())
                    .put("label", a.span().label());
            spanNodes.put(a.span().id(), s);
        }
        tally.spansWritten(aligned.size());
        ArrayNode relations = node.putArray("relations");
        for (Relation r : sel.relations()) {
            ObjectNode head = spanNodes.get(r.fromSpanId());
            ObjectNode child = spanNodes.get(r.toSpanId());
            if (head == null || child == null) {
                tally.dropRelations(ExportSelection.END_DROPPED, 1);
                continue;
            }
            ObjectNode rel = relations.addObject();
            rel.put("head", head.get("token_start").asInt());
            rel.put("child", child.get("token_start").asInt());
            rel.put("label", r.type());
            rel.set("head_span", head.deepCopy());
            rel.set("child_span", child.deepCopy());
            tally.relationsWritten(1);
        }
        node.put("answer", "accept");
        ObjectNode meta = node.putObject("meta");
        meta.put("name", sel.name());
        Json.putMetadata(meta, sel.document().document().metadata(), RESERVED_META, tally, sel.name());
        return node;
    }
}
