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
     * Reads and stores in one go, for the command line and the window alike: documents go from the
     * reader to the database one at a time, inside one transaction, so memory stays flat whatever the
     * corpus. An error at any line, a bad span or a cancel rolls everything back. {@code progress}
     * gets the documents stored so far and {@code expected} as the total (0 when not known).
     */
    public ImportSummary run(ImportRequest request, Progress progress, BooleanSupplier cancelled)
            throws DatasetException, IOException, UnusedMappingException {
        return run(request, 0, progress, cancelled);
    }

    /** {@link #run(ImportRequest, Progress, BooleanSupplier)} with the total a {@link #preview} counted. */
    public ImportSummary run(ImportRequest request, long expected, Progress progress, BooleanSupplier cancelled)
            throws DatasetException, IOException, UnusedMappingException {
        DatasetFormat format = readableFormat(request);
        Store store = workspace.store();
        try {
            return store.inTransaction(() -> {
                Streaming streaming = new Streaming(request, store.documents().textHashes(), workspace.scheme());
                try (BulkInserter inserter = store.bulkInserter()) {
                    return stream(request, format, streaming, inserter, () -> {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("import cancelled: nothing was stored");
                        }
                    }, () -> progress.update(streaming.documents, expected));
                }
            });
        } catch (ReadFailure failure) {
            throw unwrap(failure);
        }
    }

    /**
     * What {@link #run} would store, read through the same pipeline but stored nowhere: the window's
     * preview. Documents are counted as they stream past, never held, so a large corpus costs no
     * memory; nothing is written.
     */
    public ImportSummary preview(ImportRequest request) throws DatasetException, IOException, UnusedMappingException {
        DatasetFormat format = readableFormat(request);
        Store store = workspace.store();
        Streaming streaming = new Streaming(request, store.documents().textHashes(), workspace.scheme());
        try {
            return stream(request, format, streaming, null, () -> { }, () -> { });
        } catch (ReadFailure failure) {
            throw unwrap(failure);
        }
    }

    /**
     * Reads the request's inputs through the import pipeline (detection, {@code --map}, event roles)
     * and hands {@code sink} each document as an import would store it; stores nothing. A merge reads
     * another analyst's export this way.
     */
    void read(ImportRequest request, java.util.function.Consumer<AnnotatedDocument> sink)
            throws DatasetException, IOException, UnusedMappingException {
        DatasetFormat format = readableFormat(request);
        ImportBatch rest = format.reader().read(request.inputs(), new ImportOptions(request.offsets()),
                document -> sink.accept(prepared(document, request.labelMap()).document()));
        List<String> unused = LabelMapping.unused(request.labelMap(), rest.labels());
        if (request.strict() && !unused.isEmpty()) {
            throw new UnusedMappingException(unused);
        }
    }

    /** Reads every input into {@code streaming}: stored through {@code inserter}, or only counted when it is null. */
    private ImportSummary stream(ImportRequest request, DatasetFormat format, Streaming streaming, BulkInserter inserter,
                                 Runnable beforeEach, Runnable afterStored) {
        ImportBatch rest;
        try {
            rest = format.reader().read(request.inputs(), new ImportOptions(request.offsets()), document -> {
                beforeEach.run();
                if (streaming.take(document, inserter)) {
                    afterStored.run();
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

    /** The checked exception a failed read carried out of the stream, thrown as what it is. */
    private static DatasetException unwrap(ReadFailure failure) throws IOException, UnusedMappingException {
        if (failure.getCause() instanceof UnusedMappingException e) {
            throw e;
        }
        if (failure.getCause() instanceof IOException e) {
            throw e;
        }
        return (DatasetException) failure.getCause();
    }

    /** Carries a checked exception out of the transaction, which rolls back on the way. */
    private static final class ReadFailure extends RuntimeException {
        ReadFailure(Exception cause) {
            super(cause);
        }
    }

    /** The state of a streaming import (or its preview), one document at a time. */
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
            this.annotator = request.annotator().orElse(workspace.annotator().name());
        }

        /**
         * Takes one document unless its text is already there: stores it through {@code inserter}, or
         * only counts it (a preview) when that is null. Whether it was taken.
         */
        boolean take(AnnotatedDocument next, BulkInserter inserter) {
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
                if (!knownLabels.contains(span.label()) && newLabels.add(span.label()) && inserter != null) {
                    workspace.ensureLabel(span.label());
                }
            }
            for (Relation relation : document.relations()) {
                if (!knownTypes.contains(relation.type()) && newTypes.add(relation.type()) && inserter != null) {
                    workspace.store().labels().addRelationType(relation.type());
                }
            }
            if (inserter != null) {
                inserter.insert(document, annotator, hash);
            }
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

    /** One document as it will be stored, with what preparing it dropped and added. */
    private record Prepared(AnnotatedDocument document, int selfRelations, int saidBy) {
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
