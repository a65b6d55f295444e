package org.newsmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {

    private static final List<TextRange> RANGES = List.of(new TextRange(0, 4), new TextRange(3, 9),
            new TextRange(3, 5), new TextRange(10, 12));

    private static int first(int start) {
        return DocumentOrder.firstStartingAtOrAfter(RANGES, r -> r, start);
    }

    @Test
    void findsTheFirstRangeStartingAtOrAfterAnOffset() {
        assertThat(first(-5)).isZero();
        assertThat(first(0)).isZero();
        assertThat(first(1)).isEqualTo(1);
        assertThat(first(3)).as("the first of equal starts").isEqualTo(1);
        assertThat(first(4)).isEqualTo(3);
        assertThat(first(10)).isEqualTo(3);
        assertThat(first(11)).as("past the end").isEqualTo(4);
        assertThat(DocumentOrder.firstStartingAtOrAfter(List.<TextRange>of(), r -> r, 0)).isZero();
    }
}
