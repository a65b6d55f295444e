package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

/**
 * Random sequences of annotation actions, label renames and recolours, propagation, undo and redo on a
 * real database always leave each document as replaying its surviving actions from the start would,
 * and undoing everything gives the start back, statuses included.
 *
 * <p>The reference model knows spans by content (label id and range) and relations by their ends'
 * content, so it is blind to database ids and label names: exactly what undo must not depend on. One
 * database file serves the whole property; each try empties it and starts on three fresh documents.
 */
class UndoHistoryPropertiesTest {

    private static final List<String> TEXTS = List.of(
            "Lee said Seoul is calm and Kim said Busan is not calm",
            "Kim met Lee in Seoul and Seoul was calm",
            "Nothing in Seoul said Kim or Lee");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final List<DocumentStatus> STATUSES = List.of(DocumentStatus.values());

    private static Path folder;
    private static long started;
    private static long cpuStarted;
    private static int renames;
    private static int tries;

    enum Kind { TAG, DELETE, RELABEL, LINK, UNLINK, RENAME, RECOLOUR, TAG_ALL, PROPAGATE, STATUS, UNDO, REDO }

    /** One step; the numbers pick a document, a word or span, a length and a label from whatever exists then. */
    record Action(Kind kind, int document, int first, int second, int label) {
    }

    record SpanC(long labelId, int start, int end) {
        static final Comparator<SpanC> ORDER = Comparator.comparingInt(SpanC::start).thenComparingInt(SpanC::end)
                .thenComparingLong(SpanC::labelId);
    }

    record RelC(SpanC from, SpanC to, String type) {
        static final Comparator<RelC> ORDER = Comparator.comparing(RelC::from, SpanC.ORDER)
                .thenComparing(RelC::to, SpanC.ORDER).thenComparing(RelC::type);
    }

    /** A document's annotations and status, by content. */
    record DocState(Set<SpanC> spans, Set<RelC> relations, DocumentStatus status) {
        List<SpanC> orderedSpans() {
            return spans.stream().sorted(SpanC.ORDER).toList();
        }

        List<RelC> orderedRelations() {
            return relations.stream().sorted(RelC.ORDER).toList();
        }

        DocState apply(Effect e) {
            Set<SpanC> s = new HashSet<>(spans);
            s.removeAll(e.spansOut());
            s.addAll(e.spansIn());
            Set<RelC> r = new HashSet<>(relations);
            r.removeAll(e.relationsOut());
            r.addAll(e.relationsIn());
            return new DocState(s, r, e.status().orElse(status));
        }
    }

    /** What one undoable action did to a document. */
    record Effect(Set<SpanC> spansOut, Set<SpanC> spansIn, Set<RelC> relationsOut, Set<RelC> relationsIn,
                  Optional<DocumentStatus> status) {
        static Effect spans(Set<SpanC> out, Set<SpanC> in, Set<RelC> relationsOut, Set<RelC> relationsIn) {
            return new Effect(out, in, relationsOut, relationsIn, Optional.empty());
        }
    }

    /** The reference history of one document. */
    static final class ModelDoc {
        final long id;
        final String text;
        final DocState start;
        final List<Effect> done = new ArrayList<>();
        final Deque<Effect> undone = new ArrayDeque<>();

        ModelDoc(long id, String text, DocState start) {
            this.id = id;
            this.text = text;
            this.start = start;
        }

        DocState replay() {
            DocState state = start;
            for (Effect e : done) {
                state = state.apply(e);
            }
            return state;
        }

        void did(Effect e) {
            done.add(e);
            undone.clear();
        }
    }

