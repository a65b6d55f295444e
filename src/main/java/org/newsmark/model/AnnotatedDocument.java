package org.newsmark.model;

import java.util.List;
import java.util.Objects;

/**
 * A document with its spans and relations: the unit that importers produce and exporters consume.
 * Span ids are unique within the document; relations refer to them.
 */
public record AnnotatedDocument(Document document, List<Span> spans, List<Relation> relations) {

    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
    }

    public static AnnotatedDocument plain(Document document) {
        return new AnnotatedDocument(document, List.of(), List.of());
    }
}
