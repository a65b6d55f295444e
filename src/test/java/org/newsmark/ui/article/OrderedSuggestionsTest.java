package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SpanSuggestion;

class OrderedSuggestionsTest {

    private static SpanSuggestion suggestion(String label, int start, int end) {
        return new SpanSuggestion(SpanKey.of(label, start, end), 0.5, "test", "");
    }

    private static List<SpanSuggestion> random(int count, long seed) {
        Random random = new Random(seed);
        List<SpanSuggestion> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(1000);
            // now and then a long one, which starts far before the ranges it reaches
            int length = 1 + (random.nextInt(20) == 0 ? random.nextInt(300) : random.nextInt(12));
            all.add(suggestion(random.nextBoolean() ? "place" : "figure", start, start + length));
        }
        return all.stream().distinct().toList();
    }

    @Test
    void findsExactlyTheSuggestionsOverlappingARangeInDocumentOrder() {
        List<SpanSuggestion> all = random(400, 7);
        OrderedSuggestions ordered = OrderedSuggestions.of(all);
        assertThat(ordered.all()).isSortedAccordingTo(java.util.Comparator.comparing(SpanSuggestion::key))
                .containsExactlyInAnyOrderElementsOf(all);
        for (int start = 0; start < 1100; start += 37) {
            TextRange range = new TextRange(start, start + (start % 2 == 0 ? 15 : 0)); // empty ones as TextRange#overlaps has them
            assertThat(ordered.overlapping(range)).as("overlapping %s", range)
                    .containsExactlyElementsOf(ordered.all().stream().filter(s -> s.range().overlaps(range)).toList());
        }
    }

    @Test
    void withoutSomeKeepsTheOthersInOrder() {
        OrderedSuggestions ordered = OrderedSuggestions.of(random(300, 11));
        List<SpanSuggestion> gone = ordered.overlapping(new TextRange(400, 460));
        assertThat(gone).isNotEmpty();

        OrderedSuggestions rest = ordered.without(gone);

        assertThat(rest.all()).containsExactlyElementsOf(ordered.all().stream().filter(s -> !gone.contains(s)).toList());
        assertThat(rest.overlapping(new TextRange(400, 460))).isEmpty();
        assertThat(rest.overlapping(new TextRange(0, 2000))).containsExactlyElementsOf(rest.all());
    }

    /** Edits take suggestions out one after another, each time from the list the last left. */
    @Test
    void takingOutAgainAndAgainKeepsExactlyTheRestInOrder() {
        OrderedSuggestions ordered = OrderedSuggestions.of(random(500, 23));
        List<SpanSuggestion> expected = new ArrayList<>(ordered.all());
        Random random = new Random(5);
        for (int round = 0; round < 40; round++) {
            int start = random.nextInt(1000);
            TextRange range = new TextRange(start, start + 1 + random.nextInt(20));
            List<SpanSuggestion> around = ordered.overlapping(range);
            List<SpanSuggestion> gone = around.stream().filter(s -> random.nextBoolean()).toList();
            ordered = ordered.without(gone);
            expected.removeAll(gone);

            assertThat(ordered.all()).as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(ordered.overlapping(range)).containsExactlyElementsOf(
                    expected.stream().filter(s -> s.range().overlaps(range)).toList());
        }
        assertThat(ordered.all().size()).isLessThan(OrderedSuggestions.of(random(500, 23)).all().size());
    }
}
