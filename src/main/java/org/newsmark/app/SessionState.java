package org.newsmark.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.InvalidSpanException;
import org.newsmark.store.Store;

/**
 * A document's annotations as the store holds them, mirrored in memory so views never query per
 * keystroke. Commands change the store first (inside its transaction) and then this mirror.
 */
final class SessionState {

    private final Store store;
    private Document document;
    private final String annotator;
    private final List<Span> spans = new ArrayList<>();
    /** The same spans by id: a lookup or removal in a 20,000-span article must not walk the list. */
    private final Map<Long, Span> byId = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    /** No span is longer: an upper bound that does not shrink when spans go, which is all range lookups need. */
    private int longestSpan;
    private final Handles spanHandles = new Handles();
    private final Handles relationHandles = new Handles();

    SessionState(Store store, Document document, String annotator) {
        this.store = store;
        this.document = document;
        this.annotator = annotator;
        reload();
    }

    Store store() {
        return store;
    }

    Document document() {
        return document;
    }

    /** Whose layer of the document this is. */
    String annotator() {
        return annotator;
    }

    long documentId() {
        return document.id();
    }

    /** Re-reads spans and relations, e.g. after a failed command left the mirror in doubt. */
    void reload() {
        spans.clear();
        spans.addAll(store.spans().forDocument(document.id(), annotator));
        byId.clear();
        spans.forEach(s -> byId.put(s.id(), s));
        longestSpan = spans.stream().mapToInt(s -> s.range().length()).max().orElse(0);
        relations.clear();
        relations.addAll(store.relations().forDocument(document.id(), annotator));
        document = store.documents().find(document.id()).orElse(document);
        spanHandles.retain(spans.stream().map(Span::id).collect(Collectors.toSet()));
        relationHandles.retain(relations.stream().map(Relation::id).collect(Collectors.toSet()));
    }

    /** Where a command starts: the handle bindings to put back if it fails. */
    Mark mark() {
        return new Mark(spanHandles.snapshot(), relationHandles.snapshot());
    }

    /** After a failed command rolled the store back: the handles as they were, the mirror re-read. */
    void rollBack(Mark mark) {
        spanHandles.restore(mark.spans());
        relationHandles.restore(mark.relations());
        reload();
    }

    record Mark(Handles.Snapshot spans, Handles.Snapshot relations) {
    }

    /** The handle of a span this document holds now. */
    Handle spanHandle(long spanId) {
        return spanHandles.of(spanId);
    }

    /** The id of the span of {@code handle}, which must exist now. */
    long liveSpanId(Handle handle) {
        if (!spanHandles.isLive(handle)) {
            throw new InvalidSpanException("the span it refers to is no longer in this document");
        }
        return handle.id();
    }

    /** The id of the relation of {@code handle}, which must exist now. */
    long liveRelationId(Handle handle) {
        if (!relationHandles.isLive(handle)) {
            throw new InvalidSpanException("the link it refers to is no longer in this document");
        }
        return handle.id();
    }

    /** The handle of a relation this document holds now. */
    Handle relationHandle(long relationId) {
        return relationHandles.of(relationId);
    }

    /** The id of the label now called {@code name}; commands keep it, so a later rename changes nothing. */
    long labelId(String name) {
        return store.labels().byName(name).map(Label::id)
                .orElseThrow(() -> new InvalidSpanException("unknown label '" + name + "'"));
    }

    /** What the label is called now. */
    String labelName(long labelId) {
        return store.labels().find(labelId).map(Label::name)
                .orElseThrow(() -> new InvalidSpanException("its label was deleted from the scheme"));
    }

    List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    Optional<Span> span(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Index of the first span (in document order) that starts at or after {@code start}. */
    int firstStartingAtOrAfter(int start) {
        return DocumentOrder.firstStartingAtOrAfter(spans, Span::range, start);
    }

    int longestSpan() {
        return longestSpan;
    }

    private void addSpan(Span span) {
        longestSpan = Math.max(longestSpan, span.range().length());
        int at = Collections.binarySearch(spans, span, Span.BY_POSITION);
        spans.add(at < 0 ? -at - 1 : at, span);
        byId.put(span.id(), span);
    }

    /** Takes a span out of the ordered list by binary search (the order ends with the id, so it is exact). */
    private void unlist(long id) {
        Span gone = byId.remove(id);
        if (gone != null) {
            int at = Collections.binarySearch(spans, gone, Span.BY_POSITION);
            if (at >= 0) {
                spans.remove(at);
            } else {
                spans.removeIf(s -> s.id() == id);
            }
        }
    }

    /** A span stored (again) for {@code handle}. */
    void addSpan(Handle handle, Span span) {
        spanHandles.bind(handle, span.id());
        addSpan(span);
    }

    /** The span is gone, and with it the relations that touched it. */
    void removeSpan(long id) {
        unlist(id);
        spanHandles.forget(id);
        relations.stream().filter(r -> r.touches(id)).forEach(r -> relationHandles.forget(r.id()));
        relations.removeIf(r -> r.touches(id));
    }

    void replaceSpan(Span span) {
        unlist(span.id());
        addSpan(span);
    }

    /** A relation stored (again) for {@code handle}. */
    void addRelation(Handle handle, Relation relation) {
        relationHandles.bind(handle, relation.id());
        relations.add(relation);
    }

    void removeRelation(long id) {
        relations.removeIf(r -> r.id() == id);
        relationHandles.forget(id);
    }

    void setStatus(DocumentStatus status) {
        document = document.withStatus(status);
    }
}
