package org.newsmark.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.AnnotatedDocument;

/**
 * Reads doccano JSONL in both shapes: {@code label} triples and {@code entities}/{@code relations}.
 * The document name comes from {@code name} (else FILE-N); every other unknown top-level key
 * ({@code id}, {@code meta}, doccano's merged metadata) is kept as document metadata.
 */
public final class DoccanoReader extends JsonLinesReader {

    private static final Set<String> KNOWN = Set.of("name", "text", "label", "entities", "relations");

    @Override
    Optional<AnnotatedDocument> readObject(ObjectNode obj, Path file, int line, int ordinal, ImportOptions options,
                                           ImportCollector collector) throws DatasetException {
        return Optional.of(readDocument(obj, file, line, ordinal, options, collector));
    }

    private org.newsmark.model.AnnotatedDocument readDocument(ObjectNode obj, Path file, int line, int ordinal,
                                                              ImportOptions options, ImportCollector collector)
            throws DatasetException {
        String text = Json.text(obj, "text", file, line);
        DocumentAssembler doc = new DocumentAssembler(file, text, options.offsets(), "doccano", collector);
        for (JsonNode item : Json.arrayField(obj, "label", file, line)) {
            if (item.isTextual()) {
                collector.skip("document-level label (text classification)");
                continue;
            }
            if (!item.isArray() || item.size() != 3 || !item.get(2).isTextual()) {
                throw new DatasetException(file, line, "a \"label\" entry must be [start, end, \"label\"], found " + item);
            }
            doc.addSpan(line, Json.integerValue(item.get(0), "span start", file, line),
                    Json.integerValue(item.get(1), "span end", file, line), item.get(2).asText());
        }
        Map<String, Long> entityIds = new HashMap<>();
        ArrayNode entities = Json.arrayField(obj, "entities", file, line);
        for (JsonNode e : entities) {
            if (!e.isObject()) {
                throw new DatasetException(file, line, "an \"entities\" entry must be an object, found " + e);
            }
            long id = doc.addSpan(line, Json.integer(e, "start_offset", file, line),
                    Json.integer(e, "end_offset", file, line), Json.text(e, "label", file, line));
            JsonNode key = e.get("id");
            if (key != null && !key.isNull() && entityIds.put(key.asText(), id) != null) {
                throw new DatasetException(file, line, "duplicate entity id " + key.asText());
            }
        }
        for (JsonNode r : Json.arrayField(obj, "relations", file, line)) {
            if (!r.isObject()) {
                throw new DatasetException(file, line, "a \"relations\" entry must be an object, found " + r);
            }
            String type = Json.text(r, "type", file, line);
            Long from = entityIds.get(r.path("from_id").asText());
            Long to = entityIds.get(r.path("to_id").asText());
            if (from == null || to == null) {
                throw new DatasetException(file, line, "relation '" + type + "' refers to a missing entity ("
                        + r.path("from_id") + " -> " + r.path("to_id") + ")");
            }
            doc.addRelation(line, from, to, type);
        }
        String name = Json.optionalText(obj, "name").orElse(InputFiles.nameFor(file, ordinal));
        return doc.build(name, Json.metadata(obj, KNOWN));
    }
}
