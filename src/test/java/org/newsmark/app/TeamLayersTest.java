package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/** Two analysts on one document of one database file: each works on their own layer only. */
class TeamLayersTest {

    private static final String TEXT = "Lee said \"we won\" and Kim agreed.";

    @TempDir
    Path temp;

    @Test
    void twoAnnotatorsLayersOfOneDocumentStayApartAndUndoStaysInItsLayer() {
        Path db = temp.resolve("team.db");
        long id;
        try (Workspace setup = Workspace.open(db)) {
            id = setup.store().documents().insert(Document.of("lee", TEXT)).id();
        }
        try (Workspace alice = Workspace.open(db, new Annotator("alice"));
             Workspace bob = Workspace.open(db, new Annotator("bob"))) {
            DocumentSession a = alice.open(id);
            Span lee = a.tag(new TextRange(0, 3), "speaker").orElseThrow();
            Span quote = a.tag(new TextRange(9, 17), "quote").orElseThrow();
            a.link(quote.id(), lee.id(), Relation.SAID_BY);
            a.setStatus(DocumentStatus.DONE);

            DocumentSession b = bob.open(id);
            assertThat(b.spans()).isEmpty();
            b.tag(new TextRange(22, 25), "speaker");
            b.tag(new TextRange(0, 3), "place");
            assertThat(b.undo()).isTrue();

            assertThat(a.spans()).extracting(Span::annotator).containsOnly("alice");
            assertThat(b.spans()).extracting(s -> s.start() + "-" + s.end() + s.label() + s.annotator()).containsExactly("22-25speakerbob");
            assertThat(alice.store().layers().statuses(id)).isEqualTo(Map.of("alice", DocumentStatus.DONE));

            TeamLayers layers = new TeamLayers(alice);
            assertThat(layers.listAnnotators()).containsExactly("alice", "bob");
            assertThat(layers.spans(id)).containsOnlyKeys("alice", "bob");
            assertThat(layers.spans(id).get("alice")).extracting(Span::label).containsExactly("speaker", "quote");
            assertThat(layers.relations(id)).containsOnlyKeys("alice");
            assertThat(layers.layers(id).get("bob").spans()).hasSize(1);

            // a fresh session of each re-reads only its own layer from the file
            try (Workspace again = Workspace.open(db, new Annotator("bob"))) {
                assertThat(again.open(id).spans()).extracting(Span::label).containsExactly("speaker");
                assertThat(again.open(id).relations()).isEmpty();
            }
            // undo in alice's layer leaves bob's alone
            assertThat(a.undo()).isTrue();
            assertThat(a.undo()).isTrue();
            assertThat(layers.spans(id).get("bob")).hasSize(1);
            assertThat(layers.relations(id)).isEmpty();
        }
    }

    @Test
    void curationReplacesTheGoldLayerWithoutTouchingTheOthers() {
        try (Workspace alice = Workspace.open(temp.resolve("gold.db"), new Annotator("alice"))) {
            long id = alice.store().documents().insert(Document.of("lee", TEXT)).id();
            alice.open(id).tag(new TextRange(0, 3), "speaker");
            TeamLayers layers = new TeamLayers(alice);
            Annotator gold = new Annotator(Annotator.GOLD);

            layers.replaceLayer(id, gold, List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 17, "quote")),
                    List.of(Relation.of(1, 2, 1, Relation.SAID_BY)));
            layers.replaceLayer(id, gold, List.of(Span.of(7, 22, 25, "speaker"), Span.of(8, 9, 17, "quote")),
                    List.of(Relation.of(1, 8, 7, Relation.SAID_BY)));

            assertThat(layers.spans(id).get("gold")).extracting(s -> s.start() + "-" + s.end()).containsExactly("9-17", "22-25");
            assertThat(layers.relations(id).get("gold")).hasSize(1);
            assertThat(layers.spans(id).get("alice")).hasSize(1);
        }
    }

    @Test
    void assigningIsBalancedDeterministicAndGivesNoDocumentAnAnnotatorTwice() {
        List<Long> docs = java.util.stream.LongStream.rangeClosed(1, 7).boxed().toList();
        Map<Long, List<String>> plan = Assignments.plan(docs, List.of("a", "b", "c"), 2, Optional.empty());

        assertThat(plan).isEqualTo(Assignments.plan(docs, List.of("a", "b", "c"), 2, Optional.empty()));
        assertThat(plan.get(1L)).containsExactly("a", "b");
        assertThat(plan.get(2L)).containsExactly("c", "a");
        assertThat(plan.values()).allSatisfy(l -> assertThat(l).hasSize(2).doesNotHaveDuplicates());
        assertThat(count(plan, "a")).isBetween(4, 5);
        assertThat(count(plan, "b")).isBetween(4, 5);
        assertThat(count(plan, "c")).isBetween(4, 5);

        Map<Long, List<String>> none = Assignments.plan(docs, List.of("a", "b"), 2, Optional.of(0.0));
        assertThat(none.values()).allSatisfy(l -> assertThat(l).hasSize(1));
        assertThat(count(none, "a") - count(none, "b")).isBetween(-1, 1);
        Map<Long, List<String>> fifth = Assignments.plan(
                java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList(), List.of("a", "b"), 2, Optional.of(20.0));
        assertThat(fifth.values().stream().filter(l -> l.size() == 2)).hasSize(4);
    }

    private static int count(Map<Long, List<String>> plan, String name) {
        return (int) plan.values().stream().filter(l -> l.contains(name)).count();
    }
}
