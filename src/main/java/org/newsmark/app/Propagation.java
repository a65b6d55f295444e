package org.newsmark.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * "Tag every other occurrence of this string": a preview with counts per document, then one
 * undoable action in each document touched.
 */
public final class Propagation {

    /** Where the string occurs untagged, per document. */
    public record Preview(String needle, String label, List<DocumentHits> documents) {

        public int total() {
            return documents.stream().mapToInt(d -> d.hits().size()).sum();
        }

        public int inDocument(long documentId) {
            return documents.stream().filter(d -> d.documentId() == documentId).mapToInt(d -> d.hits().size()).sum();
        }
    }

    /** The untagged occurrences in one document. */
    public record DocumentHits(long documentId, String title, List<TextRange> hits) {
    }

    private final Workspace workspace;

    public Propagation(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Occurrences (whole word, same case) not yet covered by a span of that label; only {@code onlyDocument} if given. */
    public Preview preview(String needle, String label, Optional<Long> onlyDocument) {
        TextSearch.Query query = new TextSearch.Query(needle, false, true, true);
        List<DocumentHits> found = new ArrayList<>();
        List<Long> ids = onlyDocument.map(List::of).orElseGet(() -> workspace.store().documents().ids(Optional.empty()));
        for (long id : ids) {
            Document document = workspace.store().documents().find(id).orElseThrow();
            List<Span> tagged = spansOf(id).stream().filter(s -> s.label().equals(label)).toList();
            List<TextRange> hits = TextSearch.find(document.text(), query).stream()
                    .filter(h -> tagged.stream().noneMatch(s -> s.range().overlaps(h)))
                    .toList();
            if (!hits.isEmpty()) {
                found.add(new DocumentHits(id, document.title(), hits));
            }
        }
        return new Preview(needle, label, found);
    }

    /**
     * Tags the previewed hits; each document's change is one undoable action in its own history. No
     * document's status changes: tagging other documents from here does not mean anyone read them.
     */
    public int apply(Preview preview) {
        int created = 0;
        for (DocumentHits hits : preview.documents()) {
            created += workspace.open(hits.documentId()).tagAll(hits.hits(), preview.label(), workspace.annotator().name()).size();
        }
        return created;
    }

    private List<Span> spansOf(long documentId) {
        return workspace.openSessionIfAny(documentId).map(DocumentSession::spans)
                .orElseGet(() -> workspace.store().spans().forDocument(documentId, workspace.annotator().name()));
    }
}
