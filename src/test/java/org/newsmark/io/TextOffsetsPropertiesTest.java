package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextOffsetsPropertiesTest {

    /** Pieces that stress the conversion: emoji, flags, CJK, combining marks, CRLF, tabs, NBSP, ASCII. */
    private static final List<String> PIECES = List.of("a", "Lee ", "said", "👍", "🇰🇷", "🇫🇷", "서울", "中文",
            "e\u0301", "\r\n", "\t", "\u00A0", "𝄞", "👩‍👩‍👧", " ", "\"", "%");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> textsEndingWithAPair() {
        return texts().map(t -> t + "😀");
    }

    @Property
    void utf16ToCodePointAndBackIsIdentityOnEveryBoundary(@ForAll("texts") String text) {
        TextOffsets cp = OffsetUnit.CODEPOINT.over(text);
        for (int i = 0; i <= text.length(); i++) {
            if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1))) {
                int inside = i;
                assertThatThrownBy(() -> cp.toExternal(inside)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("surrogate pair");
                continue;
            }
            int external = cp.toExternal(i);
            assertThat(external).isEqualTo(text.codePointCount(0, i));
            assertThat(cp.toInternal(external)).isEqualTo(i);
        }
        assertThat(cp.externalLength()).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Property
    void codePointToUtf16AndBackIsIdentity(@ForAll("textsEndingWithAPair") String text) {
        TextOffsets cp = OffsetUnit.CODEPOINT.over(text);
        int n = text.codePointCount(0, text.length());
        for (int c = 0; c <= n; c++) {
            int utf16 = cp.toInternal(c);
            assertThat(utf16).isEqualTo(text.offsetByCodePoints(0, c));
            assertThat(cp.toExternal(utf16)).isEqualTo(c);
        }
        assertThat(cp.toInternal(n)).isEqualTo(text.length());
    }

    @Property
    void offsetsBeyondTheTextAreRejectedInBothUnits(@ForAll("texts") String text,
                                                     @ForAll @IntRange(min = 1, max = 5) int beyond) {
        for (OffsetUnit unit : OffsetUnit.values()) {
            TextOffsets off = unit.over(text);
            assertThatThrownBy(() -> off.toInternal(off.externalLength() + (long) beyond))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
            assertThatThrownBy(() -> off.toInternal(-beyond)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> off.toExternal(text.length() + beyond)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void utf16UnitIsIdentityButRejectsOffsetsInsideAPair(@ForAll("textsEndingWithAPair") String text) {
        TextOffsets u = OffsetUnit.UTF16.over(text);
        assertThat(u.externalLength()).isEqualTo(text.length());
        assertThatThrownBy(() -> u.toInternal(text.length() - 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate pair");
        assertThat(u.toInternal(text.length())).isEqualTo(text.length());
        assertThat(u.toExternal(text.length() - 2)).isEqualTo(text.length() - 2);
    }

    @Example
    void theFormatsExampleSaidIsSixToTenInCodePointsAndSevenToElevenInUtf16() {
        String text = "Lee 👍 said";
        TextOffsets cp = OffsetUnit.CODEPOINT.over(text);
        assertThat(cp.toExternal(7)).isEqualTo(6);
        assertThat(cp.toExternal(11)).isEqualTo(10);
        assertThat(cp.toInternal(6)).isEqualTo(7);
        assertThat(OffsetUnit.UTF16.over(text).toExternal(7)).isEqualTo(7);
    }

    @Example
    void loneSurrogatesCountAsOneCodePointLikeJava() {
        String text = "a\uD83Db";
        TextOffsets cp = OffsetUnit.CODEPOINT.over(text);
        assertThat(cp.externalLength()).isEqualTo(3);
        assertThat(cp.toExternal(2)).isEqualTo(2);
    }

    @Example
    void unitsAreFoundByTheirCliNames() {
        assertThat(OffsetUnit.fromCode("utf16")).contains(OffsetUnit.UTF16);
        assertThat(OffsetUnit.fromCode("UTF-16")).contains(OffsetUnit.UTF16);
        assertThat(OffsetUnit.fromCode("codepoint")).contains(OffsetUnit.CODEPOINT);
        assertThat(OffsetUnit.fromCode("bytes")).isEmpty();
    }
}
