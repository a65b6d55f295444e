package org.newsmark.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.InvalidSpanException;
import org.newsmark.store.Store;

/**
 * A document's annotations, mirrored in memory so views never query per keystroke. Commands change
 * this mirror, which records each change as a {@link StoreWrite}; the session hands an action's
 * writes to its {@link SessionWriter}, which commits them as one transaction. New spans and relations
 * take ids reserved in the store beforehand ({@link IdSupply}), so the mirror shows them under the
 * ids they will be stored under.
 */
final class SessionState {

    private final Store store;
    private Document document;
    private final String annotator;
    private final List<Span> spans = new ArrayList<>();
    /** The same spans by id: a lookup or removal in a 20,000-span article must not walk the list. */
    private final Map<Long, Span> byId = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    /** No span is longer: an upper bound that does not shrink when spans go, which is all range lookups need. */
    private int longestSpan;
    private final Handles spanHandles = new Handles();
    private final Handles relationHandles = new Handles();
    private final Map<String, Long> labelIds = new HashMap<>();
    private final Map<Long, String> labelNames = new HashMap<>();
    /** The store writes of the action under way, and how to take its mirror changes back. */
    private final List<StoreWrite> writes = new ArrayList<>();
    private final List<Runnable> undoMirror = new ArrayList<>();
    /** The spans the action under way touched, as they were before it (empty: it made them). */
    private final Map<Long, Optional<Span>> before = new HashMap<>();
    private boolean relationsTouched;
    private final IdSupply spanIds;
    private final IdSupply relationIds;
    private SessionWriter writer;
    /** The document's status as this session last saw it. */
    private final SeenVersion statusSeen;
    /** The layer as this session last saw it, for a layer several analysts change at once (gold). */
    private final Optional<SeenVersion> layerSeen;

    /** A session whose changes {@code versions} knows as its workspace's own. */
    SessionState(Store store, Document document, String annotator, EditVersions versions) {
        this(store, store, document, annotator, versions);
    }

    /** As above, first read from {@code readFrom} (the same database on a connection of its own) in one snapshot. */
    SessionState(Store store, Store readFrom, Document document, String annotator, EditVersions versions) {
        this.store = store;
        this.document = document;
        this.annotator = annotator;
        this.statusSeen = versions.seen(EditVersions.statusOf(document.id()));
        this.layerSeen = org.newsmark.model.Annotator.GOLD.equals(annotator)
                ? Optional.of(versions.seen(EditVersions.layerOf(document.id(), annotator))) : Optional.empty();
        this.spanIds = new IdSupply(size -> store.reserveIds("spans", size));
        this.relationIds = new IdSupply(size -> store.reserveIds("relations", size));
        replaceWith(readFrom == store ? read() : read(readFrom));
    }

    /** The writer that tops up the ids in hand; in the background it starts at once, before the first key. */
    void useWriter(SessionWriter sessionWriter) {
        this.writer = sessionWriter;
        if (!sessionWriter.isInline()) {
            topUp();
        }
    }

    private void topUp() {
        if (writer != null && spanIds.wantsMore()) {
            writer.reserve("spans", IdSupply.BLOCK, spanIds::toppedUp);
        }
        if (writer != null && relationIds.wantsMore()) {
            writer.reserve("relations", IdSupply.BLOCK, relationIds::toppedUp);
        }
    }

    Store store() {
        return store;
    }

    Document document() {
        return document;
    }

    /** Whose layer of the document this is. */
    String annotator() {
        return annotator;
    }

    long documentId() {
        return document.id();
    }

    /** Re-reads spans and relations; the writer must have nothing queued (the store is then the truth). */
    void reload() {
        replaceWith(read());
    }

    /** What the store holds for this document now; safe on any thread. */
    Stored read() {
        return store.read(() -> storedIn(store));
    }

    private Stored read(Store from) {
        return from.readSnapshot(() -> storedIn(from));
    }

    private Stored storedIn(Store from) {
        Optional<Document> found = from.documents().find(document.id());
        return new Stored(found.orElse(document),
                from.spans().forDocument(document.id(), annotator), from.relations().forDocument(document.id(), annotator),
                from.labels().all(),
                found.isPresent() ? from.documents().statusVersion(document.id()).number() : 0,
                layerSeen.isPresent() ? from.layers().version(document.id(), annotator).number() : 0);
    }

    /**
     * The document, spans and relations as the store holds them, the label scheme (read with them so
     * that tagging needs no read of its own and works while a server is out of reach), and the versions
     * of the document's status and of the layer.
     */
    record Stored(Document document, List<Span> spans, List<Relation> relations, List<Label> labels,
            long statusVersion, long layerVersion) {
    }

