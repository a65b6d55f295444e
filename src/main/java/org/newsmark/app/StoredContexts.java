package org.newsmark.app;

import java.util.Set;
import java.util.stream.Collectors;
import org.newsmark.model.Document;
import org.newsmark.store.Store;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SuggestionContext;

/** What the suggestion engine needs to know about a stored document, read in one consistent snapshot. */
final class StoredContexts {

    private StoredContexts() {
    }

    static SuggestionContext of(Store store, long documentId) {
        return store.read(() -> {
            Document document = store.documents().find(documentId)
                    .orElseThrow(() -> new IllegalArgumentException("no document " + documentId + " in " + store.location()));
            return new SuggestionContext(document.text(), store.spans().forDocument(documentId),
                    store.relations().forDocument(documentId), rejected(store, documentId));
        });
    }

    /** {@link #of(Store, long)} with only the spans and relations of one annotator's layer. */
    static SuggestionContext of(Store store, long documentId, String layer) {
        return store.read(() -> {
            Document document = store.documents().find(documentId)
                    .orElseThrow(() -> new IllegalArgumentException("no document " + documentId + " in " + store.location()));
            return new SuggestionContext(document.text(), store.spans().forDocument(documentId, layer),
                    store.relations().forDocument(documentId, layer), rejected(store, documentId));
        });
    }

    /** The suggestions rejected in a document, by label and range. */
    static Set<SpanKey> rejected(Store store, long documentId) {
        return store.suggestions().rejections(documentId).stream()
                .map(r -> new SpanKey(r.label(), r.range())).collect(Collectors.toUnmodifiableSet());
    }
}
