package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.team.CurationPolicy;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;

/** Curating a document writes its gold layer step by step, each step one undoable action. */
class CurationSessionTest {

    private static final String TEXT = "Lee said \"we won\" and Kim agreed in Seoul.";

    @TempDir
    Path temp;

    @Test
    void eachSettlingStepWritesTheGoldLayerAndUndoTakesItBack() {
        Path db = temp.resolve("team.db");
        long id;
        try (Workspace setup = Workspace.open(db)) {
            id = setup.store().documents().insert(Document.of("lee", TEXT)).id();
            TeamLayers layers = new TeamLayers(setup);
            // both: Lee (speaker) and the quote, linked; a: Seoul (place); b: Kim (speaker); quote ranges agree
            layers.replaceLayer(id, new Annotator("a"), List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 17, "quote"),
                    Span.of(3, 36, 41, "place")), List.of(Relation.of(1, 2, 1, Relation.SAID_BY)));
            layers.replaceLayer(id, new Annotator("b"), List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 17, "quote"),
                    Span.of(3, 22, 25, "speaker")), List.of(Relation.of(1, 2, 1, Relation.SAID_BY)));
            // an earlier gold span nobody agreed on: replaced at the start
            layers.replaceLayer(id, new Annotator(Annotator.GOLD), List.of(Span.of(1, 4, 8, "figure")), List.of());
        }
        try (Workspace curator = Workspace.open(db, new Annotator("curator"))) {
            CurationSession session = CurationSession.start(curator, id, CurationPolicy.unanimous());
            assertThat(session.replacedAtStart()).isEqualTo(1);
            assertThat(session.gold().nextUndo()).as("the start names what it took into gold")
                    .contains("start curation: take “Lee” and 1 more, 1 link, remove 1 stale");
            assertThat(gold(db, id)).containsExactly("speaker@0-3", "quote@9-17");
            try (Store fresh = Store.openReadOnly(db)) {
                assertThat(fresh.layers().relations(id).get(Annotator.GOLD)).hasSize(1);
            }
            assertThat(session.curation().disagreements()).hasSize(2);

            assertThat(goldStatus(db, id)).isEqualTo(DocumentStatus.NEW);
            session.acceptSide(0, "b");                       // Kim
            assertThat(session.gold().nextUndo()).contains("curate: accept b's side on “Kim”");
            assertThat(goldStatus(db, id)).as("one disagreement still open").isEqualTo(DocumentStatus.NEW);
            session.reject(1);                                // Seoul
            assertThat(session.gold().nextUndo()).as("the reject changed no gold span, the status it set")
                    .contains("mark “Lee said \"we won\" and Kim…” done");
            assertThat(session.curation().openCount()).isZero();
            assertThat(gold(db, id)).containsExactly("speaker@0-3", "quote@9-17", "speaker@22-25");
            assertThat(goldStatus(db, id)).as("every disagreement settled").isEqualTo(DocumentStatus.DONE);
            try (Store fresh = Store.openReadOnly(db)) {
                assertThat(fresh.documents().layerStatus(id, "a")).isEqualTo(DocumentStatus.NEW);
            }

            assertThat(session.undo()).isTrue();              // the reject changed nothing in gold
            assertThat(goldStatus(db, id)).as("open again").isNotEqualTo(DocumentStatus.DONE);
            assertThat(session.undo()).isTrue();              // Kim goes
            assertThat(session.curation().openCount()).isEqualTo(2);
            assertThat(gold(db, id)).containsExactly("speaker@0-3", "quote@9-17");
            assertThat(session.undo()).isFalse();             // starting is not a settling step

            session.edit(1, new org.newsmark.model.TextRange(36, 41), "figure");   // the curator's own label
            assertThat(session.gold().nextUndo()).contains("curate: tag “Seoul” as figure");
            assertThat(gold(db, id)).containsExactly("speaker@0-3", "quote@9-17", "figure@36-41");
            assertThat(session.undo()).isTrue();
            session.acceptSide(1, "a");
            assertThat(session.gold().nextUndo()).as("Kim is open again, so no status step follows")
                    .contains("curate: accept a's side on “Seoul”");
            assertThat(gold(db, id)).containsExactly("speaker@0-3", "quote@9-17", "place@36-41");
            try (Store fresh = Store.openReadOnly(db)) {
                assertThat(fresh.layers().spans(id).get("a")).hasSize(3);       // the annotators' layers stay
            }
        }
    }

    private static DocumentStatus goldStatus(Path db, long id) {
        try (Store fresh = Store.openReadOnly(db)) {
            return fresh.documents().layerStatus(id, Annotator.GOLD);
        }
    }

    private static List<String> gold(Path db, long id) {
        try (Store fresh = Store.openReadOnly(db)) {
            return fresh.layers().spans(id).getOrDefault(Annotator.GOLD, List.of()).stream()
                    .map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList();
        }
    }
}
