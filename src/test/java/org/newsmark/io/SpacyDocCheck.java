package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a Prodigy task as spaCy would: the Doc is built from the token texts and their {@code ws}
 * flags, so token i starts at the lengths of the tokens before it plus one for each of them with
 * {@code ws}; {@code Doc.char_span(start, end, alignment_mode="strict")} finds a span only when
 * its start is a token's start and its end a token's end. Lengths count in the file's unit (code
 * points, as Python does, or UTF-16).
 */
final class SpacyDocCheck {

    private SpacyDocCheck() {
    }

    private static int length(String s, OffsetUnit unit) {
        return unit == OffsetUnit.CODEPOINT ? s.codePointCount(0, s.length()) : s.length();
    }

    /** Asserts the task loads with every span (and relation end) found strictly; returns the spans checked. */
    static int assertLoadsStrictly(JsonNode task, String expectedText, OffsetUnit unit) {
        String text = task.get("text").asText();
        assertThat(text).isEqualTo(expectedText);
        StringBuilder doc = new StringBuilder(text.length());
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int pos = 0;
        for (JsonNode token : task.get("tokens")) {
            String t = token.get("text").asText();
            assertThat(t).as("token %s", token).isNotEmpty();
            assertThat(token.get("id").asInt()).isEqualTo(starts.size());
            int end = pos + length(t, unit);
            assertThat(token.get("start").asInt()).as("start of token %s", token).isEqualTo(pos);
            assertThat(token.get("end").asInt()).as("end of token %s", token).isEqualTo(end);
            starts.add(pos);
            ends.add(end);
            doc.append(t);
            pos = end;
            if (token.get("ws").asBoolean()) {
                doc.append(' ');
                pos++;
            }
        }
        assertThat(doc.toString()).as("the Doc's text").isEqualTo(text);
        int checked = 0;
        for (JsonNode span : task.get("spans")) {
            assertStrict(span, starts, ends);
            checked++;
        }
        for (JsonNode relation : task.get("relations")) {
            assertStrict(relation.get("head_span"), starts, ends);
            assertStrict(relation.get("child_span"), starts, ends);
            assertThat(relation.get("head").asInt()).isEqualTo(relation.get("head_span").get("token_start").asInt());
            assertThat(relation.get("child").asInt()).isEqualTo(relation.get("child_span").get("token_start").asInt());
        }
        return checked;
    }

    private static void assertStrict(JsonNode span, List<Integer> starts, List<Integer> ends) {
        int first = span.get("token_start").asInt();
        int last = span.get("token_end").asInt();
        assertThat(first).as("span %s", span).isBetween(0, last);
        assertThat(last).as("span %s", span).isLessThan(ends.size());
        assertThat(starts.get(first)).as("start of span %s", span).isEqualTo(span.get("start").asInt());
        assertThat(ends.get(last)).as("end of span %s", span).isEqualTo(span.get("end").asInt());
    }
}
