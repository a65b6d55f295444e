package org.newsmark.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/**
 * Every annotator's layer of the documents, for comparing them (agreement) and writing the agreed
 * one (curation into {@value Annotator#GOLD}). Read in one snapshot per call.
 */
public final class TeamLayers {

    private final Workspace workspace;

    public TeamLayers(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every annotator with a span, a status or an assignment in the database, by name. */
    public List<String> listAnnotators() {
        return workspace.store().layers().annotators();
    }

    /** The annotators with spans or a status on a document, by name. */
    public Set<String> annotatorsOf(long documentId) {
        return workspace.store().layers().annotatorsOf(documentId);
    }

    /** Ids of every document, in id order. */
    public List<Long> documentIds() {
        return workspace.store().documents().ids(java.util.Optional.empty());
    }

    /** A document's spans by annotator (by name), each layer in document order. */
    public Map<String, List<Span>> spans(long documentId) {
        return workspace.store().layers().spans(documentId);
    }

    /** A document's relations by annotator (by name). */
    public Map<String, List<Relation>> relations(long documentId) {
        return workspace.store().layers().relations(documentId);
    }

    /** Every layer of a document as an annotated document of its own, by annotator (by name). */
    public Map<String, AnnotatedDocument> layers(long documentId) {
        Store store = workspace.store();
        return store.read(() -> {
            Document document = store.documents().find(documentId)
                    .orElseThrow(() -> new IllegalArgumentException("no document " + documentId + " in " + store.location()));
            Map<String, List<Span>> spans = store.layers().spans(documentId);
            Map<String, List<Relation>> relations = store.layers().relations(documentId);
            Set<String> names = new TreeSet<>(spans.keySet());
            names.addAll(store.layers().annotatorsOf(documentId));
            Map<String, AnnotatedDocument> layers = new TreeMap<>();
            for (String name : names) {
                layers.put(name, new AnnotatedDocument(document, spans.getOrDefault(name, List.of()),
                        relations.getOrDefault(name, List.of())));
            }
            return layers;
        });
    }

    /**
     * Replaces {@code annotator}'s layer of a document (curation writes {@value Annotator#GOLD} this
     * way) with these spans and relations, in one transaction. Span ids are local: relations refer
     * to them. Unknown labels are created. An open session of that layer is re-read.
     */
    public void replaceLayer(long documentId, Annotator annotator, List<Span> spans, List<Relation> relations) {
        Store store = workspace.store();
        store.inTransaction(() -> {
            Document document = store.documents().find(documentId)
                    .orElseThrow(() -> new IllegalArgumentException("no document " + documentId + " in " + store.location()));
            spans.stream().map(Span::label).distinct().forEach(workspace::ensureLabel);
            Set<String> types = new TreeSet<>(store.labels().relationTypes());
            relations.stream().map(Relation::type).filter(types::add).forEach(store.labels()::addRelationType);
            store.layers().deleteLayer(documentId, annotator.name());
            store.layers().bump(documentId, annotator.name(), workspace.annotator().name()); // a curator's open session hears of it
            try (var inserter = store.bulkInserter()) {
                inserter.insertLayer(documentId, new AnnotatedDocument(document, spans, relations), annotator.name());
            }
            return null;
        });
        if (workspace.annotator().equals(annotator)) {
            workspace.openSessionIfAny(documentId).ifPresent(DocumentSession::reload);
        }
    }
}
