package org.newsmark.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * An article. Its text never changes once imported.
 *
 * @param id       database id, 0 before it is stored
 * @param name     a short unique-ish name (usually the file name without extension)
 * @param title    the headline (first line of a {@code .txt})
 * @param text     the exact text, line breaks and all
 * @param status   new, in progress or done
 * @param metadata JSON-like values (String, Number, Boolean, List, Map) kept from imports
 */
public record Document(long id, String name, String title, String text, DocumentStatus status,
                       Map<String, Object> metadata) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static Document of(String name, String text) {
        return new Document(0, name, titleOf(text), text, DocumentStatus.NEW, Map.of());
    }

    /** The first non-blank line, trimmed, or the empty string. */
    public static String titleOf(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** Hex SHA-256 of the text's UTF-8 bytes: how re-imports of the same article are recognised. */
    public String sha256() {
        return sha256Of(text);
    }

    public static String sha256Of(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public int length() {
        return text.length();
    }

    public Document withId(long newId) {
        return new Document(newId, name, title, text, status, metadata);
    }

    public Document withStatus(DocumentStatus newStatus) {
        return new Document(id, name, title, text, newStatus, metadata);
    }

    public Document withName(String newName) {
        return new Document(id, newName, title, text, status, metadata);
    }
}
