package org.newsmark.app;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.Suggestions;

/**
 * Suggestions computed ahead of time for documents the analyst is likely to open next, so that an
 * opened article shows them with its first frame. An entry is used only while it still describes the
 * document exactly: same engine, same basis (the corpus memory's version and the rejections made, as
 * the service counts them), same text, spans and relations.
 */
final class SuggestionCache {

    /** What the suggestions were computed from. */
    private record Entry(Object engine, long basis, String text, List<Span> spans, List<Relation> relations,
                         Suggestions suggestions) {

        boolean describes(Object engine, long basis, String text, List<Span> spans, List<Relation> relations) {
            return this.engine == engine && this.basis == basis && this.text.equals(text)
                    && sameElements(this.spans, spans) && sameElements(this.relations, relations);
        }
    }

    private final Map<Long, Entry> entries;

    SuggestionCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(long documentId, Object engine, long basis, SuggestionContext context,
                          Suggestions suggestions) {
        entries.put(documentId, new Entry(engine, basis, context.text(), context.spans(), context.relations(),
                suggestions));
    }

    /** The stored suggestions if they were computed from exactly this state of the document. */
    synchronized Optional<Suggestions> get(long documentId, Object engine, long basis, String text,
                                           List<Span> spans, List<Relation> relations) {
        Entry e = entries.get(documentId);
        return e != null && e.describes(engine, basis, text, spans, relations)
                ? Optional.of(e.suggestions()) : Optional.empty();
    }

    synchronized boolean isFresh(long documentId, Object engine, long basis, SuggestionContext context) {
        Entry e = entries.get(documentId);
        return e != null && e.describes(engine, basis, context.text(), context.spans(), context.relations());
    }

    /** Order-insensitive: the store and an open session may list the same spans in different orders. */
    private static <T> boolean sameElements(List<T> a, List<T> b) {
        return a.size() == b.size() && (a.equals(b) || new HashSet<>(a).equals(new HashSet<>(b)));
    }
}
