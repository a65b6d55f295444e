package org.newsmark.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsmark.io.DatasetException;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.BulkInserter;
import org.newsmark.store.Store;
import org.newsmark.store.StoreException;

/**
 * Adds other analysts' work to this database as their layers: another Newsmark database (each of its
 * annotators' layers under their own name) or an export in any importable format (one layer, named
 * by the caller). Documents are matched by their text; one whose text matches nothing is reported,
 * never added. All or nothing: a layer that its annotator already has on a matched document fails
 * the whole merge before anything is written, and the rest is written in one transaction.
 */
public final class MergeLayers {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** One layer of one document as a source holds it. */
    private record Incoming(Path source, AnnotatedDocument layer, String annotator, Optional<DocumentStatus> status) {
    }

    /**
     * What a merge added and what it could not place.
     *
     * @param layers    per annotator: documents, spans and relations added to their layer
     * @param unmatched per source, the names of its documents whose text this database does not hold
     */
    public record Report(Map<String, int[]> layers, Map<Path, List<String>> unmatched) {

        public String text() {
            StringBuilder sb = new StringBuilder();
            if (layers.isEmpty()) {
                sb.append("no layer added");
            }
            layers.forEach((name, n) -> sb.append(sb.length() == 0 ? "" : "\n").append("layer ").append(name)
                    .append(": ").append(n[0]).append(" documents, ").append(n[1]).append(" spans, ")
                    .append(n[2]).append(" relations added"));
            unmatched.forEach((source, names) -> names.forEach(name -> sb.append("\n").append(source)
                    .append(": document '").append(name).append("' matches no document of this database by its text; not added")));
            return sb.toString();
        }

        public int unmatchedCount() {
            return unmatched.values().stream().mapToInt(List::size).sum();
        }
    }

    private final Workspace workspace;

