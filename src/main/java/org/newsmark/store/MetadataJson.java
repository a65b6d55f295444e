package org.newsmark.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Document metadata as the JSON text kept in the {@code documents.metadata} column. */
final class MetadataJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private MetadataJson() {
    }

    static String write(Map<String, Object> metadata) {
        try {
            return MAPPER.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            Map<String, Object> map = MAPPER.readValue(json, MAP);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