    /** Makes the mirror what the store holds (mirror ids become store ids again). */
    void replaceWith(Stored stored) {
        spans.clear();
        spans.addAll(stored.spans());
        byId.clear();
        spans.forEach(s -> byId.put(s.id(), s));
        longestSpan = spans.stream().mapToInt(s -> s.range().length()).max().orElse(0);
        relations.clear();
        relations.addAll(stored.relations());
        document = stored.document();
        statusSeen.saw(stored.statusVersion());
        layerSeen.ifPresent(seen -> seen.saw(stored.layerVersion()));
        spanHandles.retain(spans.stream().map(Span::id).collect(Collectors.toSet()));
        relationHandles.retain(relations.stream().map(Relation::id).collect(Collectors.toSet()));
        labelIds.clear();
        labelNames.clear();
        stored.labels().forEach(l -> {
            labelIds.put(l.name(), l.id());
            labelNames.put(l.id(), l.name());
        });
        writes.clear();
        undoMirror.clear();
    }

    /** Where an action starts: the handle bindings to put back if it fails. */
    Mark mark() {
        writes.clear();
        undoMirror.clear();
        before.clear();
        relationsTouched = false;
        return new Mark(spanHandles.snapshot(), relationHandles.snapshot());
    }

    /** The store writes of the action since {@link #mark()}, taken out (its mirror changes can still be rolled back). */
    List<StoreWrite> takeWrites() {
        List<StoreWrite> taken = layerSeen.isPresent() && writes.stream().anyMatch(SessionState::changesLayer)
                ? claimed(writes) : List.copyOf(writes);
        writes.clear();
        if (writer != null && !writer.isInline()) {
            topUp();
        }
        return taken;
    }

    private static boolean changesLayer(StoreWrite write) {
        return !(write instanceof StoreWrite.SetDocumentStatus || write instanceof StoreWrite.Reject);
    }

    /** The action's writes after a claim of the layer, which refuses them all when someone else changed it since. */
    private List<StoreWrite> claimed(List<StoreWrite> action) {
        List<StoreWrite> all = new ArrayList<>(action.size() + 1);
        all.add(new StoreWrite.ClaimLayer(annotator, layerSeen.orElseThrow()));
        all.addAll(action);
        return List.copyOf(all);
    }

    /** What the action since {@link #mark()} did to the spans, net (a span deleted and restored is unchanged). */
    SpanDelta takeDelta() {
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        before.forEach((id, was) -> {
            Span now = byId.get(id);
            if (was.isPresent() && !was.get().equals(now)) {
                removed.add(was.get());
            }
            if (now != null && !(was.isPresent() && was.get().equals(now))) {
                added.add(now);
            }
        });
        boolean relationsChanged = relationsTouched;
        before.clear();
        relationsTouched = false;
        return SpanDelta.of(removed, added, relationsChanged);
    }

    private void touch(long spanId) {
        before.computeIfAbsent(spanId, id -> Optional.ofNullable(byId.get(id)));
    }

    /** A failed action: the mirror and the handles as they were at {@code mark}, nothing to write. */
    void rollBack(Mark mark) {
        for (int i = undoMirror.size() - 1; i >= 0; i--) {
            undoMirror.get(i).run();
        }
        undoMirror.clear();
        writes.clear();
        spanHandles.restore(mark.spans());
        relationHandles.restore(mark.relations());
    }

    record Mark(Handles.Snapshot spans, Handles.Snapshot relations) {
    }

    /** The handle of a span this document holds now. */
    Handle spanHandle(long spanId) {
        return spanHandles.of(spanId);
    }

    /** The id of the span of {@code handle}, which must exist now. */
    long liveSpanId(Handle handle) {
        if (!spanHandles.isLive(handle)) {
            throw new InvalidSpanException("the span it refers to is no longer in this document");
        }
        return handle.id();
    }

    /** The id of the relation of {@code handle}, which must exist now. */
    long liveRelationId(Handle handle) {
        if (!relationHandles.isLive(handle)) {
            throw new InvalidSpanException("the link it refers to is no longer in this document");
        }
        return handle.id();
    }

    /** The handle of a relation this document holds now. */
    Handle relationHandle(long relationId) {
        return relationHandles.of(relationId);
    }

    /** The id of the label now called {@code name}; commands keep it, so a later rename changes nothing. */
    long labelId(String name) {
        Long known = labelIds.get(name);
        if (known != null) {
            return known;
        }
        long id = store.labels().byName(name).map(Label::id)
                .orElseThrow(() -> new InvalidSpanException("unknown label '" + name + "'"));
        labelIds.put(name, id);
        return id;
    }

    void forgetLabels() {
        labelIds.clear();
        labelNames.clear();
    }

