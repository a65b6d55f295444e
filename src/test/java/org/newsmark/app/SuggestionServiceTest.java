package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.suggest.Gazetteer;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.Suggestions;

/** The suggestion service against real SQLite files: accept, accept all, reject, learning, bulk apply. */
class SuggestionServiceTest {

    static final Gazetteer PLACES = Gazetteer.of(Map.of("Pyongyang", "place", "Moscow", "place", "Seoul", "place",
            "Russia", "place", "Ukraine", "place", "North Korea", "place", "South Korea", "place"));

    private static final String TEXT = "About 12,000 troops moved to Pyongyang, officials said. "
            + "\"We are ready to act,\" Lee said. Kim told reporters the talks in Moscow went well.";

    @TempDir
    Path temp;

    private Workspace workspace;
    private SuggestionService service;
    private long documentId;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("suggest.db"));
        documentId = insert(TEXT, "troops");
        service = SuggestionService.start(workspace.store(), () -> PLACES);
    }

    @AfterEach
    void close() {
        service.close();
        workspace.close();
    }

    private long insert(String text, String name) {
        return workspace.store().documents().insert(Document.of(name, text)).id();
    }

    private void reopen() {
        service.close();
        workspace.close();
        workspace = Workspace.open(temp.resolve("suggest.db"));
        service = SuggestionService.start(workspace.store(), () -> PLACES);
    }

    private static Optional<SpanSuggestion> find(Suggestions s, String label, String text, String covered) {
        return s.withLabel(label).stream().filter(x -> x.key().textIn(text).equals(covered)).findFirst();
    }

    private List<Span> storedSpans() {
        try (Store fresh = Store.open(temp.resolve("suggest.db"))) {
            return fresh.spans().forDocument(documentId);
        }
    }

    @Test
    void suggestsForAStoredDocumentWithoutBlockingTheCaller() throws Exception {
        Suggestions s = service.suggestLater(documentId).get();
        assertThat(find(s, "figure", TEXT, "About 12,000 troops")).isPresent();
        assertThat(find(s, "place", TEXT, "Pyongyang")).isPresent();
        assertThat(find(s, "speaker", TEXT, "Lee")).isPresent();
        assertThat(s.links()).anySatisfy(l -> {
            assertThat(l.quote().textIn(TEXT)).isEqualTo("We are ready to act,");
            assertThat(l.speaker().textIn(TEXT)).isEqualTo("Lee");
        });
    }

    @Test
    void acceptingMakesAnOrdinaryUndoableSpanThatRecordsItsSource() {
        DocumentSession session = workspace.open(documentId);
        SpanSuggestion figure = find(service.suggest(documentId), "figure", TEXT, "About 12,000 troops").orElseThrow();

        Span span = service.accept(session, figure).orElseThrow();

        assertThat(span.source()).isEqualTo("suggest:figures");
        assertThat(span.isSuggested()).isTrue();
        assertThat(span.annotator()).isEqualTo(DocumentSession.ANALYST);
        assertThat(storedSpans()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("suggest:figures");
            assertThat(s.range()).isEqualTo(figure.range());
        });
        assertThat(find(service.suggest(documentId), "figure", TEXT, "About 12,000 troops")).isEmpty();
        assertThat(session.undo()).isTrue();
        assertThat(storedSpans()).isEmpty();
    }

    @Test
    void acceptingAQuoteLinksItToItsSpeakerWhenTheSpeakerIsTagged() {
        DocumentSession session = workspace.open(documentId);
        Suggestions s = service.suggest(documentId);
        Span lee = service.accept(session, find(s, "speaker", TEXT, "Lee").orElseThrow()).orElseThrow();
        assertThat(session.nextUndo()).contains("accept suggestion “Lee” as speaker");
        Span quote = service.accept(session, find(service.suggest(session), "quote", TEXT, "We are ready to act,")
                .orElseThrow()).orElseThrow();
        assertThat(session.nextUndo()).as("the undo names the link drawn too")
                .contains("accept suggestion “We are ready to act,” as quote, link quote to “Lee”");

        assertThat(session.relations()).singleElement().satisfies(r -> {
            assertThat(r.fromSpanId()).isEqualTo(quote.id());
            assertThat(r.toSpanId()).isEqualTo(lee.id());
            assertThat(r.type()).isEqualTo(Relation.SAID_BY);
        });
        session.undo();
        assertThat(session.relations()).isEmpty();
        assertThat(session.spans()).containsExactly(lee);
    }

    @Test
    void acceptAllIsOneUndoableActionAndUndoRemovesEverySpan() {
        DocumentSession session = workspace.open(documentId);
        int speakers = service.suggest(documentId).withLabel("speaker").size();
        assertThat(speakers).isGreaterThan(1);

        List<Span> created = service.acceptAll(session, "speaker");

        assertThat(created).hasSize(speakers).allSatisfy(sp -> assertThat(sp.isSuggested()).isTrue());
        assertThat(storedSpans()).hasSize(speakers);
        assertThat(service.suggest(session).withLabel("speaker")).isEmpty();
        assertThat(session.nextUndo()).contains("accept “officials” and 2 more as speaker");

        assertThat(session.undo()).isTrue();
        assertThat(storedSpans()).isEmpty();
        assertThat(session.spans()).isEmpty();
        assertThat(session.redo()).isTrue();
        assertThat(storedSpans()).hasSize(speakers);
    }

    @Test
    void aRejectionIsRememberedAfterReopening() {
        SpanSuggestion place = find(service.suggest(documentId), "place", TEXT, "Moscow").orElseThrow();
        service.reject(documentId, place);
        assertThat(find(service.suggest(documentId), "place", TEXT, "Moscow")).isEmpty();

        reopen();

        assertThat(find(service.suggest(documentId), "place", TEXT, "Moscow")).isEmpty();
        assertThat(find(service.suggest(documentId), "place", TEXT, "Pyongyang")).isPresent();
        assertThat(workspace.store().suggestions().rejections(documentId)).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("Moscow"));
    }

    @Test
    void aProposalRejectedTwiceInTheCorpusIsNoLongerMade() {
        String other = "Trade with Moscow grew, the minister said.";
        long second = insert(other, "trade");
        long third = insert("Flights to Moscow resumed.", "flights");
        service.reject(documentId, find(service.suggest(documentId), "place", TEXT, "Moscow").orElseThrow());
        assertThat(find(service.suggest(third), "place", "Flights to Moscow resumed.", "Moscow")).isPresent();

        service.reject(second, find(service.suggest(second), "place", other, "Moscow").orElseThrow());

        assertThat(find(service.suggest(third), "place", "Flights to Moscow resumed.", "Moscow")).isEmpty();
        reopen();
        assertThat(find(service.suggest(third), "place", "Flights to Moscow resumed.", "Moscow")).isEmpty();
    }

    @Test
    void acceptedStringsAreProposedElsewhereInTheCorpus() {
        long second = insert("Officials in Darrowmere said little.", "darrowmere");
        DocumentSession session = workspace.open(second);
        session.tag(new org.newsmark.model.TextRange(13, 23), "place");
        long third = insert("Trains to Darrowmere run again.", "trains");
        reopen();
        assertThat(find(service.suggest(third), "place", "Trains to Darrowmere run again.", "Darrowmere")).isPresent();
    }

    @Test
    void aSpanTaggedByHandIsProposedElsewhereAtOnceAndUndoingItTakesItBack() {
        long second = insert("Officials in Darrowmere said little.", "darrowmere");
        String trains = "Trains to Darrowmere run again.";
        long third = insert(trains, "trains");
        DocumentSession session = workspace.open(second);
        service.learn(session).join();

        session.tag(new org.newsmark.model.TextRange(13, 23), "place");
        service.learn(session).join();
        assertThat(find(service.suggest(third), "place", trains, "Darrowmere")).as("learnt without a restart").isPresent();

        session.undo();
        service.learn(session).join();
        assertThat(find(service.suggest(third), "place", trains, "Darrowmere")).as("forgotten after undo").isEmpty();
    }

    /** An article tagging "Darrowmere" by hand, another that mentions it, and the tagging article's changes. */
    private record Darrowmere(DocumentSession session, List<SessionChange> changes, long trains) {

        static final String TRAINS = "Trains to Darrowmere run again.";

        SpanDelta lastDelta() {
            return changes.get(changes.size() - 1).delta();
        }
    }

    private Darrowmere darrowmere() {
        long second = insert("Officials in Darrowmere said little.", "darrowmere");
        long trains = insert(Darrowmere.TRAINS, "trains");
        DocumentSession session = workspace.open(second);
        List<SessionChange> changes = new ArrayList<>();
        session.addListener(changes::add);
        return new Darrowmere(session, changes, trains);
    }

    private Optional<SpanSuggestion> darrowmereProposedIn(Darrowmere d) {
        return find(service.suggest(d.trains()), "place", Darrowmere.TRAINS, "Darrowmere");
    }

    @Test
    void eachActionsChangeAloneTeachesTheMemoryAsTheWholeListDoes() {
        Darrowmere d = darrowmere();
        service.learn(d.session()).join();

        d.session().tag(new org.newsmark.model.TextRange(13, 23), "place");
        service.learn(d.session(), d.lastDelta()).join();
        assertThat(darrowmereProposedIn(d)).as("learnt from the tag's delta").isPresent();

        d.session().undo();
        assertThat(d.lastDelta().removed()).as("the undo's delta").hasSize(1);
        service.learn(d.session(), d.lastDelta()).join();
        assertThat(darrowmereProposedIn(d)).as("forgotten after the undo's delta").isEmpty();
    }

    /** The window hands over only each action's change: the first one in an article must teach the memory too. */
    @Test
    void theFirstActionInAnOpenedArticleIsLearnt() {
        Darrowmere d = darrowmere();

        d.session().tag(new org.newsmark.model.TextRange(13, 23), "place");
        service.learn(d.session(), d.lastDelta()).join();

        assertThat(darrowmereProposedIn(d)).as("learnt from the first tag").isPresent();
    }

    @Test
    void prefetchedSuggestionsAreServedOnlyWhileTheyDescribeTheDocument() {
        long second = insert("Flights to Seoul resumed, officials said.", "flights");
        service.prefetch(List.of(second)).join();
        DocumentSession session = workspace.open(second);

        Suggestions ready = service.prefetched(session).orElseThrow();
        assertThat(ready.spans()).extracting(SpanSuggestion::key)
                .containsExactlyInAnyOrderElementsOf(service.suggest(second).spans().stream().map(SpanSuggestion::key).toList());

        session.tag(new org.newsmark.model.TextRange(0, 7), "quote");
        assertThat(service.prefetched(session)).as("stale after an edit").isEmpty();
        service.reject(second, find(service.suggest(session), "place", session.text(), "Seoul").orElseThrow());
        service.prefetch(List.of(second)).join();
        assertThat(service.prefetched(session).orElseThrow().withLabel("place")).as("rejection respected").isEmpty();
    }

    /** An article just opened is being drawn: the neighbours' prefetch (reading them too) waits for its frames. */
    @Test
    void prefetchWaitsWhileTheWindowDrawsAnOpenedArticle() throws Exception {
        long second = insert("Flights to Seoul resumed, officials said.", "flights");
        service.giveWay().drawn(); // a window tells its frames
        service.giveWay().busy(); // an article was opened

        java.util.concurrent.CompletableFuture<Void> prefetch = service.prefetch(List.of(second));
        Thread.sleep(150);
        assertThat(prefetch).as("waits while the opened article's frames are drawn").isNotDone();
        DocumentSession session = workspace.open(second);
        assertThat(service.prefetched(session)).isEmpty();

        service.giveWay().drawn();
        service.giveWay().drawn();
        prefetch.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(service.prefetched(session)).as("done once the frames are drawn").isPresent();
    }

    @Test
    void applyingOnTheSeedArticleStoresSpansAndLinksByTheSuggestAnnotator() {
        BundledCorpus.importInto(workspace.store());
        SuggestReport counted = service.suggestCorpus(SuggestOptions.countOnly());
        assertThat(workspace.store().spans().count()).isZero();
        assertThat(counted.applied()).isFalse();
        assertThat(counted.spansByLabel()).containsKeys("figure", "place", "quote", "speaker");

        SuggestReport applied = service.suggestCorpus(SuggestOptions.countOnly().applying());

        assertThat(applied.spans()).isEqualTo(counted.spans());
        assertThat(workspace.store().spans().count()).isEqualTo(applied.spans());
        assertThat(workspace.store().relations().count()).isEqualTo(applied.links()).isPositive();
        long seed = workspace.store().documents().ids(Optional.empty()).get(1);
        assertThat(workspace.store().spans().forDocument(seed)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.annotator()).isEqualTo(SuggestionService.ANNOTATOR);
            assertThat(s.source()).startsWith("suggest:");
        });
        assertThat(service.suggestCorpus(SuggestOptions.countOnly()).spans()).isZero();
    }

    @Test
    void applyingKeepsOnlyTheChosenLabelsScoresAndStatus() {
        SuggestReport r = service.suggestCorpus(new SuggestOptions(true, Set.of("figure"), 0.85, Optional.empty()));
        assertThat(r.spansByLabel()).containsOnlyKeys("figure");
        assertThat(r.links()).isZero();
        assertThat(storedSpans()).extracting(Span::label).containsOnly("figure");
        workspace.open(documentId).markStarted(); // the analyst's first change in the window does this
        SuggestReport none = service.suggestCorpus(new SuggestOptions(true, Set.of(), 0,
                Optional.of(org.newsmark.model.DocumentStatus.NEW)));
        assertThat(none.documents()).isZero();
    }
}