    public MergeLayers(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Merges the sources. {@code rename} names the layer of an export (required for one) and renames
     * the layer of a database that has a single one.
     *
     * @throws DatasetException a source that cannot be read, a database with several layers to rename,
     *                          or a layer its annotator already has here (nothing is written then)
     */
    public Report merge(List<Path> sources, Optional<Annotator> rename)
            throws DatasetException, IOException, UnusedMappingException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<Incoming> incoming = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.exists(source)) {
                throw new DatasetException(source, 0, "no such file or folder");
            }
            if (isDatabase(source)) {
                incoming.addAll(readDatabase(source, rename));
            } else {
                incoming.addAll(readExport(source, rename.orElseThrow(() -> new DatasetException(source, 0,
                        "is an export, which names no annotator: give --annotator NAME for whose layer it is"))));
            }
        }
        Store store = workspace.store();
        Set<String> hashes = new HashSet<>();
        incoming.forEach(i -> hashes.add(i.layer().document().sha256()));
        Map<String, Long> targets = store.layers().documentsByTextHash(hashes);
        Map<Path, List<String>> unmatched = new LinkedHashMap<>();
        Map<Path, Set<String>> unmatchedSeen = new LinkedHashMap<>();
        List<Incoming> matched = new ArrayList<>();
        for (Incoming i : incoming) {
            if (targets.containsKey(i.layer().document().sha256())) {
                if (!i.annotator().isEmpty()) {
                    matched.add(i);
                }
            } else if (unmatchedSeen.computeIfAbsent(i.source(), k -> new HashSet<>()).add(i.layer().document().sha256())) {
                unmatched.computeIfAbsent(i.source(), k -> new ArrayList<>()).add(i.layer().document().name());
            }
        }
        refuseCollisions(matched, targets);
        Map<String, int[]> added = new LinkedHashMap<>();
        store.inTransaction(() -> {
            Set<String> types = new HashSet<>(store.labels().relationTypes());
            for (Incoming i : matched) {
                i.layer().spans().stream().map(Span::label).distinct().forEach(workspace::ensureLabel);
                i.layer().relations().stream().map(Relation::type).filter(types::add)
                        .forEach(store.labels()::addRelationType);
            }
            try (BulkInserter inserter = store.bulkInserter()) {
                for (Incoming i : matched) {
                    long documentId = targets.get(i.layer().document().sha256());
                    inserter.insertLayer(documentId, i.layer(), i.annotator());
                    store.layers().bump(documentId, i.annotator(), workspace.annotator().name());
                    i.status().ifPresent(s -> store.layers().putStatus(documentId, i.annotator(), s));
                    int[] n = added.computeIfAbsent(i.annotator(), k -> new int[3]);
                    n[0]++;
                    n[1] += i.layer().spans().size();
                    n[2] += i.layer().relations().size();
                }
            }
            return null;
        });
        matched.stream().map(i -> targets.get(i.layer().document().sha256())).distinct()
                .forEach(id -> workspace.openSessionIfAny(id).ifPresent(DocumentSession::reload));
        return new Report(added, unmatched);
    }

    private void refuseCollisions(List<Incoming> matched, Map<String, Long> targets) throws DatasetException {
        Set<String> taken = new HashSet<>();
        for (Incoming i : matched) {
            long documentId = targets.get(i.layer().document().sha256());
            String name = i.layer().document().name();
            if (workspace.store().layers().annotatorsOf(documentId).contains(i.annotator())) {
                throw new DatasetException(i.source(), 0, "annotator '" + i.annotator() + "' already has annotations on"
                        + " document '" + name + "' in " + workspace.localFile().map(f -> f.getFileName().toString()).orElse(workspace.location())
                        + "; nothing was merged (rename the layer with --annotator NAME)");
            }
            if (!taken.add(documentId + "\0" + i.annotator())) {
                throw new DatasetException(i.source(), 0, "annotator '" + i.annotator() + "' would get two layers of"
                        + " document '" + name + "' from the sources given; nothing was merged");
            }
        }
    }

    /** Each annotator's layer of each document of another Newsmark database (layers with no span or status are skipped). */
    private static List<Incoming> readDatabase(Path source, Optional<Annotator> rename) throws DatasetException {
        List<Incoming> out = new ArrayList<>();
        try (Store other = Store.openReadOnly(source)) {
            Set<String> annotators = new TreeSet<>();
            List<Long> ids = other.documents().ids(Optional.empty());
            for (long id : ids) {
                annotators.addAll(other.layers().annotatorsOf(id));
            }
            if (rename.isPresent() && annotators.size() > 1) {
                throw new DatasetException(source, 0, "--annotator renames the layer of a database with one annotator;"
                        + " this one has " + annotators.size() + ": " + String.join(", ", annotators));
            }
            for (long id : ids) {
                Document document = other.documents().find(id).orElseThrow();
                Map<String, List<Span>> spans = other.layers().spans(id);
                Map<String, List<Relation>> relations = other.layers().relations(id);
                Map<String, DocumentStatus> statuses = other.layers().statuses(id);
                Set<String> layers = other.layers().annotatorsOf(id);
                if (layers.isEmpty()) {
                    out.add(new Incoming(source, AnnotatedDocument.plain(document), "", Optional.empty()));
                }
                for (String layer : layers) {
                    AnnotatedDocument annotated = new AnnotatedDocument(document, spans.getOrDefault(layer, List.of()),
                            relations.getOrDefault(layer, List.of()));
                    out.add(new Incoming(source, annotated, rename.map(Annotator::name).orElse(layer),
                            Optional.ofNullable(statuses.get(layer))));
                }
            }
        } catch (StoreException e) {
            String message = String.valueOf(e.getMessage());
            String prefix = e.location() + ": ";
            throw new DatasetException(source, 0, message.startsWith(prefix) ? message.substring(prefix.length()) : message, e);
        }
        // a document with no layer is only there to be reported when nothing matches it
        return out;
    }

    private List<Incoming> readExport(Path source, Annotator annotator)
            throws DatasetException, IOException, UnusedMappingException {
        List<Incoming> out = new ArrayList<>();
        new ImportDatasets(workspace).read(ImportRequest.of(List.of(source)),
                d -> out.add(new Incoming(source, d, annotator.name(), Optional.empty())));
        return out;
    }

    private static boolean isDatabase(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(source)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }
}
