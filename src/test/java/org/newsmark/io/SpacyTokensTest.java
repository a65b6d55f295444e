package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Span;

class SpacyTokensTest {

    /** Each token's text, with "+" after it when its ws flag is set. */
    private static List<String> tokens(String text, Span... spans) {
        SpacyTokens t = SpacyTokens.of(text, List.of(spans));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(text.substring(t.start(i), t.end(i)) + (t.spaceAfter(i) ? "+" : ""));
        }
        return out;
    }

    @Test
    void oneSpaceIsATokensWsAnyOtherWhitespaceIsATokenAsInSpacy() {
        assertThat(tokens("Seoul said  hi\r\nok \u00A0x\t"))
                .containsExactly("Seoul+", "said+", " ", "hi", "\r\n", "ok+", "\u00A0", "x", "\t");
        assertThat(tokens("  lead")).containsExactly("  ", "lead");
    }

    @Test
    void wordsAreSplitWhereSpansStartOrEnd() {
        assertThat(tokens("제주도에서 회의가 열렸다", Span.of(1, 0, 7, "place"), Span.of(2, 0, 3, "place")))
                .containsExactly("제주도", "에서+", "회", "의가+", "열렸다");
        assertThat(tokens("서울부산", Span.of(1, 0, 2, "place"), Span.of(2, 2, 4, "place")))
                .containsExactly("서울", "부산");
    }

    @Test
    void aSpaceOnASpanEdgeIsATokenNotAWs() {
        assertThat(tokens("said hi there", Span.of(1, 4, 7, "quote"))).containsExactly("said", " ", "hi+", "there");
        assertThat(tokens("said hi there", Span.of(1, 5, 8, "quote"))).containsExactly("said+", "hi", " ", "there");
        assertThat(tokens("a  b", Span.of(1, 2, 4, "place"))).containsExactly("a+", " ", "b");
    }
}
