package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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
import org.newsmark.io.DocumentTally;
import org.newsmark.io.EventRole;
import org.newsmark.io.ImportBatch;
import org.newsmark.io.ImportOptions;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.BulkInserter;
import org.newsmark.store.Store;
import org.newsmark.suggest.Labels;

/**
 * Imports labelled datasets: reads every input with io ({@link #plan}), then stores everything in one
 * transaction ({@link #apply}) so that a failure or a cancel leaves the database as it was. The
 * command line's {@link #run} streams instead: each document is stored as soon as it is read, inside
 * the one transaction, which a later error rolls back whole.
 */
public final class ImportDatasets {

    static final String SELF_RELATION = "relation whose two ends are the same span";
    static final String SAID_BY_FROM_EVENTS = "said_by relations made from events with a quote and a speaker argument"
            + " (roles after --map)";

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
        private final BitSet stored = new BitSet();
        private int read;
        private int saidBy;
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
        boolean store(AnnotatedDocument next, BulkInserter inserter) {
            int index = read++;
            Prepared prepared = prepared(next, request.labelMap());
            AnnotatedDocument document = prepared.document();
            String hash = document.document().sha256();
            if (!seen.add(hash) && !request.includeDuplicates()) {
                duplicates.add(document.document().name());
                return false;
            }
            stored.set(index);
            selfRelations += prepared.selfRelations();
            saidBy += prepared.saidBy();
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
            Map<String, Integer> skipped = new LinkedHashMap<>(rest.skippedFor(stored::get));
            if (selfRelations > 0) {
                skipped.merge(SELF_RELATION, selfRelations, Integer::sum);
            }
            Map<String, Integer> notes = new LinkedHashMap<>(rest.notesFor(stored::get));
            if (saidBy > 0) {
                notes.merge(SAID_BY_FROM_EVENTS, saidBy, Integer::sum);
            }
            return new ImportSummary(format, documents, spans, relations, List.copyOf(newLabels),
                    List.copyOf(newTypes), duplicates, skipped, rest.warnings(), unusedMappings, notes);
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
                    now.newRelationTypes(), now.duplicates(), now.skipped(), now.batch().warnings(), List.of(), now.notes());
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

    /** One document as it will be stored, with what preparing it dropped and added. */
    private record Prepared(AnnotatedDocument document, int selfRelations, int saidBy) {
    }

    /**
     * The batch with every document {@link #prepared(AnnotatedDocument, Map) prepared}; what that
     * dropped and added is counted in each document's tally.
     */
    private static ImportBatch prepared(ImportBatch batch, Map<String, String> map) {
        boolean perDocument = batch.tallies().size() == batch.documents().size();
        Map<String, Integer> skipped = new LinkedHashMap<>(batch.skipped());
        List<AnnotatedDocument> documents = new ArrayList<>(batch.documents().size());
        List<DocumentTally> tallies = new ArrayList<>(batch.documents().size());
        for (int i = 0; i < batch.documents().size(); i++) {
            Prepared p = prepared(batch.documents().get(i), map);
            documents.add(p.document());
            if (p.selfRelations() > 0) {
                skipped.merge(SELF_RELATION, p.selfRelations(), Integer::sum);
            }
            if (perDocument) {
                tallies.add(batch.tallies().get(i).plusSkipped(SELF_RELATION, p.selfRelations())
                        .plusNote(SAID_BY_FROM_EVENTS, p.saidBy()));
            }
        }
        List<String> labels = batch.labels().stream().map(l -> map.getOrDefault(l, l)).distinct().toList();
        List<String> types = documents.stream().flatMap(d -> d.relations().stream()).map(Relation::type).distinct()
                .toList();
        return new ImportBatch(documents, labels, types, skipped, batch.warnings(),
                perDocument ? tallies : batch.tallies());
    }

    /**
     * One document with its labels and event roles renamed by {@code map} (names not in it stay),
     * without relations from a span to itself (they appear when a reader merges two identical spans),
     * and with a {@code said_by} relation from each
     * quote argument of an event to each speaker argument of the same event.
     */
    private static Prepared prepared(AnnotatedDocument d, Map<String, String> map) {
        List<Relation> relations = new ArrayList<>(d.relations().size());
        int self = 0;
        for (Relation r : d.relations()) {
            Optional<EventRole> role = EventRole.of(r.type());
            if (r.fromSpanId() == r.toSpanId()) {
                self++;
            } else if (role.isPresent() && map.containsKey(role.get().role()) && !map.get(role.get().role()).contains(":")) {
                relations.add(new Relation(r.id(), r.documentId(), r.fromSpanId(), r.toSpanId(),
                        role.get().withRole(map.get(role.get().role())).type()));
            } else {
                relations.add(r);
            }
        }
        List<Relation> saidBy = attributions(relations);
        relations.addAll(saidBy);
        List<Span> spans = map.isEmpty() ? d.spans()
                : d.spans().stream().map(s -> s.withLabel(map.getOrDefault(s.label(), s.label()))).toList();
        AnnotatedDocument document = spans == d.spans() && relations.equals(d.relations()) ? d
                : new AnnotatedDocument(d.document(), spans, relations);
        return new Prepared(document, self, saidBy.size());
    }

    /** {@code said_by} from every {@code quote} argument to every {@code speaker} argument of one event, if not there yet. */
    private static List<Relation> attributions(List<Relation> relations) {
        Map<List<Object>, List<Relation>> events = new LinkedHashMap<>();
        Set<List<Long>> linked = new HashSet<>();
        long next = 1;
        for (Relation r : relations) {
            EventRole.of(r.type()).ifPresent(e -> events.computeIfAbsent(List.of(r.fromSpanId(), e.event()),
                    k -> new ArrayList<>()).add(r));
            if (r.type().equals(Relation.SAID_BY)) {
                linked.add(List.of(r.fromSpanId(), r.toSpanId()));
            }
            next = Math.max(next, r.id() + 1);
        }
        List<Relation> out = new ArrayList<>();
        for (List<Relation> event : events.values()) {
            for (Relation quote : event) {
                for (Relation speaker : event) {
                    if (hasRole(quote, Labels.QUOTE) && hasRole(speaker, Labels.SPEAKER)
                            && quote.toSpanId() != speaker.toSpanId()
                            && linked.add(List.of(quote.toSpanId(), speaker.toSpanId()))) {
                        out.add(Relation.of(next++, quote.toSpanId(), speaker.toSpanId(), Relation.SAID_BY));
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasRole(Relation r, String role) {
        return EventRole.of(r.type()).map(e -> e.role().equals(role)).orElse(false);
    }

    private static void requireExists(Path input) throws DatasetException {
        if (!Files.exists(input)) {
            throw new DatasetException(input, 0, "no such file or folder");
        }
    }
}
