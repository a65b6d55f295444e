package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusMemoryTest {

    @Test
    void proposesTaggedStringsWholeWordAndCaseSensitive() {
        CorpusMemory memory = new CorpusMemory();
        memory.observe("Yonhap", Labels.SPEAKER);
        String text = "Yonhap said so; yonhap and Yonhaps did not.";
        assertThat(Fixtures.texts(new MemoryRecommender(memory), text, Labels.SPEAKER)).containsExactly("Yonhap");
    }

    @Test
    void twoRejectionsForgetAProposal() {
        CorpusMemory memory = new CorpusMemory();
        memory.observe("Seoul", Labels.PLACE);
        memory.reject("Seoul", Labels.PLACE);
        assertThat(memory.proposals().get(Labels.PLACE)).contains("Seoul");
        memory.reject("Seoul", Labels.PLACE);
        assertThat(memory.isForgotten("Seoul", Labels.PLACE)).isTrue();
        assertThat(Fixtures.texts(new MemoryRecommender(memory), "Seoul again.", Labels.PLACE)).isEmpty();
    }

    @Test
    void snapshotRestoresTheSameMemory() {
        CorpusMemory memory = new CorpusMemory();
        memory.observe("NATO", "org");
        memory.reject("NATO", "org");
        assertThat(CorpusMemory.restore(memory.snapshot()).snapshot()).isEqualTo(memory.snapshot());
    }

    @Test
    void taggingAKnownStringAgainChangesNothingAReaderDerives() {
        CorpusMemory memory = new CorpusMemory();
        memory.observe("Seoul", Labels.PLACE);
        long known = memory.version();
        memory.observe("Seoul", Labels.PLACE);
        memory.unobserve("Seoul", Labels.PLACE);
        assertThat(memory.version()).isEqualTo(known);
        memory.unobserve("Seoul", Labels.PLACE);
        assertThat(memory.version()).isGreaterThan(known);
        assertThat(memory.changesSince(known)).hasValueSatisfying(since -> assertThat(since.changes())
                .containsExactly(new CorpusMemory.Change(Labels.PLACE, "Seoul", false)));
    }

    @Test
    void aReaderTooFarBehindReadsEverythingAgain() {
        CorpusMemory memory = new CorpusMemory();
        long start = memory.version();
        for (int i = 0; i < 5_000; i++) {
            memory.observe("Name" + i, Labels.SPEAKER);
        }
        assertThat(memory.changesSince(start)).isEmpty();
        assertThat(memory.changesSince(memory.version() - 2)).hasValueSatisfying(since -> assertThat(since.changes())
                .extracting(CorpusMemory.Change::text).containsExactly("Name4998", "Name4999"));
    }

    @Test
    void theRecommenderFollowsEveryChangeAsAFreshOneWould() {
        CorpusMemory memory = new CorpusMemory();
        MemoryRecommender following = new MemoryRecommender(memory);
        String text = "Lee Kim met Lee in Port Lee, then Kim Lee.";
        List<String> steps = List.of("+Lee", "+Lee Kim", "+Kim", "-Lee Kim", "+Port Lee", "-Lee", "xKim", "xKim", "+Lee Kim");
        for (String step : steps) {
            String name = step.substring(1);
            switch (step.charAt(0)) {
                case '+' -> memory.observe(name, Labels.SPEAKER);
                case '-' -> memory.unobserve(name, Labels.SPEAKER);
                default -> memory.reject(name, Labels.SPEAKER);
            }
            assertThat(Fixtures.texts(following, text, Labels.SPEAKER)).as(step)
                    .isEqualTo(Fixtures.texts(new MemoryRecommender(memory), text, Labels.SPEAKER));
        }
        assertThat(Fixtures.texts(following, text, Labels.SPEAKER)).containsExactly("Lee Kim", "Port Lee");
    }

    @Test
    void theForgottenStringsFollowRejectionsAndSurviveARestore() {
        CorpusMemory memory = new CorpusMemory();
        memory.reject("Reading", Labels.PLACE);
        assertThat(memory.forgotten()).isEmpty();
        memory.reject("Reading", Labels.PLACE);
        memory.observe("Nice", Labels.PLACE);
        assertThat(memory.forgotten()).isEqualTo(java.util.Map.of(Labels.PLACE, java.util.Set.of("Reading")));
        assertThat(CorpusMemory.restore(memory.snapshot()).forgotten()).isEqualTo(memory.forgotten());
    }

    /** An undo reaching the memory before the tag it undoes (or a span it never saw) must not cancel the next tag. */
    @Test
    void untaggingAnUnknownStringLeavesTheNextTagLearnt() {
        CorpusMemory memory = new CorpusMemory();
        memory.unobserve("Darrowmere", Labels.PLACE);
        memory.observe("Darrowmere", Labels.PLACE);
        assertThat(memory.proposals().get(Labels.PLACE)).containsExactly("Darrowmere");
    }
}
