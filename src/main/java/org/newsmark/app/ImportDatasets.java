package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.newsmark.io.DatasetException;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ImportBatch;
import org.newsmark.io.ImportOptions;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.BulkInserter;
import org.newsmark.store.Store;

/**
 * Imports labelled datasets: reads every input with io ({@link #plan}), then stores everything in one
 * transaction ({@link #apply}) so that a failure or a cancel leaves the database as it was.
 */
public final class ImportDatasets {

    static final String SELF_RELATION = "relation whose two ends are the same span";

    private final Workspace workspace;

    public ImportDatasets(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads, plans and stores in one go (the command line). */
    public ImportSummary run(ImportRequest request, Progress progress, BooleanSupplier cancelled)
            throws DatasetException, IOException {
        return apply(plan(request), progress, cancelled);
    }

    /** The format of the inputs: all must look alike. */
    public static DatasetFormat detectFormat(List<Path> inputs) throws DatasetException, IOException {
        Optional<DatasetFormat> found = Optional.empty();
        Path first = null;
        for (Path input : inputs) {
            requireExists(input);
            DatasetFormat format = DatasetFormat.detect(input).orElseThrow(() -> new DatasetException(input, 0,
                    "cannot tell the format from the name or the first lines; name it (--format)"));
            if (found.isPresent() && found.get() != format) {
                throw new DatasetException(input, 0, "looks like " + format.code() + " but " + first + " looks like "
                        + found.get().code() + "; import them separately or name the format");
            }
            found = Optional.of(format);
            first = first == null ? input : first;
        }
        return found.orElseThrow(() -> new IllegalArgumentException("nothing to import"));
    }

    /** Reads every input completely and says what {@link #apply} would store; changes nothing. */
    public ImportPlan plan(ImportRequest request) throws DatasetException, IOException {
        if (request.inputs().isEmpty()) {
            throw new IllegalArgumentException("nothing to import");
        }
        for (Path input : request.inputs()) {
            requireExists(input);
        }
        DatasetFormat format = request.format().isPresent() ? request.format().get() : detectFormat(request.inputs());
        if (!format.canRead()) {
            throw new DatasetException(request.inputs().get(0), 0, format.code() + " files cannot be imported");
        }
        ImportBatch batch = prepared(format.reader().read(request.inputs(), new ImportOptions(request.offsets())),
                request.labelMap());
        return planFor(request, format, batch, workspace.store().documents().textHashes(), workspace.scheme());
    }

    /**
     * Stores a plan in one transaction. Duplicates and new labels are worked out again against the
     * database as it is now. A cancel throws {@link CancellationException} and stores nothing.
     */
    public ImportSummary apply(ImportPlan plan, Progress progress, BooleanSupplier cancelled) {
        Store store = workspace.store();
        return store.inTransaction(() -> {
            ImportPlan now = planFor(plan.request(), plan.format(), plan.batch(), store.documents().textHashes(),
                    workspace.scheme());
            now.newLabels().forEach(workspace::ensureLabel);
            now.newRelationTypes().forEach(store.labels()::addRelationType);
            String annotator = plan.request().annotator().orElse("");
            int total = now.documents();
            try (BulkInserter inserter = store.bulkInserter()) {
                int done = 0;
                for (AnnotatedDocument document : now.toImport()) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("import cancelled: nothing was stored");
                    }
                    inserter.insert(document, annotator);
                    progress.update(++done, total);
                }
            }
            return new ImportSummary(now.format(), total, now.spans(), now.relations(), now.newLabels(),
                    now.newRelationTypes(), now.duplicates(), now.batch().skipped(), now.batch().warnings());
        });
    }

    private static ImportPlan planFor(ImportRequest request, DatasetFormat format, ImportBatch batch,
                                      Set<String> storedHashes, LabelScheme scheme) {
        Set<String> seen = new HashSet<>(storedHashes);
        List<AnnotatedDocument> keep = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (AnnotatedDocument document : batch.documents()) {
            boolean fresh = seen.add(document.document().sha256());
            if (fresh || request.includeDuplicates()) {
                keep.add(document);
            } else {
                duplicates.add(document.document().name());
            }
        }
        Set<String> labels = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (AnnotatedDocument document : keep) {
            document.spans().stream().map(Span::label).filter(l -> scheme.byName(l).isEmpty()).forEach(labels::add);
            document.relations().stream().map(Relation::type).filter(t -> !scheme.relationTypes().contains(t))
                    .forEach(types::add);
        }
        return new ImportPlan(request, format, batch, keep, duplicates, List.copyOf(labels), List.copyOf(types));
    }

    /**
     * The batch with span labels renamed by {@code map} (labels not in it stay) and without relations
     * from a span to itself, which appear when a reader merges two identical spans; those are counted.
     */
    private static ImportBatch prepared(ImportBatch batch, Map<String, String> map) {
        Map<String, Integer> skipped = new LinkedHashMap<>(batch.skipped());
        List<AnnotatedDocument> documents = new ArrayList<>(batch.documents().size());
        for (AnnotatedDocument d : batch.documents()) {
            List<Relation> relations = d.relations().stream().filter(r -> r.fromSpanId() != r.toSpanId()).toList();
            if (relations.size() < d.relations().size()) {
                skipped.merge(SELF_RELATION, d.relations().size() - relations.size(), Integer::sum);
            }
            List<Span> spans = map.isEmpty() ? d.spans()
                    : d.spans().stream().map(s -> s.withLabel(map.getOrDefault(s.label(), s.label()))).toList();
            documents.add(spans == d.spans() && relations.size() == d.relations().size() ? d
                    : new AnnotatedDocument(d.document(), spans, relations));
        }
        List<String> labels = batch.labels().stream().map(l -> map.getOrDefault(l, l)).distinct().toList();
        return new ImportBatch(documents, labels, batch.relationTypes(), skipped, batch.warnings());
    }

    private static void requireExists(Path input) throws DatasetException {
        if (!Files.exists(input)) {
            throw new DatasetException(input, 0, "no such file or folder");
        }
    }
}
