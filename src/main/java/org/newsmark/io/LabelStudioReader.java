package org.newsmark.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.AnnotatedDocument;

/**
 * Reads Label Studio JSON exports: an array of tasks with {@code data.text}. The name comes from
 * {@code data.name} (else {@code meta.name}, else FILE-N), the other {@code data} fields become
 * metadata. Every non-cancelled annotation contributes its {@code labels} regions (one span per
 * label) and {@code relation} results; other result types and predictions are counted as skipped.
 */
public final class LabelStudioReader implements DatasetReader {

    @Override
    public ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException {
        ImportCollector collector = new ImportCollector();
        for (Path file : InputFiles.expand(inputs, Set.of("json"))) {
            readFile(file, options, collector);
        }
        return collector.batch();
    }

    private void readFile(Path file, ImportOptions options, ImportCollector collector)
            throws DatasetException, IOException {
        String content = StrictText.read(file, false);
        int line = 1;
        try (JsonParser parser = Json.MAPPER.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new DatasetException(file, parser.currentTokenLocation().getLineNr(),
                        "a Label Studio export must be a JSON array of tasks");
            }
            int ordinal = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                line = parser.currentTokenLocation().getLineNr();
                JsonNode task = Json.NESTED_VALUE_READER.readValue(parser);
                Json.requireWellFormedText(task, file, line);
                collector.add(readTask(task, file, line, ++ordinal, options, collector));
            }
            line = parser.currentTokenLocation().getLineNr();
            if (parser.nextToken() != null) {
                throw new DatasetException(file, parser.currentTokenLocation().getLineNr(),
                        "unexpected content after the array of tasks");
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new DatasetException(file, at, Json.problem(e));
        }
    }

    private AnnotatedDocument readTask(JsonNode task, Path file, int line, int ordinal, ImportOptions options,
                                       ImportCollector collector) throws DatasetException {
        if (!task.isObject() || !task.path("data").isObject()) {
            throw new DatasetException(file, line, "a task must be an object with a \"data\" object");
        }
        JsonNode data = task.get("data");
        String text = Json.text(data, "text", file, line);
        DocumentAssembler doc = new DocumentAssembler(file, text, options.offsets(), "labelstudio", collector);
        for (JsonNode annotation : Json.arrayField(task, "annotations", file, line)) {
            if (annotation.path("was_cancelled").asBoolean(false)) {
                collector.skip("label studio cancelled annotation");
                continue;
            }
            readResults(Json.arrayField(annotation, "result", file, line), doc, file, line, collector);
        }
        collector.skip("label studio prediction", Json.arrayField(task, "predictions", file, line).size());
        String name = Json.optionalText(data, "name")
                .or(() -> Json.optionalText(task.get("meta"), "name"))
                .orElse(InputFiles.nameFor(file, ordinal));
        return doc.build(name, Json.metadata(data, LabelStudioWriter.RESERVED));
    }

    private static void readResults(Iterable<JsonNode> results, DocumentAssembler doc, Path file, int line,
                                    ImportCollector collector) throws DatasetException {
        Map<String, Long> regionIds = new HashMap<>();
        Map<String, List<Long>> regionOffsets = new HashMap<>();
        for (JsonNode r : results) {
            JsonNode value = r.path("value");
            if (r.path("type").asText().equals("relation")) {
                continue;
            }
            if (!value.path("labels").isArray()) {
                collector.skip("label studio result of type '" + r.path("type").asText("?") + "'");
                continue;
            }
            long start = Json.integer(value, "start", file, line);
            long end = Json.integer(value, "end", file, line);
            String region = r.path("id").asText();
            // one region may come as several results (a result per labels control), always with the same offsets
            List<Long> offsets = regionOffsets.putIfAbsent(region, List.of(start, end));
            if (r.hasNonNull("id") && offsets != null && !offsets.equals(List.of(start, end))) {
                throw new DatasetException(file, line, "duplicate region id " + r.get("id") + " (at [" + offsets.get(0)
                        + ", " + offsets.get(1) + ") and at [" + start + ", " + end + "))");
            }
            for (JsonNode label : value.get("labels")) {
                long id = doc.addSpan(line, start, end, label.asText(), Json.optionalText(value, "text"));
                regionIds.putIfAbsent(region, id);
            }
        }
        for (JsonNode r : results) {
            if (!r.path("type").asText().equals("relation")) {
                continue;
            }
            Long from = regionIds.get(r.path("from_id").asText());
            Long to = regionIds.get(r.path("to_id").asText());
            if (from == null || to == null) {
                throw new DatasetException(file, line, "relation " + r.path("from_id") + " -> " + r.path("to_id")
                        + " refers to a missing region");
            }
            if (r.path("direction").asText("right").equals("left")) {
                Long swap = from;
                from = to;
                to = swap;
            }
            JsonNode labels = r.path("labels");
            if (labels.isArray() && labels.size() > 0) {
                for (JsonNode type : labels) {
                    doc.addRelation(line, from, to, type.asText());
                }
            } else {
                doc.addRelation(line, from, to, "related");
            }
        }
    }
}
