package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.newsmark.app.team.CurationPolicy;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Label;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.BothEngines.EngineTest;
import org.newsmark.store.Store;
import org.newsmark.store.TestDatabase;
import org.newsmark.store.Version;

/**
 * Two analysts (two workspaces, two connections) on one database change the same thing: the second
 * change is refused with a message naming who changed what and when, nothing of it is stored, the
 * second analyst's session shows the first one's change and their undo history does not hold the
 * refused action. An analyst's own sessions of a document (their layer and gold) never refuse each other.
 */
class ConcurrentEditsTest {

    private static final String TEXT = "Lee said \"we won\" and Kim agreed in Seoul.";

    private static long seed(TestDatabase db) {
        try (Workspace setup = Workspace.open(db.location(), new Annotator("setup"))) {
            return setup.store().documents().insert(Document.of("article-3", TEXT)).id();
        }
    }

    /** a: Seoul (place); b: Kim (speaker); both: Lee and the quote, linked. */
    private static void twoLayers(TestDatabase db, long id) {
        try (Workspace setup = Workspace.open(db.location(), new Annotator("setup"))) {
            TeamLayers layers = new TeamLayers(setup);
            layers.replaceLayer(id, new Annotator("a"), List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 17, "quote"),
                    Span.of(3, 36, 41, "place")), List.of(Relation.of(1, 2, 1, Relation.SAID_BY)));
            layers.replaceLayer(id, new Annotator("b"), List.of(Span.of(1, 0, 3, "speaker"), Span.of(2, 9, 17, "quote"),
                    Span.of(3, 22, 25, "speaker")), List.of(Relation.of(1, 2, 1, Relation.SAID_BY)));
        }
    }

    /** "HH:mm" of a stored change in this computer's zone, as the window says it. */
    private static String clock(Version version) {
        return DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(version.changed()).atZone(ZoneId.systemDefault()));
    }

    @EngineTest
    void aStatusChangedByAnotherAnalystIsRefusedAndTheirsShows(TestDatabase db) {
        long id = seed(db);
        try (Workspace ana = Workspace.open(db.location(), new Annotator("Ana"));
             Workspace ben = Workspace.open(db.location(), new Annotator("Ben"))) {
            DocumentSession anas = ana.open(id);
            DocumentSession bens = ben.open(id);
            anas.tag(new TextRange(0, 3), "speaker");

            bens.setStatus(DocumentStatus.DONE);
            Version afterBen = ben.store().documents().statusVersion(id);
            assertThatThrownBy(() -> anas.setStatus(DocumentStatus.IN_PROGRESS))
                    .isInstanceOf(EditConflictException.class)
                    .hasMessage("Ben changed the status of 'article-3' to done at " + clock(afterBen)
                            + "; your change was not stored. The view now shows theirs.");

            assertThat(anas.document().status()).as("shown").isEqualTo(DocumentStatus.DONE);
            try (Store fresh = db.open()) {
                assertThat(fresh.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
                assertThat(fresh.documents().statusVersion(id)).isEqualTo(afterBen);
                assertThat(fresh.documents().layerStatus(id, "Ana")).isEqualTo(DocumentStatus.NEW);
            }
            assertThat(anas.nextUndo()).as("the refused action is not in the history").contains("tag “Lee” as speaker");

            anas.setStatus(DocumentStatus.IN_PROGRESS); // she has seen his now
            try (Store fresh = db.open()) {
                assertThat(fresh.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.IN_PROGRESS);
            }
        }
    }

    @EngineTest
    void aGoldEditAfterAnotherCuratorsIsRefusedAndTheirGoldLayerShows(TestDatabase db) {
        long id = seed(db);
        twoLayers(db, id);
        try (Workspace ana = Workspace.open(db.location(), new Annotator("Ana"));
             Workspace ben = Workspace.open(db.location(), new Annotator("Ben"))) {
            CurationSession anas = CurationSession.start(ana, id, CurationPolicy.unanimous());
            CurationSession bens = CurationSession.start(ben, id, CurationPolicy.unanimous());
            bens.acceptSide(0, "b"); // Kim
            Version afterBen = ben.store().layers().version(id, Annotator.GOLD);

            int open = anas.curation().openCount();
            assertThatThrownBy(() -> anas.acceptSide(1, "a")) // Seoul
                    .isInstanceOf(EditConflictException.class)
                    .hasMessage("Ben changed the gold layer of 'article-3' at " + clock(afterBen)
                            + "; your change was not stored. The view now shows theirs.");
            assertThat(anas.curation().openCount()).as("the step is not taken").isEqualTo(open);
            assertThat(anas.canUndo()).isFalse();
            assertThat(spans(anas.gold().spans())).as("shown").containsExactly("speaker@0-3", "quote@9-17", "speaker@22-25");
            try (Store fresh = db.open()) {
                assertThat(spans(fresh.layers().spans(id).get(Annotator.GOLD)))
                        .containsExactly("speaker@0-3", "quote@9-17", "speaker@22-25");
                assertThat(fresh.layers().version(id, Annotator.GOLD)).isEqualTo(afterBen);
            }
        }
    }

    @EngineTest
    void inTheBackgroundARefusedCurationStepIsTakenBackAndTheirGoldLayerShows(TestDatabase db) throws Exception {
        long id = seed(db);
        twoLayers(db, id);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Workspace ana = Workspace.open(db.location(), new Annotator("Ana"));
             Workspace ben = Workspace.open(db.location(), new Annotator("Ben"))) {
            ana.commitInBackground(writer, Runnable::run);
            CurationSession anas = CurationSession.start(ana, id, CurationPolicy.unanimous());
            CompletableFuture<RuntimeException> refusal = new CompletableFuture<>();
            anas.addRefusalListener(refusal::complete);
            anas.gold().awaitCommits();
            int open = anas.curation().openCount();
            CurationSession.start(ben, id, CurationPolicy.unanimous()).acceptSide(0, "b"); // Kim

            anas.acceptSide(1, "a"); // Seoul: shown at once, refused by the writer
            assertThat(refusal.get(30, TimeUnit.SECONDS)).isInstanceOf(EditConflictException.class)
                    .hasMessageStartingWith("Ben changed the gold layer of 'article-3' at ");
            anas.gold().awaitCommits();
            assertThat(anas.curation().openCount()).as("the step is taken back").isEqualTo(open);
            assertThat(anas.canUndo()).isFalse();
            assertThat(spans(anas.gold().spans())).containsExactly("speaker@0-3", "quote@9-17", "speaker@22-25");
            try (Store fresh = db.open()) {
                assertThat(spans(fresh.layers().spans(id).get(Annotator.GOLD)))
                        .containsExactly("speaker@0-3", "quote@9-17", "speaker@22-25");
            }
        } finally {
            writer.shutdownNow();
        }
    }

    @EngineTest
    void aLabelRenamedByAnotherAnalystIsNotOverwritten(TestDatabase db) {
        seed(db);
        try (Workspace ana = Workspace.open(db.location(), new Annotator("Ana"));
             Workspace ben = Workspace.open(db.location(), new Annotator("Ben"))) {
            LabelSchemeEditor anas = new LabelSchemeEditor(ana);
            LabelSchemeEditor bens = new LabelSchemeEditor(ben);
            Label place = anas.labels().stream().filter(l -> l.name().equals("place")).findFirst().orElseThrow();
            bens.labels();

            bens.store(place.withName("location"));
            Version afterBen = ben.store().labels().version(place.id());
            String refused = "Ben renamed the label 'place' to 'location' at " + clock(afterBen)
                    + "; your change was not stored. The view now shows theirs.";
            assertThatThrownBy(() -> anas.store(place.withColor("#123456")))
                    .isInstanceOf(EditConflictException.class).hasMessage(refused);
            assertThatThrownBy(() -> anas.storeDeletion(place.id()))
                    .isInstanceOf(EditConflictException.class).hasMessage(refused);
            try (Store fresh = db.open()) {
                assertThat(fresh.labels().find(place.id())).contains(place.withName("location"));
            }

            Label shown = anas.labels().stream().filter(l -> l.id() == place.id()).findFirst().orElseThrow();
            anas.store(shown.withColor("#123456")); // once she has seen his rename
            try (Store fresh = db.open()) {
                assertThat(fresh.labels().find(place.id())).contains(place.withName("location").withColor("#123456"));
            }
        }
    }

    @EngineTest
    void anAnalystsOwnLayerAndGoldSessionsDoNotRefuseEachOther(TestDatabase db) {
        long id = seed(db);
        try (Workspace ana = Workspace.open(db.location(), new Annotator("Ana"))) {
            DocumentSession own = ana.open(id);
            DocumentSession gold = ana.open(id, new Annotator(Annotator.GOLD));
            own.setStatus(DocumentStatus.IN_PROGRESS);
            gold.tag(new TextRange(0, 3), "speaker");
            gold.setStatus(DocumentStatus.DONE);
            own.tag(new TextRange(22, 25), "speaker");
            own.setStatus(DocumentStatus.NEW);
            gold.tag(new TextRange(36, 41), "place");
            gold.setLayerStatus(DocumentStatus.IN_PROGRESS);
            assertThat(own.undo()).isTrue();
            assertThat(gold.undo()).isTrue();
            try (Store fresh = db.open()) {
                assertThat(fresh.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
                assertThat(fresh.documents().layerStatus(id, Annotator.GOLD)).isEqualTo(DocumentStatus.DONE);
                assertThat(fresh.documents().layerStatus(id, "Ana")).isEqualTo(DocumentStatus.IN_PROGRESS);
                assertThat(spans(fresh.layers().spans(id).get(Annotator.GOLD))).containsExactly("speaker@0-3", "place@36-41");
                assertThat(spans(fresh.layers().spans(id).get("Ana"))).containsExactly("speaker@22-25");
                assertThat(fresh.documents().statusVersion(id).changedBy()).isEqualTo("Ana");
            }
        }
    }

    @EngineTest
    void inTheBackgroundTheRefusedActionLeavesTheHistoryAndTheViewShowsTheirs(TestDatabase db) throws Exception {
        long id = seed(db);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Workspace ana = Workspace.open(db.location(), new Annotator("Ana"));
             Workspace ben = Workspace.open(db.location(), new Annotator("Ben"))) {
            ana.commitInBackground(writer, Runnable::run);
            DocumentSession anas = ana.open(id);
            CompletableFuture<RuntimeException> refusal = new CompletableFuture<>();
            anas.addSaveListener(new DocumentSession.SaveListener() {
                @Override
                public void saved(String description) {
                }

                @Override
                public void failed(String description, RuntimeException cause) {
                    refusal.complete(cause);
                }
            });
            anas.tag(new TextRange(0, 3), "speaker");
            anas.awaitCommits();
            ben.open(id).setStatus(DocumentStatus.DONE);

            CountDownLatch writerHeld = new CountDownLatch(1);
            writer.execute(() -> {
                try {
                    writerHeld.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            anas.setStatus(DocumentStatus.IN_PROGRESS);
            assertThat(anas.document().status()).as("shown at once").isEqualTo(DocumentStatus.IN_PROGRESS);
            anas.tag(new TextRange(22, 25), "speaker"); // queued behind the refused one: not stored either
            writerHeld.countDown();

            RuntimeException cause = refusal.get(30, TimeUnit.SECONDS);
            assertThat(cause).isInstanceOf(EditConflictException.class)
                    .hasMessageStartingWith("Ben changed the status of 'article-3' to done at ");
            anas.awaitCommits();
            assertThat(anas.document().status()).isEqualTo(DocumentStatus.DONE);
            assertThat(spans(anas.spans())).containsExactly("speaker@0-3");
            assertThat(anas.nextUndo()).contains("tag “Lee” as speaker");
            assertThat(anas.nextRedo()).isEmpty();
            assertThat(anas.undo()).isTrue();
            anas.awaitCommits();
            try (Store fresh = db.open()) {
                assertThat(fresh.documents().find(id).orElseThrow().status()).isEqualTo(DocumentStatus.DONE);
                assertThat(fresh.layers().spans(id).get("Ana")).isNull();
            }
        } finally {
            writer.shutdownNow();
        }
    }

    private static List<String> spans(List<Span> spans) {
        return spans.stream().map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList();
    }
}
