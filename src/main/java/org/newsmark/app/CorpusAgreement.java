package org.newsmark.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.AgreementStudy;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.AnnotatedDocuments;
import org.newsmark.store.LayerFigures;
import org.newsmark.store.Store;

/**
 * How far the annotators of the database agree: their layers read a page of documents at a time
 * (each page in one read) and handed to {@link AgreementStudy}. Only documents that at least two of
 * the annotators compared worked on (a span or a status there) are compared; the layer
 * {@value Annotator#GOLD} is left out unless named.
 */
public final class CorpusAgreement {

    /** The most annotators one study compares (AgreementStudy's limit). */
    public static final int MAX_ANNOTATORS = 63;

    private static final int PAGE = AnnotatedDocuments.MAX_PAGE;

    private final Workspace workspace;

    public CorpusAgreement(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Everyone with a layer somewhere (a span or a status), {@value Annotator#GOLD} included, by name. */
    public List<String> annotatorsWithLayers() {
        return new LayerFigures(workspace.store()).annotatorsWithLayers();
    }

    /** Whom agreement compares by default: everyone with a layer but {@value Annotator#GOLD}, by name. */
    public List<String> annotators() {
        return annotatorsWithLayers().stream().filter(a -> !Annotator.GOLD.equals(a)).toList();
    }

    /**
     * The agreement of these annotators over every document of the database.
     *
     * @param labels the labels to report, in order; empty: every label they used
     * @throws IllegalArgumentException fewer than two annotators, or one named twice
     */
    public AgreementReport measure(List<String> annotators, List<String> labels) {
        return measure(annotators, labels, Optional.empty());
    }

    /** {@link #measure(List, List)} over these documents only (e.g. those of an export), when given. */
    public AgreementReport measure(List<String> annotators, List<String> labels, Optional<List<Long>> documents) {
        AgreementStudy study = new AgreementStudy(annotators, labels);
        Set<String> compared = Set.copyOf(annotators);
        Store store = workspace.store();
        List<Long> ids = documents.orElseGet(() -> store.documents().ids(Optional.empty()));
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<Long> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
            // a read per page: a window's writer waits for one page at most, never for the whole corpus
            List<LayeredDocument> layered = store.read(() -> {
                Map<Long, Set<String>> layers = store.layers().annotatorsOf(page);
                List<Long> shared = page.stream()
                        .filter(id -> layers.getOrDefault(id, Set.of()).stream().filter(compared::contains).count() >= 2)
                        .toList();
                List<LayeredDocument> out = new ArrayList<>();
                for (AnnotatedDocument document : store.annotated().load(shared)) {
                    out.add(layered(document, layers.get(document.document().id()).stream()
                            .filter(compared::contains).toList()));
                }
                return out;
            });
            layered.forEach(study::add);
        }
        return study.report();
    }

    /**
     * A stored document (every layer's spans and relations together) split into the layers of these
     * annotators, each present even when empty; a relation belongs to the layer of its first span.
     */
    static LayeredDocument layered(AnnotatedDocument all, List<String> annotators) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, List<Relation>> relations = new LinkedHashMap<>();
        annotators.forEach(a -> {
            spans.put(a, new ArrayList<>());
            relations.put(a, new ArrayList<>());
        });
        Map<Long, String> layerOf = new HashMap<>();
        for (Span s : all.spans()) {
            List<Span> layer = spans.get(s.annotator());
            if (layer != null) {
                layer.add(s);
                layerOf.put(s.id(), s.annotator());
            }
        }
        for (Relation r : all.relations()) {
            String layer = layerOf.get(r.fromSpanId());
            if (layer != null) {
                relations.get(layer).add(r);
            }
        }
        return new LayeredDocument(all.document(), spans, relations);
    }
}
