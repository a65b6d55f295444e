package org.newsmark.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanKey;

class CurationTest {

    private static final String TEXT = "Paris and Lyon. \"We will win,\" said Marie Curie yesterday in Nice, said Bob.";
    private static final TextRange QUOTE = new TextRange(16, 31);
    private static final TextRange CURIE = new TextRange(36, 47);
    private static final TextRange MARIE = new TextRange(36, 41);

    /** Paris by all three; Lyon by ann and bob with other boundaries; the quote by all, its speaker by two. */
    private static LayeredDocument threeAnnotators() {
        return Layers.of(7, "d", TEXT)
                .layer("ann").span("place", 0, 5).span("place", 10, 14).saidBy(16, 31, 36, 47)
                .layer("bob").span("place", 0, 5).span("place", 9, 14).saidBy(16, 31, 36, 47)
                .layer("cy").span("place", 0, 5).saidBy(16, 31, 36, 41)
                .build();
    }

    @Test
    void unanimousSpansAreGoldAndTheRestAreDisagreementsInTextOrder() {
        Curation curation = Curation.start(threeAnnotators(), CurationPolicy.unanimous());

        assertThat(keys(curation.gold())).containsExactly(SpanKey.of("place", 0, 5), new SpanKey("quote", QUOTE));
        assertThat(curation.gold()).allSatisfy(s -> {
            assertThat(s.annotator()).isEqualTo("gold");
            assertThat(s.documentId()).isEqualTo(7);
        });
        assertThat(curation.disagreements()).hasSize(2);
        Disagreement lyon = curation.disagreements().get(0);
        assertThat(lyon.extent()).isEqualTo(new TextRange(9, 14));
        assertThat(lyon.candidates().get("ann")).extracting(Span::range).containsExactly(new TextRange(10, 14));
        assertThat(lyon.candidates().get("bob")).extracting(Span::range).containsExactly(new TextRange(9, 14));
        assertThat(lyon.candidates().get("cy")).isEmpty();
        assertThat(lyon.annotatorsWithSpans()).containsExactly("ann", "bob");
        Disagreement speaker = curation.disagreements().get(1);
        assertThat(speaker.candidates().get("ann")).extracting(Span::range).containsExactly(CURIE);
        assertThat(speaker.candidates().get("cy")).extracting(Span::range).containsExactly(MARIE);
        assertThat(curation.goldRelations()).isEmpty();
        assertThat(curation.openCount()).isEqualTo(2);
    }

    @Test
    void settlingReturnsTheGoldChangesAndLinksTheMajoritySpeaker() {
        Curation start = Curation.start(threeAnnotators(), CurationPolicy.unanimous());

        Settlement lyon = start.acceptSide(0, "bob");
        assertThat(lyon.changes().addedSpans()).extracting(Span::range).containsExactly(new TextRange(9, 14));
        assertThat(lyon.changes().removedSpans()).isEmpty();
        assertThat(lyon.curation().isSettled(0)).isTrue();
        assertThat(start.isSettled(0)).as("a curation never changes").isFalse();

        Settlement speaker = lyon.curation().acceptSide(1, "ann");
        assertThat(speaker.changes().addedSpans()).extracting(Span::range).containsExactly(CURIE);
        // ann and bob attributed the quote to Marie Curie, cy to Marie: two against one
        assertThat(speaker.changes().addedLinks()).singleElement().satisfies(l -> {
            assertThat(l.quote().range()).isEqualTo(QUOTE);
            assertThat(l.speaker().range()).isEqualTo(CURIE);
        });
        Curation done = speaker.curation();
        assertThat(done.openCount()).isZero();
        List<Span> gold = done.gold();
        Relation link = done.goldRelations().get(0);
        assertThat(gold.get((int) link.fromSpanId() - 1).range()).isEqualTo(QUOTE);
        assertThat(gold.get((int) link.toSpanId() - 1).range()).isEqualTo(CURIE);
        assertThat(done.conflictingAttributions()).extracting(Span::range).containsExactly(QUOTE);

        Settlement rejected = done.reject(1);
        assertThat(rejected.changes().removedSpans()).extracting(Span::range).containsExactly(CURIE);
        assertThat(rejected.changes().removedLinks()).hasSize(1);
        assertThat(rejected.curation().decision(1)).containsInstanceOf(Decision.Reject.class);
    }