    /**
     * A real database file, on a RAM-backed file system when the machine has one: every action commits
     * with a sync, and a thousand sequences of syncs to a disk would take minutes.
     */
    @BeforeContainer
    static void createFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        folder = Files.isDirectory(shm) && Files.isWritable(shm)
                ? Files.createTempDirectory(shm, "newsmark-undo-property")
                : Files.createTempDirectory("newsmark-undo-property");
        started = System.nanoTime();
        cpuStarted = cpuNanos();
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        System.out.printf("UndoHistoryPropertiesTest: %d sequences in %.1f s (%.1f s of CPU) on %s%n",
                tries, (System.nanoTime() - started) / 1e9, (cpuNanos() - cpuStarted) / 1e9, folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    @Provide
    Arbitrary<List<Action>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(6, Kind.TAG), Tuple.of(2, Kind.DELETE), Tuple.of(2, Kind.RELABEL), Tuple.of(3, Kind.LINK),
                Tuple.of(1, Kind.UNLINK), Tuple.of(1, Kind.RENAME), Tuple.of(1, Kind.RECOLOUR), Tuple.of(1, Kind.TAG_ALL),
                Tuple.of(1, Kind.PROPAGATE), Tuple.of(1, Kind.STATUS), Tuple.of(4, Kind.UNDO), Tuple.of(3, Kind.REDO));
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 63);
        Arbitrary<Action> actions = Combinators.combine(kinds, pick, pick, pick, pick).as(Action::new);
        return actions.list().ofMinSize(1).ofMaxSize(24);
    }

    @Property(tries = 1000)
    void theStoreIsAlwaysTheReplayOfTheSurvivingActionsAndUndoingAllRestoresTheStart(
            @ForAll("sequences") List<Action> actions) {
        Path file = folder.resolve("undo.db");
        tries++;
        try (Workspace workspace = Workspace.open(file)) {
            Run run = new Run(workspace);
            for (Action action : actions) {
                run.perform(action);
                run.assertEveryDocumentIsItsReplay(action);
            }
            for (ModelDoc doc : run.docs) {
                Optional<DocumentSession> session = workspace.openSessionIfAny(doc.id);
                while (session.isPresent() && session.get().undo()) {
                    doc.undone.push(doc.done.remove(doc.done.size() - 1));
                }
                assertThat(doc.done).as("document %d has nothing left to undo", doc.id).isEmpty();
                assertThat(run.real(doc.id)).as("document %d after undoing everything", doc.id).isEqualTo(doc.start);
            }
        }
    }

    /** One try: a database emptied of documents, three fresh ones, and their reference histories. */
    static final class Run {
        final Workspace workspace;
        final Store store;
        final List<Long> labelIds;
        final List<ModelDoc> docs = new ArrayList<>();

        Run(Workspace workspace) {
            this.workspace = workspace;
            this.store = workspace.store();
            store.documents().ids(Optional.empty()).forEach(store.documents()::delete);
            labelIds = store.labels().all().stream().limit(4).map(Label::id).toList();
            long first = store.documents().insert(Document.of("first", TEXTS.get(0))).id();
            long second = store.documents().insert(Document.of("second", TEXTS.get(1))).id();
            long third = store.documents().insert(Document.of("third", TEXTS.get(2))).id();
            store.documents().setStatus(second, DocumentStatus.DONE);
            // some annotations that were there before the session: deletable, linkable, in propagation's way
            Span lee = store.spans().insert(new Span(0, first, new TextRange(0, 3), name(labelIds.get(0)), DocumentSession.ANALYST));
            Span quote = store.spans().insert(new Span(0, first, new TextRange(9, 22), name(labelIds.get(1)), DocumentSession.ANALYST));
            store.relations().insert(new Relation(0, first, quote.id(), lee.id(), Relation.SAID_BY));
            store.spans().insert(new Span(0, third, new TextRange(11, 16), name(labelIds.get(3)), DocumentSession.ANALYST));
            workspace.open(first);  // the analyst opens two documents; the third only propagation reaches
            workspace.open(second);
            for (long id : List.of(first, second, third)) {
                docs.add(new ModelDoc(id, store.documents().find(id).orElseThrow().text(), real(id)));
            }
        }

        String name(long labelId) {
            return store.labels().find(labelId).orElseThrow().name();
        }

        /** The document as the store holds it, by content. */
        DocState real(long documentId) {
            Map<String, Long> ids = store.labels().all().stream().collect(Collectors.toMap(Label::name, Label::id));
            Map<Long, SpanC> spans = new HashMap<>();
            store.spans().forDocument(documentId).forEach(s -> spans.put(s.id(), content(s, ids)));
            Set<RelC> relations = store.relations().forDocument(documentId).stream()
                    .map(r -> new RelC(spans.get(r.fromSpanId()), spans.get(r.toSpanId()), r.type()))
                    .collect(Collectors.toSet());
            assertThat(new HashSet<>(spans.values())).as("no two spans alike").hasSize(spans.size());
            return new DocState(new HashSet<>(spans.values()), relations,
                    store.documents().find(documentId).orElseThrow().status());
        }

        static SpanC content(Span s, Map<String, Long> labelIds) {
            return new SpanC(labelIds.get(s.label()), s.start(), s.end());
        }

        void assertEveryDocumentIsItsReplay(Action after) {
            for (ModelDoc doc : docs) {
                DocState real = real(doc.id);
                assertThat(real).as("document %d after %s", doc.id, after).isEqualTo(doc.replay());
                workspace.openSessionIfAny(doc.id).ifPresent(session -> {
                    // what the window shows is what the store holds
                    Map<String, Long> ids = store.labels().all().stream().collect(Collectors.toMap(Label::name, Label::id));
                    assertThat(session.spans()).as("session spans").isEqualTo(store.spans().forDocument(doc.id));
                    assertThat(new HashSet<>(session.relations())).as("session relations")
                            .isEqualTo(new HashSet<>(store.relations().forDocument(doc.id)));
                    assertThat(session.document().status()).isEqualTo(real.status());
                    assertThat(session.spans().stream().map(s -> content(s, ids))).doesNotContainNull();
                });
            }
        }

        Span realSpan(ModelDoc doc, SpanC c) {
            DocumentSession session = workspace.openSessionIfAny(doc.id).orElseThrow();
            return session.spans().stream()
                    .filter(s -> s.start() == c.start() && s.end() == c.end() && s.label().equals(name(c.labelId())))
                    .findFirst().orElseThrow();
        }

        List<TextRange> words(String text) {
            List<TextRange> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(new TextRange(m.start(), m.end()));
            }
            return words;
        }

        void perform(Action a) {
            ModelDoc doc = docs.get(a.document() % 2); // the two documents the analyst opened
            DocumentSession session = workspace.openSessionIfAny(doc.id).orElseThrow();
            DocState now = doc.replay();
            long labelId = labelIds.get(a.label() % labelIds.size());
            switch (a.kind()) {
                case TAG -> {
                    List<TextRange> words = words(doc.text);
                    int from = a.first() % words.size();
                    int to = Math.min(words.size() - 1, from + a.second() % 3);
                    SpanC span = new SpanC(labelId, words.get(from).start(), words.get(to).end());
                    session.tag(new TextRange(span.start(), span.end()), name(labelId));
                    if (!now.spans().contains(span)) {
                        doc.did(Effect.spans(Set.of(), Set.of(span), Set.of(), Set.of()));
                    }
                }
                case DELETE -> {
                    if (now.spans().isEmpty()) {
                        return;
                    }
                    SpanC span = now.orderedSpans().get(a.first() % now.spans().size());
                    session.delete(realSpan(doc, span).id());
                    doc.did(Effect.spans(Set.of(span), Set.of(), touching(now, span), Set.of()));
                }
                case RELABEL -> {
                    if (now.spans().isEmpty()) {
                        return;
                    }
                    SpanC span = now.orderedSpans().get(a.first() % now.spans().size());
                    SpanC relabelled = new SpanC(labelId, span.start(), span.end());
                    if (now.spans().contains(relabelled)) {
                        return; // the same label already tags that text (or it is this span)
                    }
                    String newName = name(labelId);
                    session.relabel(realSpan(doc, span).id(), newName);
                    Set<RelC> before = touching(now, span);
                    // a said_by link goes when the quote is no longer a quote or the speaker no longer a speaker
                    Set<RelC> after = before.stream()
                            .filter(r -> !r.type().equals(Relation.SAID_BY)
                                    || !(r.from().equals(span) && !newName.equals("quote")
                                    || r.to().equals(span) && !newName.equals("speaker")))
                            .map(r -> new RelC(
                            r.from().equals(span) ? relabelled : r.from(),
                            r.to().equals(span) ? relabelled : r.to(), r.type())).collect(Collectors.toSet());
                    doc.did(Effect.spans(Set.of(span), Set.of(relabelled), before, after));
                }
                case LINK -> {
                    if (now.spans().size() < 2) {
                        return;
                    }
                    List<SpanC> spans = now.orderedSpans();
                    SpanC from = spans.get(a.first() % spans.size());
                    SpanC to = spans.get(a.second() % spans.size());
                    if (from.equals(to)) {
                        return;
                    }
                    RelC link = new RelC(from, to, Relation.SAID_BY);
                    session.link(realSpan(doc, from).id(), realSpan(doc, to).id(), Relation.SAID_BY);
                    if (!now.relations().contains(link)) {
                        Set<RelC> replaced = now.relations().stream()
                                .filter(r -> r.from().equals(from) && r.type().equals(Relation.SAID_BY))
                                .collect(Collectors.toSet());
                        doc.did(Effect.spans(Set.of(), Set.of(), replaced, Set.of(link)));
                    }
                }
                case UNLINK -> {
                    if (now.relations().isEmpty()) {
                        return;
                    }
                    RelC link = now.orderedRelations().get(a.first() % now.relations().size());
                    Relation real = session.relations().stream()
                            .filter(r -> r.fromSpanId() == realSpan(doc, link.from()).id()
                                    && r.toSpanId() == realSpan(doc, link.to()).id() && r.type().equals(link.type()))
                            .findFirst().orElseThrow();
                    session.unlink(real.id());
                    doc.did(Effect.spans(Set.of(), Set.of(), Set.of(link), Set.of()));
                }
                case RENAME -> new LabelSchemeEditor(workspace)
                        .update(store.labels().find(labelId).orElseThrow().withName("renamed" + ++renames));
                case RECOLOUR -> new LabelSchemeEditor(workspace)
                        .update(store.labels().find(labelId).orElseThrow().withColor(String.format("#%06x", a.first() * 4099)));
                case TAG_ALL -> {
                    List<TextRange> words = words(doc.text);
                    String needle = words.get(a.first() % words.size()).of(doc.text);
                    List<TextRange> hits = words.stream().filter(w -> w.of(doc.text).equals(needle)).toList();
                    Set<SpanC> expected = untaggedHits(now, hits, labelId);
                    List<Span> made = session.tagAll(hits, name(labelId), DocumentSession.ANALYST);
                    assertThat(made.stream().map(s -> new SpanC(labelId, s.start(), s.end())).collect(Collectors.toSet()))
                            .isEqualTo(expected);
                    if (!expected.isEmpty()) {
                        doc.did(Effect.spans(Set.of(), expected, Set.of(), Set.of()));
                    }
                }
                case PROPAGATE -> {
                    ModelDoc source = docs.get(a.document() % docs.size());
                    List<TextRange> words = words(source.text);
                    String needle = words.get(a.first() % words.size()).of(source.text);
                    Map<ModelDoc, Set<SpanC>> expected = new HashMap<>();
                    for (ModelDoc each : docs) {
                        List<TextRange> hits = words(each.text).stream().filter(w -> w.of(each.text).equals(needle)).toList();
                        Set<SpanC> made = untaggedHits(each.replay(), hits, labelId);
                        if (!made.isEmpty()) {
                            expected.put(each, made);
                        }
                    }
                    Propagation propagation = new Propagation(workspace);
                    int made = propagation.apply(propagation.preview(needle, name(labelId), Optional.empty()));
                    assertThat(made).isEqualTo(expected.values().stream().mapToInt(Set::size).sum());
                    expected.forEach((each, spans) -> each.did(Effect.spans(Set.of(), spans, Set.of(), Set.of())));
                }
                case STATUS -> {
                    DocumentStatus status = STATUSES.get(a.label() % STATUSES.size());
                    session.setStatus(status);
                    if (status != now.status()) {
                        doc.did(new Effect(Set.of(), Set.of(), Set.of(), Set.of(), Optional.of(status)));
                    }
                }
                case UNDO, REDO -> {
                    ModelDoc target = docs.get(a.document() % docs.size());
                    Optional<DocumentSession> on = workspace.openSessionIfAny(target.id);
                    boolean undo = a.kind() == Kind.UNDO;
                    boolean did = on.map(s -> undo ? s.undo() : s.redo()).orElse(false);
                    boolean expected = undo ? !target.done.isEmpty() : !target.undone.isEmpty();
                    assertThat(did).as("%s on document %d did something", a.kind(), target.id).isEqualTo(expected);
                    if (did && undo) {
                        target.undone.push(target.done.remove(target.done.size() - 1));
                    } else if (did) {
                        target.done.add(target.undone.pop());
                    }
                }
            }
        }

        /** Bulk tagging's rule: a hit is tagged unless a span of the label, old or just made, overlaps it. */
        static Set<SpanC> untaggedHits(DocState state, List<TextRange> hits, long labelId) {
            Set<SpanC> made = new TreeSet<>(SpanC.ORDER);
            for (TextRange hit : hits) {
                boolean covered = Stream.concat(state.spans().stream(), made.stream())
                        .anyMatch(s -> s.labelId() == labelId && new TextRange(s.start(), s.end()).overlaps(hit));
                if (!covered) {
                    made.add(new SpanC(labelId, hit.start(), hit.end()));
                }
            }
            return new HashSet<>(made);
        }

        static Set<RelC> touching(DocState state, SpanC span) {
            return state.relations().stream().filter(r -> r.from().equals(span) || r.to().equals(span))
                    .collect(Collectors.toSet());
        }
    }
}
