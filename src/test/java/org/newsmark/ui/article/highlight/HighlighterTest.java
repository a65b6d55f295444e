package org.newsmark.ui.article.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

class HighlighterTest {

    private static final Map<String, String> KEYS = Map.of("quote", "q", "place", "p", "figure", "f", "speaker", "s");

    private final List<Span> spans = new ArrayList<>();

    private void add(int start, int end, String label) {
        spans.add(Span.of(spans.size() + 1, start, end, label));
        spans.sort(Span.BY_POSITION);
    }

    private record Run(int start, int end, List<String> classes) {
    }

    private static Run r(int start, int end, String... classes) {
        List<String> all = new ArrayList<>();
        if (classes.length > 0) {
            all.add(Highlighter.TAGGED);
        }
        all.addAll(List.of(classes));
        return new Run(start, end, all);
    }

    private static List<Run> runs(StyleSpans<Collection<String>> styles, int offset) {
        List<Run> runs = new ArrayList<>();
        int at = offset;
        for (StyleSpan<Collection<String>> span : styles) {
            if (span.getLength() > 0) {
                runs.add(new Run(at, at + span.getLength(), List.copyOf(span.getStyle())));
            }
            at += span.getLength();
        }
        return runs;
    }

    private List<Run> compute(int length) {
        return runs(Highlighter.compute(length, spans, KEYS, Set.of()), 0);
    }

    @Test
    void noSpansGiveOneUnstyledRun() {
        assertThat(compute(25)).containsExactly(r(0, 25));
    }

    @Test
    void nestedSpanGetsUnderlineInsideTheOuterBackground() {
        // 0123456789012345678901234
        //      qqqqqqqqqqqqqqq
        //           ppppp
        add(5, 20, "quote");
        add(10, 15, "place");
        assertThat(compute(25)).containsExactly(
                r(0, 5), r(5, 10, "bg-q"), r(10, 15, "bg-q", "ul-p"), r(15, 20, "bg-q"), r(20, 25));
    }

    @Test
    void overlappingSpansKeepBothChannels() {
        // 0123456789012345678901234
        //           qqqqqqqqqq
        //                pppppppppp
        add(10, 20, "quote");
        add(15, 25, "place");
        assertThat(compute(25)).containsExactly(
                r(0, 10), r(10, 15, "bg-q"), r(15, 20, "bg-q", "ul-p"), r(20, 25, "ul-p"));
    }

    @Test
    void touchingSpansBothTakeTheBackground() {
        // 0123456789
        // sssssqqqqq
        add(0, 5, "speaker");
        add(5, 10, "quote");
        assertThat(compute(10)).containsExactly(r(0, 5, "bg-s"), r(5, 10, "bg-q"));
    }

    @Test
    void threeDeepNestingUsesTheTextColour() {
        // 0123456789012345
        // qqqqqqqqqqqqqqqq
        //   pppppppppp
        //     fff
        add(0, 16, "quote");
        add(2, 12, "place");
        add(4, 7, "figure");
        assertThat(compute(16)).containsExactly(
                r(0, 2, "bg-q"), r(2, 4, "bg-q", "ul-p"), r(4, 7, "bg-q", "ul-p", "fg-f"),
                r(7, 12, "bg-q", "ul-p"), r(12, 16, "bg-q"));
    }

    @Test
    void sameRangeTwiceStaysVisible() {
        add(3, 6, "quote");
        add(3, 6, "figure");
        assertThat(compute(8)).containsExactly(r(0, 3), r(3, 6, "bg-f", "ul-q"), r(6, 8));
    }

    @Test
    void hiddenLabelsAreLeftOut() {
        add(0, 4, "quote");
        add(1, 3, "secret");
        assertThat(compute(5)).containsExactly(r(0, 4, "bg-q"), r(4, 5));
    }

    @Test
    void emptyTextGivesAnEmptyStyle() {
        assertThat(Highlighter.compute(0, spans, KEYS, Set.of()).length()).isZero();
    }

    @Test
    void emphasisMarksTheSelectedSpanOnly() {
        add(0, 4, "speaker");
        add(6, 9, "quote");
        List<Run> runs = runs(Highlighter.compute(10, spans, KEYS, Set.of(2L)), 0);
        assertThat(runs).containsExactly(r(0, 4, "bg-s"), r(4, 6), r(6, 9, "bg-q", "em"), r(9, 10));
    }

    @Test
    void searchHitsAddTheirClassOverAndBesideSpans() {
        // 0123456789
        //   qqqq
        //    hh  hh
        add(2, 6, "quote");
        List<TextRange> hits = List.of(new TextRange(3, 5), new TextRange(7, 9));
        List<Run> runs = runs(Highlighter.computeRegion(new TextRange(0, 10), spans, KEYS, Set.of(), hits), 0);
        assertThat(runs).containsExactly(r(0, 2), r(2, 3, "bg-q"), r(3, 5, "bg-q", "hit"), r(5, 6, "bg-q"),
                r(6, 7), new Run(7, 9, List.of("hit")), r(9, 10));
    }

    @Test
    void regionOfAClusterMatchesTheFullComputation() {
        // 0123456789012345678901234567890
        //  ssss   qqqqqqqqq      ppp
        //           fff
        //               pppp
        add(1, 5, "speaker");
        add(8, 17, "quote");
        add(10, 13, "figure");
        add(14, 18, "place");
        add(24, 27, "place");
        TextRange cluster = SpanLayers.cluster(spans, new TextRange(11, 12));
        assertThat(cluster).isEqualTo(new TextRange(8, 18));
        List<Run> region = runs(Highlighter.computeRegion(cluster, spans, KEYS, Set.of()), cluster.start());
        List<Run> full = compute(31).stream()
                .filter(r -> r.start() >= cluster.start() && r.end() <= cluster.end()).toList();
        assertThat(region).isEqualTo(full);
    }

    @Test
    void clusterOfAGapIsTheGapItself() {
        add(0, 4, "speaker");
        add(10, 14, "quote");
        assertThat(SpanLayers.cluster(spans, new TextRange(5, 8))).isEqualTo(new TextRange(5, 8));
        assertThat(SpanLayers.cluster(spans, new TextRange(3, 11))).isEqualTo(new TextRange(0, 14));
    }

    @Test
    void clusterWithALengthBoundIsTheSameCluster() {
        add(0, 40, "quote");
        add(5, 9, "place");
        add(38, 50, "speaker");
        add(60, 64, "figure");
        for (int at = 0; at < 66; at += 3) {
            TextRange changed = new TextRange(at, at + 2);
            assertThat(SpanLayers.cluster(spans, changed, 40)).isEqualTo(SpanLayers.cluster(spans, changed));
            assertThat(SpanLayers.cluster(spans, changed, 500)).as("a loose bound").isEqualTo(SpanLayers.cluster(spans, changed));
        }
    }
}
