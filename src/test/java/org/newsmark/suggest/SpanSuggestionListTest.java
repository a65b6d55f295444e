package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SpanSuggestionListTest {

    private static final List<String> LABELS = List.of("speaker", "quote", "figure", "place");

    /** Suggestions from seeds: starts in a short text, so that many share a start (some more than 24). */
    private static List<SpanSuggestion> suggestionsOf(List<Integer> seeds, int textLength) {
        List<SpanSuggestion> out = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            int seed = Math.abs(seeds.get(i));
            int start = seed % textLength;
            int end = Math.min(textLength, start + seed / 7 % 9);
            out.add(SpanSuggestion.of(LABELS.get(seed / 3 % 4), start, end, (seed % 11) / 10.0,
                    seed % 2 == 0 ? "memory" : "figures", "reason " + seed % 5 + " of row " + i));
        }
        return out;
    }

    @Property
    void holdsWhatItWasGivenInOrder(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 100_000) Integer> seeds) {
        List<SpanSuggestion> given = suggestionsOf(seeds, 40);
        SpanSuggestionList columns = SpanSuggestionList.copyOf(given);
        assertThat(columns).containsExactlyElementsOf(given);
        assertThat(new SpanSuggestionList.Builder().addAll(columns).addAll(given).build())
                .containsExactlyElementsOf(IntStream.range(0, 2).boxed().flatMap(x -> given.stream()).toList());
    }

    @Property
    void keyOrderIsTheStableSortByKey(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 100_000) Integer> seeds,
                                      @ForAll @IntRange(min = 1, max = 60) int textLength) {
        List<SpanSuggestion> given = suggestionsOf(seeds, textLength);
        SpanSuggestionList columns = SpanSuggestionList.copyOf(given);
        // every other row, so that the rows sorted are a subset, as after the engine's filters
        int[] rows = IntStream.range(0, given.size()).filter(i -> i % 2 == 0).toArray();
        int[] order = KeyOrder.sort(columns, rows, rows.length, textLength);

        List<SpanSuggestion> expected = new ArrayList<>(IntStream.of(rows).mapToObj(given::get).toList());
        expected.sort(Comparator.comparing(SpanSuggestion::key)); // List.sort is stable
        assertThat(IntStream.of(order).mapToObj(columns::get).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aBucketOfManyRowsAtOneStartIsOrderedStably() {
        List<SpanSuggestion> given = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            given.add(SpanSuggestion.of(LABELS.get(i % 4), 3, 3 + i % 5, 0.5, "memory", "row " + i));
        }
        SpanSuggestionList columns = SpanSuggestionList.copyOf(given);
        int[] order = KeyOrder.sort(columns, IntStream.range(0, 60).toArray(), 60, 10);
        List<SpanSuggestion> sorted = IntStream.of(order).mapToObj(columns::get).toList();
        assertThat(sorted.get(0).range().end()).as("the longest first").isEqualTo(7);
        assertThat(sorted.get(0).label()).isEqualTo("figure");
        assertThat(sorted.subList(0, 3)).extracting(SpanSuggestion::reason).containsExactly("row 14", "row 34", "row 54");
    }

    @Test
    void refusesWhatASuggestionRefuses() {
        SpanSuggestionList.Builder b = new SpanSuggestionList.Builder();
        assertThatThrownBy(() -> b.add("place", 5, 4, 0.5, "places", "r")).hasMessageContaining("invalid range [5, 4)");
        assertThatThrownBy(() -> b.add("place", 1, 4, 1.5, "places", "r")).hasMessageContaining("score");
        assertThat(b.size()).isZero();
    }
}
