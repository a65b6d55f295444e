package org.newsmark.app;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsmark.store.StoreChange;

/**
 * What other clients changed over a moment, as a window needs to know it: whether to read the document
 * list again (documents added or removed, statuses, assignments, span counts of the analyst's own
 * layer), the label scheme, and the documents whose other layers changed. The analyst's own layer of
 * an open document is never in it: only they write it, and their session already shows it.
 *
 * @param everyLayer any document's layers may have changed (the engine could not tell which)
 */
public record ForeignChanges(boolean documents, boolean scheme, boolean everyLayer, Set<Long> layers) {

    public ForeignChanges {
        layers = Set.copyOf(layers);
    }

    /** Whether the layers other than the analyst's own of {@code documentId} may have changed. */
    public boolean layersOf(long documentId) {
        return everyLayer || layers.contains(documentId);
    }

    /** Changes gathered one by one until a window is told. */
    static final class Gathering {

        private final String own;
        private boolean documents;
        private boolean scheme;
        private boolean everyLayer;
        private final Set<Long> layers = new HashSet<>();

        Gathering(String ownAnnotator) {
            this.own = ownAnnotator;
        }

        void addAll(List<StoreChange> changes) {
            changes.forEach(this::add);
        }

        void add(StoreChange change) {
            switch (change.kind()) {
                case DOCUMENT, STATUS, ASSIGNMENT -> documents = true;
                case SCHEME -> scheme = true;
                case LAYER -> layer(change.documentId(), change.annotator());
                case ANY -> {
                    documents = true;
                    scheme = true;
                    everyLayer = true;
                }
            }
        }

        private void layer(Optional<Long> document, Optional<String> annotator) {
            if (annotator.isEmpty() || annotator.get().equals(own)) {
                documents = true; // the list counts the spans of the analyst's own layer
            }
            if (annotator.isEmpty() || !annotator.get().equals(own)) {
                document.ifPresentOrElse(layers::add, () -> everyLayer = true);
            }
        }

        boolean isEmpty() {
            return !documents && !scheme && !everyLayer && layers.isEmpty();
        }

        /** What was gathered; gathering starts afresh. */
        ForeignChanges take() {
            ForeignChanges taken = new ForeignChanges(documents, scheme, everyLayer, layers);
            documents = false;
            scheme = false;
            everyLayer = false;
            layers.clear();
            return taken;
        }
    }
}
