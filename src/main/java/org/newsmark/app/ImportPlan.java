package org.newsmark.app;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ImportBatch;
import org.newsmark.model.AnnotatedDocument;

/**
 * A parsed import that has not touched the database yet: what the preview shows before the user
 * commits it.
 *
 * @param request          what was asked
 * @param format           the format read (detected or given)
 * @param batch            everything read, labels already renamed
 * @param toImport         the documents that would be stored
 * @param duplicates       names of documents left out because their text is already stored
 * @param newLabels        labels the import would create
 * @param newRelationTypes relation types the import would create
 */
public record ImportPlan(ImportRequest request, DatasetFormat format, ImportBatch batch, List<AnnotatedDocument> toImport,
                         List<String> duplicates, List<String> newLabels, List<String> newRelationTypes) {

    public ImportPlan {
        toImport = List.copyOf(toImport);
        duplicates = List.copyOf(duplicates);
        newLabels = List.copyOf(newLabels);
        newRelationTypes = List.copyOf(newRelationTypes);
    }

    public int documents() {
        return toImport.size();
    }

    public int spans() {
        return toImport.stream().mapToInt(d -> d.spans().size()).sum();
    }

    public int relations() {
        return toImport.stream().mapToInt(d -> d.relations().size()).sum();
    }

    /** What the reader skipped, counting of each document's own only the documents to import. */
    public Map<String, Integer> skipped() {
        return batch.skippedFor(toImportIndex());
    }

    /** What was imported in a form worth telling, for the documents to import. */
    public Map<String, Integer> notes() {
        return batch.notesFor(toImportIndex());
    }

    private IntPredicate toImportIndex() {
        Set<AnnotatedDocument> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(toImport);
        return i -> i < batch.documents().size() && kept.contains(batch.documents().get(i));
    }

    /** The preview in a few lines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(format.code()).append(": ").append(documents()).append(" documents, ").append(spans())
                .append(" spans, ").append(relations()).append(" relations to import");
        if (!newLabels.isEmpty()) {
            sb.append("\nnew labels: ").append(String.join(", ", newLabels));
        }
        if (!newRelationTypes.isEmpty()) {
            sb.append("\nnew relation types: ").append(String.join(", ", newRelationTypes));
        }
        if (!duplicates.isEmpty()) {
            sb.append("\n").append(duplicates.size()).append(" documents already in the database, left out");
        }
        notes().forEach((kind, n) -> sb.append("\n").append(n).append(" ").append(kind));
        skipped().forEach((kind, n) -> sb.append("\n").append(n).append(" skipped: ").append(kind));
        return sb.toString();
    }
}
