package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
