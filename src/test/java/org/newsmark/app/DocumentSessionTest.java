package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.store.Store;

class DocumentSessionTest {

    private static final String TEXT = "Lee said \"40% of homes flooded\" in Seoul.";

    @TempDir
    Path temp;

    private Workspace workspace;
    private DocumentSession session;
    private long documentId;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("session.db"));
        documentId = workspace.store().documents().insert(Document.of("lee", TEXT)).id();
        session = workspace.open(documentId);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What a fresh connection reads: label@start-end per span. */
    private List<String> stored() {
        try (Store fresh = Store.open(temp.resolve("session.db"))) {
            return fresh.spans().forDocument(documentId).stream()
                    .map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList();
        }
    }

    private List<String> shown() {
        return session.spans().stream().map(s -> s.label() + "@" + s.start() + "-" + s.end()).toList();
    }

    @Test
    void everyActionIsNamedByTheWordsItTouched() {
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        assertThat(session.nextUndo()).contains("tag “Lee” as speaker");
        session.resize(lee.id(), new TextRange(0, 8));
        assertThat(session.nextUndo()).contains("resize speaker “Lee” to “Lee said”");
        session.relabel(lee.id(), "place");
        assertThat(session.nextUndo()).contains("relabel speaker “Lee said” as place");
        session.delete(lee.id());
        assertThat(session.nextUndo()).contains("delete place “Lee said”");
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span seoul = session.tag(new TextRange(35, 40), "speaker").orElseThrow();
        session.unlink(session.link(quote.id(), seoul.id(), Relation.SAID_BY).id());
        assertThat(session.nextUndo()).contains("unlink quote from “Seoul”");
        assertThat(session.tagAll(List.of(new TextRange(35, 40)), "place", DocumentSession.ANALYST))
                .as("the spans as stored").singleElement().satisfies(s -> assertThat(s.id()).isPositive());
        assertThat(session.nextUndo()).contains("tag “Seoul” as place");
        session.setStatus(DocumentStatus.DONE);
        assertThat(session.nextUndo()).contains("mark “Lee said \"40% of homes…” done");

        session.undo();
        assertThat(session.nextRedo()).contains("mark “Lee said \"40% of homes…” done");
    }

    @Test
    void openingADocumentLeavesItNewAndMarkingItStartedIsNoUndoableAction() {
        assertThat(session.document().status()).isEqualTo(DocumentStatus.NEW);
        session.markStarted();
        assertThat(session.document().status()).isEqualTo(DocumentStatus.IN_PROGRESS);
        assertThat(workspace.store().documents().find(documentId).orElseThrow().status())
                .isEqualTo(DocumentStatus.IN_PROGRESS);
        assertThat(session.nextUndo()).isEmpty();
    }

    @Test
    void tagTrimsWhitespaceAndIsCommittedAtOnce() {
        Span lee = session.tag(new TextRange(0, 4), "speaker").orElseThrow();
        assertThat(lee.range()).isEqualTo(new TextRange(0, 3));
        assertThat(lee.annotator()).isEqualTo(DocumentSession.ANALYST);
        assertThat(stored()).containsExactly("speaker@0-3");
        assertThat(session.tag(new TextRange(3, 4), "quote")).isEmpty();
        assertThat(session.tag(new TextRange(0, 3), "speaker")).contains(lee);
        assertThat(stored()).hasSize(1);
    }

    @Test
    void undoAndRedoEveryKindOfActionAgainstTheDatabase() {
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        session.tag(new TextRange(10, 13), "figure").orElseThrow();
        Relation saidBy = session.link(quote.id(), lee.id(), Relation.SAID_BY);
        session.relabel(lee.id(), "place");
        session.resize(quote.id(), new TextRange(10, 31));
        session.setStatus(DocumentStatus.DONE);
        session.delete(lee.id());
        assertThat(session.relations()).isEmpty();
        assertThat(stored()).containsExactly("quote@10-31", "figure@10-13");

        List<List<String>> expectedAfterEachUndo = List.of(
                List.of("place@0-3", "quote@10-31", "figure@10-13"),   // undo delete
                List.of("place@0-3", "quote@10-31", "figure@10-13"),   // undo status
                List.of("place@0-3", "quote@10-30", "figure@10-13"),   // undo resize
                List.of("speaker@0-3", "quote@10-30", "figure@10-13"), // undo relabel
                List.of("speaker@0-3", "quote@10-30", "figure@10-13"), // undo link
                List.of("speaker@0-3", "quote@10-30"),                 // undo figure
                List.of("quote@10-30"),                                 // undo speaker
                List.of());                                            // undo quote
        for (int i = 0; i < expectedAfterEachUndo.size(); i++) {
            List<String> expected = expectedAfterEachUndo.get(i);
            assertThat(session.undo()).isTrue();
            assertThat(shown()).isEqualTo(expected);
            assertThat(stored()).isEqualTo(expected);
            // the relabel to place took the said_by link with it; undoing the relabel brings it back
            if (i < 3 || i > 3) {
                assertThat(session.relations()).isEmpty();
            } else {
                assertThat(session.relations()).extracting(Relation::id).containsExactly(saidBy.id());
            }
        }
        assertThat(session.undo()).isFalse();
        assertThat(workspace.store().documents().find(documentId).orElseThrow().status())
                .isEqualTo(DocumentStatus.NEW);

        for (int i = 0; i < 8; i++) {
            assertThat(session.redo()).isTrue();
        }
        assertThat(session.redo()).isFalse();
        assertThat(stored()).containsExactly("quote@10-31", "figure@10-13");
        assertThat(session.document().status()).isEqualTo(DocumentStatus.DONE);
    }

    @Test
    void deletingASpanTakesItsRelationsAndUndoBringsThemBack() {
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        Relation link = session.link(quote.id(), lee.id(), Relation.SAID_BY);
        session.delete(quote.id());
        assertThat(workspace.store().relations().forDocument(documentId)).isEmpty();
        session.undo();
        assertThat(workspace.store().relations().forDocument(documentId)).containsExactly(link);
        assertThat(session.relations()).containsExactly(link);
    }

    @Test
    void aQuoteHasAtMostOneSpeakerAndARelabelThatBreaksTheLinkRemovesItInTheSameAction() {
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        Span seoul = session.tag(new TextRange(35, 40), "speaker").orElseThrow();
        session.link(quote.id(), lee.id(), Relation.SAID_BY);
        Relation second = session.link(quote.id(), seoul.id(), Relation.SAID_BY);
        assertThat(workspace.store().relations().forDocument(documentId)).containsExactly(second);
        session.relabel(quote.id(), "figure");
        assertThat(workspace.store().relations().forDocument(documentId)).isEmpty();
        assertThat(session.nextUndo()).contains("relabel quote “40% of homes flooded” as figure and unlink its speaker");
        session.undo();
        assertThat(workspace.store().relations().forDocument(documentId)).containsExactly(second);
        session.undo();
        assertThat(workspace.store().relations().forDocument(documentId))
                .extracting(Relation::toSpanId).containsExactly(lee.id());
    }

    @Test
    void aNewActionClearsRedo() {
        session.tag(new TextRange(0, 3), "speaker");
        session.undo();
        assertThat(session.nextRedo()).contains("tag “Lee” as speaker");
        session.tag(new TextRange(35, 40), "place");
        assertThat(session.nextRedo()).isEmpty();
        assertThat(session.redo()).isFalse();
    }

    @Test
    void aFailedActionChangesNothingAndKeepsTheMirrorTrue() {
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        assertThatThrownBy(() -> session.relabel(lee.id(), "no-such-label")).hasMessageContaining("unknown label");
        assertThat(shown()).containsExactly("speaker@0-3");
        assertThat(stored()).containsExactly("speaker@0-3");
        assertThatThrownBy(() -> session.resize(lee.id(), new TextRange(0, 99)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored()).containsExactly("speaker@0-3");
    }

    @Test
    void historySurvivesSwitchingDocuments() {
        long other = workspace.store().documents().insert(Document.of("other", "Another text.")).id();
        session.tag(new TextRange(0, 3), "speaker");
        DocumentSession second = workspace.open(other);
        second.tag(new TextRange(0, 7), "quote");
        assertThat(workspace.open(documentId)).isSameAs(session);
        assertThat(session.undo()).isTrue();
        assertThat(stored()).isEmpty();
        assertThat(workspace.store().spans().forDocument(other)).hasSize(1);
    }

    @Test
    void listenersHearTheAffectedRange() {
        List<SessionChange> changes = new java.util.ArrayList<>();
        session.addListener(changes::add);
        session.tag(new TextRange(35, 40), "place");
        session.undo();
        assertThat(changes).extracting(SessionChange::affected)
                .containsExactly(new TextRange(35, 40), new TextRange(35, 40));
        assertThat(changes.get(1).description()).isEqualTo("undo tag “Seoul” as place");
    }

    @Test
    void aLinkIsNamedAsAQuoteAndItsSpeakersTextNotByTheRelationType() {
        List<SessionChange> changes = new java.util.ArrayList<>();
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        session.addListener(changes::add);
        Relation link = session.link(quote.id(), lee.id(), Relation.SAID_BY);
        session.undo();
        session.redo();
        session.unlink(link.id());
        assertThat(changes).extracting(SessionChange::description).containsExactly("link quote to “Lee”",
                "undo link quote to “Lee”", "redo link quote to “Lee”", "unlink quote from “Lee”");
    }

    @Test
    void innermostSpanAtACaret() {
        session.tag(new TextRange(10, 30), "quote");
        Span figure = session.tag(new TextRange(10, 13), "figure").orElseThrow();
        assertThat(session.innermostAt(11)).contains(figure);
        assertThat(session.innermostAt(20)).map(Span::label).contains("quote");
        assertThat(session.innermostAt(5)).isEmpty();
    }

    @Test
    void noSpanIsLongerThanTheLengthBoundThroughTagsResizesAndUndo() {
        java.util.function.Consumer<String> holds = when -> assertThat(session.spans())
                .as(when).allMatch(s -> s.range().length() <= session.longestSpanLength());
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        holds.accept("after a tag");
        session.resize(lee.id(), new TextRange(0, TEXT.length() - 1));
        holds.accept("after growing a span");
        session.tag(new TextRange(10, 30), "quote");
        session.undo();
        session.undo();
        holds.accept("after undo");
        session.redo();
        holds.accept("after redo");
    }
    private org.newsmark.model.Label label(String name) {
        return workspace.store().labels().byName(name).orElseThrow();
    }

    @Test
    void undoAfterTheLabelWasRenamedBringsTheSpanBackUnderItsNewName() {
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        session.link(quote.id(), lee.id(), Relation.SAID_BY);
        session.relabel(lee.id(), "place");
        session.delete(quote.id());
        LabelSchemeEditor editor = new LabelSchemeEditor(workspace);
        editor.update(label("quote").withName("citation"));
        editor.update(label("speaker").withName("source").withColor("#123456"));

        assertThat(session.undo()).isTrue(); // delete
        assertThat(stored()).containsExactly("place@0-3", "citation@10-30");
        assertThat(shown()).isEqualTo(stored());
        assertThat(session.relations()).as("the relabel to place took the said_by link").isEmpty();
        assertThat(session.undo()).isTrue(); // relabel
        assertThat(stored()).containsExactly("source@0-3", "citation@10-30");
        assertThat(session.relations()).hasSize(1);
        assertThat(session.undo()).isTrue(); // link
        assertThat(workspace.store().relations().forDocument(documentId)).isEmpty();
        assertThat(session.redo()).isTrue();
        assertThat(session.redo()).isTrue();
        assertThat(session.redo()).isTrue();
        assertThat(stored()).containsExactly("place@0-3");
        assertThat(session.nextUndo()).contains("delete quote “40% of homes flooded”");
    }

    @Test
    void aDeletedSpansIdIsNeverGivenToAnotherDocument() {
        session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        session.delete(lee.id()); // the highest span id: plain SQLite would give it to the next new row
        long otherId = workspace.store().documents().insert(Document.of("other", "Kim spoke.")).id();
        Span kim = workspace.open(otherId).tag(new TextRange(0, 3), "speaker").orElseThrow();
        Span imported = workspace.store().spans().insert(new Span(0, otherId, new TextRange(4, 9), "speaker", "import"));

        assertThat(kim.id()).isNotEqualTo(lee.id());
        assertThat(imported.id()).isNotEqualTo(lee.id());
        assertThat(session.undo()).isTrue();
        assertThat(session.spans()).filteredOn(s -> s.label().equals("speaker")).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(lee.id()));
        assertThat(workspace.store().spans().forDocument(documentId)).isEqualTo(session.spans());
    }

    @Test
    void relationsSurviveUndoWhenAnotherProgramTookTheDeletedIds() {
        Span quote = session.tag(new TextRange(10, 30), "quote").orElseThrow();
        Span lee = session.tag(new TextRange(0, 3), "speaker").orElseThrow();
        session.link(quote.id(), lee.id(), Relation.SAID_BY);
        session.delete(lee.id());
        long otherId = workspace.store().documents().insert(Document.of("other", "Kim spoke.")).id();
        // another program stores a row under the freed id, as an older Newsmark or a script could
        Span kim = workspace.store().spans().restore(new Span(lee.id(), otherId, new TextRange(0, 3), "speaker", "script"));

        assertThat(session.undo()).isTrue();
        Span back = session.spans().stream().filter(s -> s.label().equals("speaker")).findFirst().orElseThrow();
        assertThat(session.relations()).singleElement()
                .satisfies(r -> assertThat(r.toSpanId()).isEqualTo(back.id()));
        assertThat(storedLinks()).containsExactly("quote@10-30 said_by speaker@0-3");
        // the link command made before the delete still finds both ends
        assertThat(session.undo()).isTrue();
        assertThat(session.relations()).isEmpty();
        assertThat(storedLinks()).isEmpty();
        assertThat(session.undo()).isTrue();
        assertThat(stored()).containsExactly("quote@10-30");
        assertThat(session.redo()).isTrue();
        assertThat(session.redo()).isTrue();
        assertThat(storedLinks()).containsExactly("quote@10-30 said_by speaker@0-3");
        assertThat(session.redo()).isTrue();
        assertThat(stored()).containsExactly("quote@10-30");
        assertThat(storedLinks()).isEmpty();
        assertThat(workspace.store().spans().forDocument(otherId)).containsExactly(kim);
    }

    /** The stored relations of the document, each as its ends' label and range. */
    private List<String> storedLinks() {
        Map<Long, String> spans = new java.util.HashMap<>();
        workspace.store().spans().forDocument(documentId)
                .forEach(s -> spans.put(s.id(), s.label() + "@" + s.start() + "-" + s.end()));
        return workspace.store().relations().forDocument(documentId).stream()
                .map(r -> spans.get(r.fromSpanId()) + " " + r.type() + " " + spans.get(r.toSpanId())).toList();
    }

    @Test
    void aFailedUndoStaysInTheHistoryAndChangesNothing() {
        LabelSchemeEditor editor = new LabelSchemeEditor(workspace);
        editor.add("person");
        Span lee = session.tag(new TextRange(0, 3), "person").orElseThrow();
        session.tag(new TextRange(35, 40), "place");
        session.delete(lee.id());
        editor.delete(label("person").id()); // no span uses it any more
        editor.add("person"); // the same name is another label

        assertThatThrownBy(session::undo).isInstanceOf(UndoFailedException.class)
                .hasMessage("Could not undo delete person “Lee”: its label was deleted from the scheme; the history is kept");
        assertThat(stored()).containsExactly("place@35-40");
        assertThat(shown()).isEqualTo(stored());
        assertThat(session.nextUndo()).contains("delete person “Lee”");
        assertThat(session.nextRedo()).isEmpty();
        assertThatThrownBy(session::undo).isInstanceOf(UndoFailedException.class);
        assertThat(session.nextUndo()).contains("delete person “Lee”");
    }

    @Test
    void aFailedRedoStaysInTheHistory() {
        LabelSchemeEditor editor = new LabelSchemeEditor(workspace);
        editor.add("person");
        session.tag(new TextRange(0, 3), "person");
        session.undo();
        editor.delete(label("person").id());
        assertThatThrownBy(session::redo).isInstanceOf(UndoFailedException.class)
                .hasMessageStartingWith("Could not redo tag “Lee” as person: ");
        assertThat(stored()).isEmpty();
        assertThat(session.nextRedo()).contains("tag “Lee” as person");
    }
}
