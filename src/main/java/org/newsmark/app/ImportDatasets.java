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
 * transaction ({@link #apply}) so that a failure or a cancel leaves the database as it was. The
 * command line's {@link #run} streams instead: each document is stored as soon as it is read, inside
 * the one transaction, which a later error rolls back whole.
 */
public final class ImportDatasets {

    static final String SELF_RELATION = "relation whose two ends are the same span";

    private final Workspace workspace;

    public ImportDatasets(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Reads and stores in one go (the command line), the same as {@code apply(plan(request))} but with
     * memory flat: documents go from the reader to the database one at a time, inside one transaction
     * (which holds the write lock while the files are read). An error at any line, a bad span or a
     * cancel rolls everything back. The total given to {@code progress} is 0: it is not known ahead.
     */
    public ImportSummary run(ImportRequest request, Progress progress, BooleanSupplier cancelled)
            throws DatasetException, IOException, UnusedMappingException {
        DatasetFormat format = readableFormat(request);
        Store store = workspace.store();
        try {
            return store.inTransaction(() -> {
                Streaming streaming = new Streaming(request, store.documents().textHashes(), workspace.scheme());
                try (BulkInserter inserter = store.bulkInserter()) {
                    ImportBatch rest;
                    try {
                        rest = format.reader().read(request.inputs(), new ImportOptions(request.offsets()), document -> {
                            if (cancelled.getAsBoolean()) {
                                throw new CancellationException("import cancelled: nothing was stored");
                            }
                            if (streaming.store(document, inserter)) {
                                progress.update(streaming.documents, 0);
                            }
                        });
                    } catch (DatasetException | IOException e) {
                        throw new ReadFailure(e);
                    }
                    List<String> unused = LabelMapping.unused(request.labelMap(), rest.labels());
                    if (request.strict() && !unused.isEmpty()) {
                        throw new ReadFailure(new UnusedMappingException(unused));
                    }
                    return streaming.summary(format, rest, unused);
                }
            });
        } catch (ReadFailure failure) {
            if (failure.getCause() instanceof DatasetException e) {
                throw e;
            }
            if (failure.getCause() instanceof UnusedMappingException e) {
                throw e;
            }
            throw (IOException) failure.getCause();
        }
    }

    /** Carries a checked exception out of the transaction, which rolls back on the way. */
    private static final class ReadFailure extends RuntimeException {
        ReadFailure(Exception cause) {
            super(cause);
        }
    }

    /** The state of a streaming import: what {@link #planFor} and {@link #apply} work out, one document at a time. */
    private final class Streaming {
        private final ImportRequest request;
        private final Set<String> seen;
        private final Set<String> knownLabels;
        private final Set<String> knownTypes;
        private final String annotator;
        private final Set<String> newLabels = new LinkedHashSet<>();
        private final Set<String> newTypes = new LinkedHashSet<>();
        private final List<String> duplicates = new ArrayList<>();
        private int documents;
        private int spans;
        private int relations;
        private int selfRelations;

        Streaming(ImportRequest request, Set<String> storedHashes, LabelScheme scheme) {
            this.request = request;
            this.seen = new HashSet<>(storedHashes);
            this.knownLabels = new HashSet<>(scheme.names());
            this.knownTypes = new HashSet<>(scheme.relationTypes());
            this.annotator = request.annotator().orElse("");
        }

        /** Stores one document unless its text is already there; whether it was stored. */
        boolean store(AnnotatedDocument read, BulkInserter inserter) {
            AnnotatedDocument document = prepared(read, request.labelMap());
            selfRelations += read.relations().size() - document.relations().size();
            String hash = document.document().sha256();
            if (!seen.add(hash) && !request.includeDuplicates()) {
                duplicates.add(document.document().name());
                return false;
            }
            for (Span span : document.spans()) {
                if (!knownLabels.contains(span.label()) && newLabels.add(span.label())) {
                    workspace.ensureLabel(span.label());
                }
            }
            for (Relation relation : document.relations()) {
                if (!knownTypes.contains(relation.type()) && newTypes.add(relation.type())) {
                    workspace.store().labels().addRelationType(relation.type());
                }
            }
            inserter.insert(document, annotator, hash);
            documents++;
            spans += document.spans().size();
            relations += document.relations().size();
            return true;
        }

        ImportSummary summary(DatasetFormat format, ImportBatch rest, List<String> unusedMappings) {
            Map<String, Integer> skipped = new LinkedHashMap<>(rest.skipped());
            if (selfRelations > 0) {
                skipped.merge(SELF_RELATION, selfRelations, Integer::sum);
            }
            return new ImportSummary(format, documents, spans, relations, List.copyOf(newLabels),
                    List.copyOf(newTypes), duplicates, skipped, rest.warnings(), unusedMappings);
        }
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

    /**
     * Reads every input completely and says what {@link #apply} would store; changes nothing. Unlike
     * {@link #run} it does not report unused label renames, but a strict request still refuses them.
     */
    public ImportPlan plan(ImportRequest request) throws DatasetException, IOException, UnusedMappingException {
        DatasetFormat format = readableFormat(request);
        ImportBatch read = format.reader().read(request.inputs(), new ImportOptions(request.offsets()));
        List<String> unused = LabelMapping.unused(request.labelMap(), read.labels());
        if (request.strict() && !unused.isEmpty()) {
            throw new UnusedMappingException(unused);
        }
        ImportBatch batch = prepared(read, request.labelMap());
        return planFor(request, format, batch, workspace.store().documents().textHashes(), workspace.scheme()).plan();
    }

    private static DatasetFormat readableFormat(ImportRequest request) throws DatasetException, IOException {
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
        return format;
    }

    /**
     * Stores a plan in one transaction. Duplicates and new labels are worked out again against the
     * database as it is now. A cancel throws {@link CancellationException} and stores nothing.
     */
    public ImportSummary apply(ImportPlan plan, Progress progress, BooleanSupplier cancelled) {
        Store store = workspace.store();
        return store.inTransaction(() -> {
            Planned planned = planFor(plan.request(), plan.format(), plan.batch(), store.documents().textHashes(),
                    workspace.scheme());
            ImportPlan now = planned.plan();
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
                    inserter.insert(document, annotator, planned.hashes().get(done));
                    progress.update(++done, total);
                }
            }
            return new ImportSummary(now.format(), total, now.spans(), now.relations(), now.newLabels(),
                    now.newRelationTypes(), now.duplicates(), now.batch().skipped(), now.batch().warnings(), List.of());
        });
    }

    /** A plan and the text hash of each document it would store, in order (hashed once). */
    private record Planned(ImportPlan plan, List<String> hashes) {
    }

    private static Planned planFor(ImportRequest request, DatasetFormat format, ImportBatch batch,
                                   Set<String> storedHashes, LabelScheme scheme) {
        Set<String> seen = new HashSet<>(storedHashes);
        List<AnnotatedDocument> keep = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (AnnotatedDocument document : batch.documents()) {
            String hash = document.document().sha256();
            boolean fresh = seen.add(hash);
            if (fresh || request.includeDuplicates()) {
                keep.add(document);
                hashes.add(hash);
            } else {
                duplicates.add(document.document().name());
            }
        }
        Set<String> knownLabels = new HashSet<>(scheme.names());
        Set<String> knownTypes = new HashSet<>(scheme.relationTypes());
        Set<String> labels = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (AnnotatedDocument document : keep) {
            for (Span span : document.spans()) {
                if (!knownLabels.contains(span.label())) {
                    labels.add(span.label());
                }
            }
            for (Relation relation : document.relations()) {
                if (!knownTypes.contains(relation.type())) {
                    types.add(relation.type());
                }
            }
        }
        return new Planned(new ImportPlan(request, format, batch, keep, duplicates, List.copyOf(labels),
                List.copyOf(types)), hashes);
    }

    /**
     * The batch with span labels renamed by {@code map} (labels not in it stay) and without relations
     * from a span to itself, which appear when a reader merges two identical spans; those are counted.
     */
    private static ImportBatch prepared(ImportBatch batch, Map<String, String> map) {
        Map<String, Integer> skipped = new LinkedHashMap<>(batch.skipped());
        List<AnnotatedDocument> documents = new ArrayList<>(batch.documents().size());
        for (AnnotatedDocument d : batch.documents()) {
            AnnotatedDocument p = prepared(d, map);
            if (p.relations().size() < d.relations().size()) {
                skipped.merge(SELF_RELATION, d.relations().size() - p.relations().size(), Integer::sum);
            }
            documents.add(p);
        }
        List<String> labels = batch.labels().stream().map(l -> map.getOrDefault(l, l)).distinct().toList();
        return new ImportBatch(documents, labels, batch.relationTypes(), skipped, batch.warnings());
    }

    /** One document with its labels renamed and without relations from a span to itself. */
    private static AnnotatedDocument prepared(AnnotatedDocument d, Map<String, String> map) {
        List<Relation> relations = d.relations().stream().filter(r -> r.fromSpanId() != r.toSpanId()).toList();
        List<Span> spans = map.isEmpty() ? d.spans()
                : d.spans().stream().map(s -> s.withLabel(map.getOrDefault(s.label(), s.label()))).toList();
        return spans == d.spans() && relations.size() == d.relations().size() ? d
                : new AnnotatedDocument(d.document(), spans, relations);
    }

    private static void requireExists(Path input) throws DatasetException {
        if (!Files.exists(input)) {
            throw new DatasetException(input, 0, "no such file or folder");
        }
    }
}