    @Test
    void acceptAllEditAndReopen() {
        Curation start = Curation.start(threeAnnotators(), CurationPolicy.unanimous());

        Settlement both = start.acceptAll(0);
        assertThat(both.changes().addedSpans()).extracting(Span::range)
                .containsExactlyInAnyOrder(new TextRange(9, 14), new TextRange(10, 14));

        Settlement edited = both.curation().edit(0, new TextRange(10, 14), "figure");
        assertThat(keys(edited.changes().addedSpans())).containsExactly(SpanKey.of("figure", 10, 14));
        assertThat(keys(edited.changes().removedSpans()))
                .containsExactlyInAnyOrder(SpanKey.of("place", 9, 14), SpanKey.of("place", 10, 14));

        Settlement reopened = edited.curation().reopen(0);
        assertThat(keys(reopened.changes().removedSpans())).containsExactly(SpanKey.of("figure", 10, 14));
        assertThat(reopened.curation().gold()).isEqualTo(start.gold());

        assertThatThrownBy(() -> start.edit(0, new TextRange(70, 700), "place")).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> start.acceptSide(0, "dee")).hasMessageContaining("'dee' has no layer");
        assertThatThrownBy(() -> start.reject(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aMajorityPolicyTakesWhatTwoOfThreeAgreeOn() {
        Curation curation = Curation.start(threeAnnotators(), CurationPolicy.atLeast(2));

        assertThat(keys(curation.gold())).contains(new SpanKey("speaker", CURIE));
        assertThat(curation.goldRelations()).hasSize(1);
        // cy's shorter speaker stays a disagreement, shown beside the gold speaker it overlaps
        Disagreement marie = curation.disagreements().get(1);
        assertThat(marie.candidates().get("cy")).extracting(Span::range).containsExactly(MARIE);
        assertThat(marie.accepted()).extracting(Span::range).containsExactly(CURIE);
    }

    @Test
    void aSpanInsideAnotherOfAnotherLabelIsADisagreementOfItsOwn() {
        LayeredDocument doc = Layers.of("nested", TEXT)
                .layer("ann").span("quote", 16, 31).span("speaker", 17, 19)
                .layer("bob").span("quote", 16, 30).span("speaker", 17, 20)
                .build();

        Curation curation = Curation.start(doc, CurationPolicy.unanimous());

        assertThat(curation.disagreements()).extracting(Disagreement::extent)
                .containsExactly(new TextRange(16, 31), new TextRange(17, 20));
        assertThat(curation.next(0)).map(Disagreement::index).contains(1);
        assertThat(curation.next(1)).isEmpty();
        assertThat(curation.previous(1)).map(Disagreement::index).contains(0);
        Curation settled = curation.reject(0).curation();
        assertThat(settled.nextOpen(-1)).map(Disagreement::index).contains(1);
        assertThat(settled.previousOpen(1)).isEmpty();
        assertThat(settled.previousOpen(2)).map(Disagreement::index).contains(1);
    }

    /** Applying each step's changes to the previous gold gives the next gold; the inverse goes back. */
    @Property(tries = 200)
    void changesReplayTheGoldLayer(@ForAll long seed) {
        Random random = new Random(seed);
        Layers layers = Layers.of("random", TEXT);
        String[] labels = {"place", "speaker", "quote"};
        for (String annotator : List.of("ann", "bob", "cy")) {
            layers.layer(annotator);
            for (int i = 0, n = random.nextInt(6); i < n; i++) {
                int start = random.nextInt(TEXT.length() - 1);
                layers.span(labels[random.nextInt(3)], start, start + 1 + random.nextInt(Math.min(12, TEXT.length() - start)));
            }
        }
        Curation curation = Curation.start(layers.build(),
                random.nextBoolean() ? CurationPolicy.unanimous() : CurationPolicy.atLeast(2));
        Set<SpanKey> gold = new HashSet<>(keys(curation.gold()));
        for (int step = 0; step < 8 && !curation.disagreements().isEmpty(); step++) {
            int index = random.nextInt(curation.disagreements().size());
            Settlement s = switch (random.nextInt(5)) {
                case 0 -> curation.acceptSide(index, List.of("ann", "bob", "cy").get(random.nextInt(3)));
                case 1 -> curation.acceptAll(index);
                case 2 -> curation.reject(index);
                case 3 -> curation.edit(index, curation.disagreements().get(index).extent(), "figure");
                default -> curation.reopen(index);
            };
            Set<SpanKey> before = new HashSet<>(gold);
            apply(gold, s.changes());
            assertThat(gold).isEqualTo(new HashSet<>(keys(s.curation().gold())));
            Set<SpanKey> back = new HashSet<>(gold);
            apply(back, s.changes().inverse());
            assertThat(back).isEqualTo(before);
            curation = s.curation();
        }
    }

    private static void apply(Set<SpanKey> gold, GoldChanges changes) {
        for (Span s : changes.removedSpans()) {
            assertThat(gold.remove(SpanKey.of(s))).as("removes a gold span").isTrue();
        }
        for (Span s : changes.addedSpans()) {
            assertThat(gold.add(SpanKey.of(s))).as("adds a new gold span").isTrue();
        }
    }

    private static List<SpanKey> keys(List<Span> spans) {
        List<SpanKey> keys = new ArrayList<>();
        spans.forEach(s -> keys.add(SpanKey.of(s)));
        return keys;
    }
}
