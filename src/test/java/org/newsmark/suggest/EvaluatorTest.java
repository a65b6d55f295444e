package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final String TEXT = "\"We act,\" Yoon said in Seoul.";

    @Test
    void exactAndOverlapScoresAndLinks() {
        SpanKey q = SpanKey.of("quote", 1, 8);
        SpanKey sp = SpanKey.of("speaker", 10, 14);
        Evaluator.Annotation gold = new Evaluator.Annotation(List.of(q, sp, SpanKey.of("place", 23, 28)),
                List.of(new Evaluator.Link(q, sp)));
        Evaluator.Annotation pred = new Evaluator.Annotation(List.of(SpanKey.of("quote", 1, 7), sp, SpanKey.of("place", 15, 19)),
                List.of(new Evaluator.Link(SpanKey.of("quote", 1, 7), sp)));
        Evaluator.Report r = Evaluator.compare(TEXT, pred, gold);
        assertThat(r.label("quote").orElseThrow().exact().f1()).isZero();
        assertThat(r.label("quote").orElseThrow().overlap().f1()).isEqualTo(1.0);
        assertThat(r.label("speaker").orElseThrow().exact().precision()).isEqualTo(1.0);
        assertThat(r.label("place").orElseThrow().overlap().recall()).isZero();
        assertThat(r.label(Evaluator.DIRECT_QUOTE).orElseThrow().exact().gold()).isEqualTo(1);
        assertThat(r.linkAccuracy()).isEqualTo(1.0);
        assertThat(r.table()).contains("speaker").contains("said_by: 1 of 1");
    }

    @Test
    void swappingSidesSwapsPrecisionAndRecall() {
        Evaluator.Annotation a = new Evaluator.Annotation(List.of(SpanKey.of("place", 0, 4), SpanKey.of("place", 10, 14)), List.of());
        Evaluator.Annotation b = new Evaluator.Annotation(List.of(SpanKey.of("place", 0, 4)), List.of());
        Evaluator.Counts ab = Evaluator.compare(TEXT, a, b).label("place").orElseThrow().exact();
        Evaluator.Counts ba = Evaluator.compare(TEXT, b, a).label("place").orElseThrow().exact();
        assertThat(ab.precision()).isEqualTo(ba.recall());
        assertThat(ab.f1()).isCloseTo(ba.f1(), within(1e-9));
    }
}