    /** What the label is called now (as of the last re-read: scheme edits re-read every session). */
    String labelName(long labelId) {
        String known = labelNames.get(labelId);
        if (known != null) {
            return known;
        }
        String name = store.labels().find(labelId).map(Label::name)
                .orElseThrow(() -> new InvalidSpanException("its label was deleted from the scheme"));
        labelNames.put(labelId, name);
        return name;
    }

    List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    Optional<Span> span(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Index of the first span (in document order) that starts at or after {@code start}. */
    int firstStartingAtOrAfter(int start) {
        return DocumentOrder.firstStartingAtOrAfter(spans, Span::range, start);
    }

    int longestSpan() {
        return longestSpan;
    }

    private void addSpan(Span span) {
        longestSpan = Math.max(longestSpan, span.range().length());
        int at = Collections.binarySearch(spans, span, Span.BY_POSITION);
        spans.add(at < 0 ? -at - 1 : at, span);
        byId.put(span.id(), span);
    }

    /** Takes a span out of the ordered list by binary search (the order ends with the id, so it is exact). */
    private void unlist(long id) {
        Span gone = byId.remove(id);
        if (gone != null) {
            int at = Collections.binarySearch(spans, gone, Span.BY_POSITION);
            if (at >= 0) {
                spans.remove(at);
            } else {
                spans.removeIf(s -> s.id() == id);
            }
        }
    }

    /**
     * Adds a span (again) for {@code handle}: under the handle's id when it had one, else under a new
     * provisional id. Returns it as the mirror holds it.
     */
    Span insertSpan(Handle handle, long labelId, TextRange range, String annotator, String source) {
        if (!range.fitsNonEmptyIn(document.text().length())) {
            throw new InvalidSpanException("offsets " + range.start() + ".." + range.end()
                    + " are outside the text (" + document.text().length() + " characters)");
        }
        long id = handle.id() != 0 && !byId.containsKey(handle.id()) ? handle.id() : spanIds.take();
        Span span = new Span(id, document.id(), range, labelName(labelId), annotator, source);
        touch(id);
        spanHandles.bind(handle, id);
        addSpan(span);
        writes.add(new StoreWrite.InsertSpan(span));
        undoMirror.add(() -> unlist(id));
        return span;
    }

    /** Removes a span, and with it the relations that touched it (the store cascades). */
    void deleteSpan(long id) {
        Span gone = byId.get(id);
        List<Relation> touching = relations.stream().filter(r -> r.touches(id)).toList();
        touch(id);
        relationsTouched |= !touching.isEmpty();
        unlist(id);
        spanHandles.forget(id);
        touching.forEach(r -> relationHandles.forget(r.id()));
        relations.removeAll(touching);
        writes.add(new StoreWrite.DeleteSpan(id));
        undoMirror.add(() -> {
            addSpan(gone);
            relations.addAll(touching);
        });
    }

    void updateSpan(Span changed) {
        if (!changed.range().fitsNonEmptyIn(document.text().length())) {
            throw new InvalidSpanException("a span must keep at least one character inside the text");
        }
        Span was = byId.get(changed.id());
        touch(changed.id());
        unlist(changed.id());
        addSpan(changed);
        writes.add(new StoreWrite.UpdateSpan(changed));
        undoMirror.add(() -> {
            unlist(changed.id());
            addSpan(was);
        });
    }

    /** Adds a relation (again) for {@code handle} between the spans of {@code from} and {@code to}. */
    Relation insertRelation(Handle handle, Handle from, Handle to, String type) {
        long id = handle.id() != 0 && relations.stream().noneMatch(r -> r.id() == handle.id())
                ? handle.id() : relationIds.take();
        Relation relation = new Relation(id, document.id(), liveSpanId(from), liveSpanId(to), type);
        relationHandles.bind(handle, id);
        relations.add(relation);
        relationsTouched = true;
        writes.add(new StoreWrite.InsertRelation(relation));
        undoMirror.add(() -> relations.remove(relation));
        return relation;
    }

    void deleteRelation(long id) {
        Relation gone = relations.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        relations.remove(gone);
        relationsTouched = true;
        relationHandles.forget(id);
        writes.add(new StoreWrite.DeleteRelation(id));
        undoMirror.add(() -> relations.add(gone));
    }

    /** A write that changes nothing the mirror shows (a rejected suggestion). */
    void record(StoreWrite write) {
        writes.add(write);
    }

    void changeStatus(DocumentStatus status) {
        DocumentStatus before = document.status();
        document = document.withStatus(status);
        writes.add(new StoreWrite.SetDocumentStatus(status, annotator, statusSeen));
        undoMirror.add(() -> document = document.withStatus(before));
    }
}
