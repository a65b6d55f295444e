package org.newsmark.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.app.team.AgreementReport;
import org.newsmark.app.team.AgreementStudy;
import org.newsmark.app.team.LayeredDocument;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.Label;

/** The team's agreement over the whole database, and one document's layers, for the window's team views. */
public final class TeamAgreement {

    private TeamAgreement() {
    }

    /** Every annotator but {@value Annotator#GOLD}, by name. */
    public static List<String> annotators(Workspace workspace) {
        return new TeamLayers(workspace).listAnnotators().stream().filter(a -> !a.equals(Annotator.GOLD)).toList();
    }

    /**
     * The agreement of every annotator but gold on every document, per label of the scheme (in its
     * order); empty when fewer than two annotators have worked.
     */
    public static Optional<AgreementReport> of(Workspace workspace) {
        List<String> annotators = annotators(workspace);
        if (annotators.size() < 2) {
            return Optional.empty();
        }
        TeamLayers layers = new TeamLayers(workspace);
        AgreementStudy study = new AgreementStudy(annotators, workspace.scheme().labels().stream().map(Label::name).toList());
        for (long id : layers.documentIds()) {
            study.add(layered(workspace, layers, id));
        }
        return Optional.of(study.report());
    }

    /** A document with each annotator's layer but gold's. */
    public static LayeredDocument layered(Workspace workspace, long documentId) {
        return layered(workspace, new TeamLayers(workspace), documentId);
    }

    private static LayeredDocument layered(Workspace workspace, TeamLayers layers, long documentId) {
        Map<String, AnnotatedDocument> all = layers.layers(documentId);
        Document document = all.values().stream().findFirst().map(AnnotatedDocument::document)
                .orElseGet(() -> workspace.store().documents().find(documentId).orElseThrow(
                        () -> new IllegalArgumentException("no document " + documentId + " in " + workspace.location())));
        Map<String, List<org.newsmark.model.Span>> spans = new LinkedHashMap<>();
        Map<String, List<org.newsmark.model.Relation>> relations = new LinkedHashMap<>();
        all.forEach((name, layer) -> {
            if (!name.equals(Annotator.GOLD)) {
                spans.put(name, layer.spans());
                relations.put(name, layer.relations());
            }
        });
        return new LayeredDocument(document, spans, relations);
    }
}
