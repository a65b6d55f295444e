package org.newsmark.model;

import java.util.Objects;

/**
 * A typed link between two spans of one document, e.g. a quote {@code said_by} its speaker.
 *
 * @param fromSpanId the span the relation starts at (the quote)
 * @param toSpanId   the span it points to (the speaker)
 */
public record Relation(long id, long documentId, long fromSpanId, long toSpanId, String type) {

    public static final String SAID_BY = "said_by";

    /**
     * Reserved: ties a later fragment of a discontinuous span (a brat {@code T} line with several
     * ranges) to its first fragment, which carries the span; brat export joins them into one line.
     */
    public static final String FRAGMENT_OF = "fragment_of";

    public Relation {
        Objects.requireNonNull(type, "type");
        if (type.isBlank() || type.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("relation type must be non-empty without spaces: '" + type + "'");
        }
    }

    public static Relation of(long id, long fromSpanId, long toSpanId, String type) {
        return new Relation(id, 0, fromSpanId, toSpanId, type);
    }

    public boolean touches(long spanId) {
        return fromSpanId == spanId || toSpanId == spanId;
    }

    public Relation withId(long newId) {
        return new Relation(newId, documentId, fromSpanId, toSpanId, type);
    }

    public Relation withDocumentId(long newDocumentId) {
        return new Relation(id, newDocumentId, fromSpanId, toSpanId, type);
    }

    public Relation withEnds(long newFrom, long newTo) {
        return new Relation(id, documentId, newFrom, newTo, type);
    }
}
