package org.newsmark.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.io.DatasetFormat;

/**
 * What an import stored.
 *
 * @param format               the format read
 * @param documents            documents stored
 * @param spans                spans stored
 * @param relations            relations stored
 * @param labelsCreated        labels that did not exist before
 * @param relationTypesCreated relation types that did not exist before
 * @param duplicates           names of documents not stored because their text already was
 * @param skipped              what the reader could not map, counted by kind (brat events, ...)
 * @param warnings             other things the reader noticed
 * @param unusedMappings       labels the request's label map renames but no span has, sorted (a mistyped
 *                             mapping; {@link ImportDatasets#run} finds them)
 * @param notes                what was imported in a form worth telling (brat events as relations,
 *                             discontinuous spans as fragments), counted by kind
 */
public record ImportSummary(DatasetFormat format, int documents, int spans, int relations, List<String> labelsCreated,
                            List<String> relationTypesCreated, List<String> duplicates, Map<String, Integer> skipped,
                            List<String> warnings, List<String> unusedMappings, Map<String, Integer> notes) {

    public ImportSummary {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        labelsCreated = List.copyOf(labelsCreated);
        relationTypesCreated = List.copyOf(relationTypesCreated);
        duplicates = List.copyOf(duplicates);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        warnings = List.copyOf(warnings);
        unusedMappings = List.copyOf(unusedMappings);
    }

    public ImportSummary(DatasetFormat format, int documents, int spans, int relations, List<String> labelsCreated,
                         List<String> relationTypesCreated, List<String> duplicates, Map<String, Integer> skipped,
                         List<String> warnings) {
        this(format, documents, spans, relations, labelsCreated, relationTypesCreated, duplicates, skipped, warnings,
                List.of(), Map.of());
    }

    /** A {@link ImportDatasets#preview preview} in a few lines: what an import would store. */
    public String previewText() {
        StringBuilder sb = new StringBuilder();
        sb.append(format.code()).append(": ").append(documents).append(" documents, ").append(spans)
                .append(" spans, ").append(relations).append(" relations to import");
        if (!labelsCreated.isEmpty()) {
            sb.append("\nnew labels: ").append(String.join(", ", labelsCreated));
        }
        if (!relationTypesCreated.isEmpty()) {
            sb.append("\nnew relation types: ").append(String.join(", ", relationTypesCreated));
        }
        if (!duplicates.isEmpty()) {
            sb.append("\n").append(duplicates.size()).append(" documents already in the database, left out");
        }
        notes.forEach((kind, n) -> sb.append("\n").append(n).append(" ").append(kind));
        skipped.forEach((kind, n) -> sb.append("\n").append(n).append(" skipped: ").append(kind));
        warnings.forEach(w -> sb.append("\nwarning: ").append(w));
        return sb.toString();
    }

    /** A few human-readable lines for the command line and the dialog. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("imported ").append(documents).append(" documents, ").append(spans).append(" spans, ")
                .append(relations).append(" relations (").append(format.code()).append(")");
        notes.forEach((kind, n) -> sb.append("\n").append(n).append(" ").append(kind));
        if (!labelsCreated.isEmpty()) {
            sb.append("\nlabels created: ").append(String.join(", ", labelsCreated));
        }
        if (!relationTypesCreated.isEmpty()) {
            sb.append("\nrelation types created: ").append(String.join(", ", relationTypesCreated));
        }
        if (!duplicates.isEmpty()) {
            sb.append("\n").append(duplicates.size()).append(" duplicates skipped (text already in the database): ")
                    .append(String.join(", ", duplicates.subList(0, Math.min(10, duplicates.size()))))
                    .append(duplicates.size() > 10 ? ", ..." : "");
        }
        skipped.forEach((kind, n) -> sb.append("\n").append(n).append(" skipped: ").append(kind));
        warnings.forEach(w -> sb.append("\nwarning: ").append(w));
        return sb.toString();
    }
}
