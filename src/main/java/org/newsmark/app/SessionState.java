package org.newsmark.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/**
 * A document's annotations as the store holds them, mirrored in memory so views never query per
 * keystroke. Commands change the store first (inside its transaction) and then this mirror.
 */
final class SessionState {

    private final Store store;
    private Document document;
    private final List<Span> spans = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    /** No span is longer: an upper bound that does not shrink when spans go, which is all range lookups need. */
    private int longestSpan;

    SessionState(Store store, Document document) {
        this.store = store;
        this.document = document;
        reload();
    }

    Store store() {
        return store;
    }

    Document document() {
        return document;
    }

    long documentId() {
        return document.id();
    }

    /** Re-reads spans and relations, e.g. after a failed command left the mirror in doubt. */
    void reload() {
        spans.clear();
        spans.addAll(store.spans().forDocument(document.id()));
        longestSpan = spans.stream().mapToInt(s -> s.range().length()).max().orElse(0);
        relations.clear();
        relations.addAll(store.relations().forDocument(document.id()));
        document = store.documents().find(document.id()).orElse(document);
    }

    List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    Optional<Span> span(long id) {
        return spans.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Index of the first span (in document order) that starts at or after {@code start}. */
    int firstStartingAtOrAfter(int start) {
        return DocumentOrder.firstStartingAtOrAfter(spans, Span::range, start);
    }

    int longestSpan() {
        return longestSpan;
    }

    void addSpan(Span span) {
        longestSpan = Math.max(longestSpan, span.range().length());
        int at = Collections.binarySearch(spans, span, Span.BY_POSITION);
        spans.add(at < 0 ? -at - 1 : at, span);
    }

    void removeSpan(long id) {
        spans.removeIf(s -> s.id() == id);
        relations.removeIf(r -> r.touches(id));
    }

    void replaceSpan(Span span) {
        spans.removeIf(s -> s.id() == span.id());
        addSpan(span);
    }

    void addRelation(Relation relation) {
        relations.add(relation);
    }

    void removeRelation(long id) {
        relations.removeIf(r -> r.id() == id);
    }

    void setStatus(DocumentStatus status) {
        document = document.withStatus(status);
    }
}
