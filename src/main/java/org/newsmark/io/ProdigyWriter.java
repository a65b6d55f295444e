package org.newsmark.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;

/**
 * spaCy/Prodigy JSONL: {@code text}, {@code tokens} (from {@link Tokenizer}), {@code spans} on
 * token boundaries ({@code token_end} inclusive), {@code relations} (head = the relation's from
 * span, child = its to span, as start token indices plus the spans), {@code answer: accept} and
 * {@code meta} holding the document name and metadata. Streams each line with a
 * {@link JsonGenerator}: a 1 MiB article has some 200,000 tokens.
 */
public final class ProdigyWriter extends TextStreamWriter {

    public ProdigyWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    ProdigyWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    @Override
    protected void writeDocument(ExportSelection sel, LabelScheme scheme) throws IOException {
        Tokenization tokens = Tokenizer.tokenize(sel.text());
        TextOffsets off = sel.offsets();
        List<TokenAlignment.Aligned> aligned = TokenAlignment.align(sel, tokens, tally);
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("text", sel.text());
            g.writeArrayFieldStart("tokens");
            for (int t = 0; t < tokens.size(); t++) {
                g.writeStartObject();
                g.writeStringField("text", tokens.text(t));
                g.writeNumberField("start", off.toExternal(tokens.start(t)));
                g.writeNumberField("end", off.toExternal(tokens.end(t)));
                g.writeNumberField("id", t);
                g.writeBooleanField("ws", tokens.spaceAfter(t));
                g.writeEndObject();
            }
            g.writeEndArray();
            Map<Long, TokenAlignment.Aligned> byId = new HashMap<>();
            g.writeArrayFieldStart("spans");
            for (TokenAlignment.Aligned a : aligned) {
                writeSpan(g, a, off);
                byId.put(a.span().id(), a);
            }
            g.writeEndArray();
            tally.spansWritten(aligned.size());
            g.writeArrayFieldStart("relations");
            for (Relation r : sel.relations()) {
                TokenAlignment.Aligned head = byId.get(r.fromSpanId());
                TokenAlignment.Aligned child = byId.get(r.toSpanId());
                if (head == null || child == null) {
                    tally.dropRelations(ExportSelection.END_DROPPED, 1);
                    continue;
                }
                g.writeStartObject();
                g.writeNumberField("head", head.firstToken());
                g.writeNumberField("child", child.firstToken());
                g.writeStringField("label", r.type());
                g.writeFieldName("head_span");
                writeSpan(g, head, off);
                g.writeFieldName("child_span");
                writeSpan(g, child, off);
                g.writeEndObject();
                tally.relationsWritten(1);
            }
            g.writeEndArray();
            g.writeStringField("answer", "accept");
            g.writeObjectFieldStart("meta");
            g.writeStringField("name", sel.name());
            for (Map.Entry<String, Object> e : sel.document().document().metadata().entrySet()) {
                if (e.getKey().equals("name")) {
                    tally.warn("document '" + sel.name() + "': metadata key 'name' not written (the format uses it)");
                } else {
                    g.writeObjectField(e.getKey(), e.getValue());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeSpan(JsonGenerator g, TokenAlignment.Aligned a, TextOffsets off) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", off.toExternal(a.start()));
        g.writeNumberField("end", off.toExternal(a.end()));
        g.writeNumberField("token_start", a.firstToken());
        g.writeNumberField("token_end", a.lastToken());
        g.writeStringField("label", a.span().label());
        g.writeEndObject();
    }
}
