package org.newsmark.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The one Jackson setup of the package and the small JSON chores every JSON format shares. */
final class Json {

    /**
     * The longest JSON string read, in characters: an article's text is one string, and SQLite keeps
     * at most 1,000,000,000 bytes in a value, so nothing longer could be stored anyway. (Jackson's
     * default, 20,000,000, refused to re-import Newsmark's own export of a 50 MB article.)
     */
    static final int MAX_STRING_LENGTH = 1_000_000_000;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** Reads one value from a parser positioned inside a larger document (Label Studio's array). */
    static final ObjectReader NESTED_VALUE_READER = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses one JSONL line, which must hold an object. */
    static ObjectNode parseObjectLine(String line, Path file, int number) throws DatasetException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, number, problem(e));
        }
        if (node == null || !node.isObject()) {
            throw new DatasetException(file, number, "expected a JSON object on this line");
        }
        requireWellFormedText(node, file, number);
        return (ObjectNode) node;
    }

    /** What is wrong with unparsable JSON, in the user's terms (Jackson's limits named, not its classes). */
    static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return String.format(Locale.ROOT, "JSON beyond the reader's limits (strings up to %,d characters,"
                            + " keys up to %,d, numbers up to %,d digits, nesting up to %,d levels)",
                    LIMITS.getMaxStringLength(), LIMITS.getMaxNameLength(), LIMITS.getMaxNumberLength(),
                    LIMITS.getMaxNestingDepth());
        }
        return "invalid JSON: " + e.getOriginalMessage();
    }

    /**
     * Refuses a string or key holding half a surrogate pair: a JSON escape such as {@code "\ud800"}
     * decodes to one, which no UTF-8 file or database can hold (SQLite would store {@code ?}).
     */
    static void requireWellFormedText(JsonNode node, Path file, int line) throws DatasetException {
        requireWellFormedText(node, "", file, line);
    }

    private static void requireWellFormedText(JsonNode value, String where, Path file, int line)
            throws DatasetException {
        if (value.isTextual()) {
            requirePaired(value.textValue(), where.isEmpty() ? "a string" : where, file, line);
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String path = where.isEmpty() ? field.getKey() : where + "." + field.getKey();
                requirePaired(field.getKey(), "the key " + path, file, line);
                requireWellFormedText(field.getValue(), path, file, line);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                requireWellFormedText(value.get(i), where + "[" + i + "]", file, line);
            }
        }
    }

    private static void requirePaired(String text, String where, Path file, int line) throws DatasetException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DatasetException(file, line, String.format(Locale.ROOT,
                        "%s contains an unpaired surrogate U+%04X at character %d (text cannot hold half a character)",
                        where, (int) c, text.codePointCount(0, i)));
            }
        }
    }

    /**
     * A UTF-8 generator writing into {@code out} that neither closes nor flushes it, and writes
     * nothing between root values.
     */
    static JsonGenerator generator(java.io.OutputStream out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        g.setRootValueSeparator(null);
        return g;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** A required string field. */
    static String text(JsonNode object, String field, Path file, int line) throws DatasetException {
        JsonNode v = object.get(field);
        if (v == null || !v.isTextual()) {
            throw new DatasetException(file, line, "missing or non-string \"" + field + "\"");
        }
        return v.asText();
    }

    static Optional<String> optionalText(JsonNode object, String field) {
        JsonNode v = object == null ? null : object.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** A required integer field (offsets, ids). */
    static long integer(JsonNode object, String field, Path file, int line) throws DatasetException {
        JsonNode v = object.get(field);
        return integerValue(v, "\"" + field + "\"", file, line);
    }

    static long integerValue(JsonNode v, String what, Path file, int line) throws DatasetException {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new DatasetException(file, line, what + " must be an integer, found " + (v == null ? "nothing" : v));
        }
        return v.asLong();
    }

    /** An optional array field; absent or null gives an empty array, another type is an error. */
    static ArrayNode arrayField(JsonNode object, String field, Path file, int line) throws DatasetException {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return array();
        }
        if (!v.isArray()) {
            throw new DatasetException(file, line, "\"" + field + "\" must be an array");
        }
        return (ArrayNode) v;
    }

    /** The fields of {@code object} not in {@code known}, as plain Java values (nulls left out). */
    static Map<String, Object> metadata(JsonNode object, Set<String> known) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (object == null || !object.isObject()) {
            return meta;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
                meta.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
            }
        }
        return meta;
    }

    /** Puts document metadata into {@code target}; keys the format reserves are left out with a warning. */
    static void putMetadata(ObjectNode target, Map<String, Object> metadata, Set<String> reserved,
                            ExportTally tally, String documentName) {
        metadata.forEach((key, value) -> {
            if (reserved.contains(key)) {
                tally.warn("document '" + documentName + "': metadata key '" + key
                        + "' not written (the format uses that key)");
            } else {
                target.set(key, MAPPER.valueToTree(value));
            }
        });
    }
}
