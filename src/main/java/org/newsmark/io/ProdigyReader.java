package org.newsmark.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.AnnotatedDocument;

/**
 * Reads spaCy/Prodigy JSONL: {@code text}, {@code spans} (start, end, label), {@code relations}
 * (matched through {@code head_span}/{@code child_span}, else through the head/child token),
 * {@code meta.name} as the name and the other {@code meta} keys as metadata. Tasks answered
 * {@code reject} or {@code ignore} are skipped and counted.
 */
public final class ProdigyReader extends JsonLinesReader {

    private record SpanKey(long start, long end, String label) {
    }

    @Override
    Optional<AnnotatedDocument> readObject(ObjectNode obj, Path file, int line, int ordinal, ImportOptions options,
                                           ImportCollector collector) throws DatasetException {
        String answer = obj.path("answer").asText("accept");
        if (!answer.equals("accept")) {
            collector.skip("prodigy task answered '" + answer + "'");
            return Optional.empty();
        }
        return Optional.of(readDocument(obj, file, line, ordinal, options, collector));
    }

    private AnnotatedDocument readDocument(ObjectNode obj, Path file, int line, int ordinal, ImportOptions options,
                                           ImportCollector collector) throws DatasetException {
        String text = Json.text(obj, "text", file, line);
        DocumentAssembler doc = new DocumentAssembler(file, text, options.offsets(), "prodigy", collector);
        Map<SpanKey, Long> byKey = new HashMap<>();
        Map<Long, Long> byStart = new HashMap<>();
        for (JsonNode s : Json.arrayField(obj, "spans", file, line)) {
            SpanKey key = spanKey(s, file, line);
            long id = doc.addSpan(line, key.start(), key.end(), key.label(), Json.optionalText(s, "text"));
            byKey.put(key, id);
            byStart.putIfAbsent(key.start(), id);
        }
        JsonNode tokens = obj.path("tokens");
        for (JsonNode r : Json.arrayField(obj, "relations", file, line)) {
            String type = Json.text(r, "label", file, line);
            long head = endOf(r, "head", byKey, byStart, tokens, file, line);
            long child = endOf(r, "child", byKey, byStart, tokens, file, line);
            doc.addRelation(line, head, child, type);
        }
        JsonNode meta = obj.path("meta");
        String name = Json.optionalText(meta, "name").orElse(InputFiles.nameFor(file, ordinal));
        return doc.build(name, Json.metadata(meta, Set.of("name")));
    }

    private static SpanKey spanKey(JsonNode s, Path file, int line) throws DatasetException {
        if (!s.isObject()) {
            throw new DatasetException(file, line, "a span must be an object, found " + s);
        }
        return new SpanKey(Json.integer(s, "start", file, line), Json.integer(s, "end", file, line),
                Json.text(s, "label", file, line));
    }

    private static long endOf(JsonNode relation, String role, Map<SpanKey, Long> byKey, Map<Long, Long> byStart,
                              JsonNode tokens, Path file, int line) throws DatasetException {
        JsonNode span = relation.get(role + "_span");
        Optional<Long> id = Optional.empty();
        if (span != null && span.isObject()) {
            id = Optional.ofNullable(byKey.get(spanKey(span, file, line)));
        } else if (relation.path(role).isIntegralNumber() && tokens.isArray()) {
            JsonNode token = tokens.path(relation.get(role).asInt());
            if (token.path("start").isIntegralNumber()) {
                id = Optional.ofNullable(byStart.get(token.get("start").asLong()));
            }
        }
        return id.orElseThrow(() -> new DatasetException(file, line,
                "relation " + role + " does not match any span: " + relation));
    }
}
