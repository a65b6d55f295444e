package org.newsmark.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.model.Annotator;
import org.newsmark.model.DocumentStatus;

/**
 * Which documents each annotator is to annotate. Assigning is deterministic and balanced: documents
 * in id order take the next annotators round the list, so every annotator gets the same number of
 * documents, give or take one, and no document gets one annotator twice.
 */
public final class Assignments {

    /** One assignment as a listing shows it: the annotator's status of their layer and its span count. */
    public record Row(String annotator, long documentId, String documentName, DocumentStatus status, int spans) {
    }

    private final Workspace workspace;

    public Assignments(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The plan for these documents: each gets {@code perDocument} annotators; with an overlap only
     * that share of documents (spread evenly over the list) does and the rest get one each.
     *
     * @param overlapPercent 0 to 100, empty for every document
     */
    public static Map<Long, List<String>> plan(List<Long> documents, List<String> annotators, int perDocument,
                                               Optional<Double> overlapPercent) {
        List<String> names = List.copyOf(new LinkedHashSet<>(annotators));
        if (names.size() != annotators.size()) {
            throw new IllegalArgumentException("an annotator is named twice: " + String.join(",", annotators));
        }
        names.forEach(Annotator::new);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no annotators to assign documents to");
        }
        if (perDocument < 1 || perDocument > names.size()) {
            throw new IllegalArgumentException("documents per annotator set must be between 1 and the number of"
                    + " annotators (" + names.size() + "): " + perDocument);
        }
        double share = overlapPercent.orElse(100.0) / 100.0;
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the overlap must be between 0% and 100%: " + overlapPercent.orElseThrow() + "%");
        }
        Map<Long, List<String>> plan = new LinkedHashMap<>();
        int next = 0;
        for (int i = 0; i < documents.size(); i++) {
            // document i overlaps when the running count of overlapping documents steps up at it
            boolean overlaps = Math.floor((i + 1) * share + 1e-9) > Math.floor(i * share + 1e-9);
            int count = overlaps ? perDocument : 1;
            List<String> these = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                these.add(names.get((next + k) % names.size()));
            }
            next = (next + count) % names.size();
            plan.put(documents.get(i), List.copyOf(these));
        }
        return plan;
    }

    /** Plans over every document and stores the plan in place of any earlier one; returns it. */
    public Map<Long, List<String>> assign(List<String> annotators, int perDocument, Optional<Double> overlapPercent) {
        Map<Long, List<String>> plan = plan(workspace.store().documents().ids(Optional.empty()), annotators,
                perDocument, overlapPercent);
        workspace.store().layers().replaceAssignments(plan);
        return plan;
    }

    /** Whether any document is assigned to anyone. */
    public boolean any() {
        return workspace.store().layers().hasAssignments();
    }

    /** The ids of the documents assigned to an annotator, in id order. */
    public List<Long> of(Annotator annotator) {
        return workspace.store().layers().assignedTo(annotator.name());
    }

    /** Every assignment, by annotator then document. */
    public List<Row> list() {
        return workspace.store().layers().assignments().stream()
                .map(a -> new Row(a.annotator(), a.documentId(), a.documentName(), a.status(), a.spans())).toList();
    }
}
