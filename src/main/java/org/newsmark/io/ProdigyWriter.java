package org.newsmark.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;

/**
 * spaCy/Prodigy JSONL: {@code text}, {@code tokens} ({@link SpacyTokens}: split wherever a span
 * starts or ends, whitespace other than one trailing space as tokens of its own, so the Doc built
 * from the tokens and their {@code ws} flags has the very text), {@code spans} exactly as annotated,
 * overlapping ones included, each on its own tokens ({@code token_end} inclusive), {@code relations}
 * (head = the relation's from span, child = its to span, as start token indices plus the spans),
 * {@code answer: accept} and {@code meta} holding the document name and metadata. Streams each line with one UTF-8
 * {@link JsonGenerator} reused for every document, straight onto the byte buffer. The tokens, nine
 * tenths of the output, are written by {@link RawJsonValue} from the text without a string per token
 * (a 1 MiB article has some 200,000): the generator's checks on each of their six values cost more
 * than the writing.
 */
public final class ProdigyWriter extends TextStreamWriter {

    public ProdigyWriter(OutputStream stream, ExportOptions options) {
        this(stream, options, false);
    }

    ProdigyWriter(OutputStream stream, ExportOptions options, boolean ownsStream) {
        super(stream, options, ownsStream);
    }

    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString TOKENS = new SerializedString("tokens");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString SPANS = new SerializedString("spans");
    private static final SerializedString TOKEN_START = new SerializedString("token_start");
    private static final SerializedString TOKEN_END = new SerializedString("token_end");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString RELATIONS = new SerializedString("relations");
    private static final SerializedString HEAD = new SerializedString("head");
    private static final SerializedString CHILD = new SerializedString("child");
    private static final SerializedString HEAD_SPAN = new SerializedString("head_span");
    private static final SerializedString CHILD_SPAN = new SerializedString("child_span");
    private static final SerializedString ANSWER = new SerializedString("answer");
    private static final SerializedString META = new SerializedString("meta");
    private static final SerializedString NAME = new SerializedString("name");

    /** The tokens' JSON around their values, for {@link RawJsonValue}. */
    private static final byte[] OPEN_ARRAY = RawJsonValue.ascii("[");
    private static final byte[] FIRST_TEXT_FIELD = RawJsonValue.ascii("{\"text\":");
    private static final byte[] NEXT_TEXT_FIELD = RawJsonValue.ascii(",{\"text\":");
    private static final byte[] START_FIELD = RawJsonValue.ascii(",\"start\":");
    private static final byte[] END_FIELD = RawJsonValue.ascii(",\"end\":");
    private static final byte[] ID_FIELD = RawJsonValue.ascii(",\"id\":");
    private static final byte[] WS_FIELD = RawJsonValue.ascii(",\"ws\":");
    private static final byte[] CLOSE_OBJECT = RawJsonValue.ascii("}");
    private static final byte[] CLOSE_ARRAY = RawJsonValue.ascii("]");

    private final RawJsonValue tokenArray = new RawJsonValue();

    @Override
    protected void writeDocument(ExportSelection sel, LabelScheme scheme) throws IOException {
        String text = sel.text();
        SpacyTokens tokens = SpacyTokens.of(text, sel.spans());
        TextOffsets off = sel.offsets();
        List<SpacyTokens.Placed> placed = tokens.place(sel.spans());
        JsonGenerator g = json();
        g.writeStartObject();
        g.writeFieldName(TEXT);
        g.writeString(text);
        g.writeFieldName(TOKENS);
        writeTokens(g, text, tokens, off);
        Map<Long, SpacyTokens.Placed> byId = new HashMap<>();
        g.writeFieldName(SPANS);
        g.writeStartArray();
        for (SpacyTokens.Placed a : placed) {
            writeSpan(g, a, off);
            byId.put(a.span().id(), a);
        }
        g.writeEndArray();
        tally.spansWritten(placed.size());
        g.writeFieldName(RELATIONS);
        g.writeStartArray();
        for (Relation r : sel.relations()) {
            SpacyTokens.Placed head = byId.get(r.fromSpanId());
            SpacyTokens.Placed child = byId.get(r.toSpanId());
            if (head == null || child == null) {
                tally.dropRelations(ExportSelection.END_DROPPED, 1);
                continue;
            }
            g.writeStartObject();
            g.writeFieldName(HEAD);
            g.writeNumber(head.firstToken());
            g.writeFieldName(CHILD);
            g.writeNumber(child.firstToken());
            g.writeFieldName(LABEL);
            g.writeString(r.type());
            g.writeFieldName(HEAD_SPAN);
            writeSpan(g, head, off);
            g.writeFieldName(CHILD_SPAN);
            writeSpan(g, child, off);
            g.writeEndObject();
            tally.relationsWritten(1);
        }
        g.writeEndArray();
        g.writeFieldName(ANSWER);
        g.writeString("accept");
        g.writeFieldName(META);
        g.writeStartObject();
        g.writeFieldName(NAME);
        g.writeString(sel.name());
        for (Map.Entry<String, Object> e : sel.document().document().metadata().entrySet()) {
            if (e.getKey().equals("name")) {
                tally.warn("document '" + sel.name() + "': metadata key 'name' not written (the format uses it)");
            } else {
                g.writeObjectField(e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private void writeTokens(JsonGenerator g, String text, SpacyTokens tokens, TextOffsets off) throws IOException {
        RawJsonValue v = tokenArray.begin(g).raw(OPEN_ARRAY);
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            v.raw(t == 0 ? FIRST_TEXT_FIELD : NEXT_TEXT_FIELD).string(text, start, end)
                    .raw(START_FIELD).number(off.toExternal(start))
                    .raw(END_FIELD).number(off.toExternal(end))
                    .raw(ID_FIELD).number(t)
                    .raw(WS_FIELD).bool(tokens.spaceAfter(t)).raw(CLOSE_OBJECT);
        }
        v.raw(CLOSE_ARRAY).end();
    }

    private static void writeSpan(JsonGenerator g, SpacyTokens.Placed a, TextOffsets off) throws IOException {
        g.writeStartObject();
        g.writeFieldName(START);
        g.writeNumber(off.toExternal(a.span().start()));
        g.writeFieldName(END);
        g.writeNumber(off.toExternal(a.span().end()));
        g.writeFieldName(TOKEN_START);
        g.writeNumber(a.firstToken());
        g.writeFieldName(TOKEN_END);
        g.writeNumber(a.lastToken());
        g.writeFieldName(LABEL);
        g.writeString(a.span().label());
        g.writeEndObject();
    }
}
