package org.newsmark.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A value written by hand is byte for byte what the package's generator writes for the same value. */
class RawJsonValueTest {

    private interface Writing {
        void into(JsonGenerator g) throws IOException;
    }

    /** The bytes of an array whose elements {@code elements} writes. */
    private static byte[] array(Writing elements) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartArray();
            elements.into(g);
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    private static void assertSameStrings(String text, int step) throws IOException {
        RawJsonValue v = new RawJsonValue();
        byte[] byHand = array(g -> {
            for (int i = 0; i < text.length(); i += step) {
                v.begin(g).string(text, i, Math.min(text.length(), i + step)).end();
            }
        });
        byte[] byGenerator = array(g -> {
            for (int i = 0; i < text.length(); i += step) {
                g.writeString(text.substring(i, Math.min(text.length(), i + step)));
            }
        });
        assertThat(new String(byHand, UTF_8))
                .isEqualTo(new String(byGenerator, UTF_8));
        assertThat(byHand).isEqualTo(byGenerator);
    }

    @Test
    void escapesEveryUtf16UnitAsTheGenerator() throws IOException {
        StringBuilder pairs = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            pairs.append('a').append((char) c);
        }
        assertSameStrings(pairs.toString(), 2);
    }

    @Test
    void escapesSurrogatePairsAndLongStringsAsTheGenerator() throws IOException {
        String piece = "Zürich \"quoted\" back\\slash \uD83D\uDE00 pair, lone \uD83D and \uDE00,\ttab\n";
        assertSameStrings(piece.repeat(2_000), piece.length() * 2_000);
        assertSameStrings(piece.repeat(50), 7);
    }

    @Test
    void writesNumbersLiteralsAndPunctuationAsTheGenerator() throws IOException {
        int[] numbers = {0, 7, 9, 10, 99, 100, 123_456_789, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
        RawJsonValue v = new RawJsonValue();
        byte[] byHand = array(g -> {
            for (int n : numbers) {
                v.begin(g).raw(RawJsonValue.ascii("{\"id\":")).number(n).raw(RawJsonValue.ascii(",\"ws\":"))
                        .bool(n % 2 == 0).raw(RawJsonValue.ascii("}")).end();
            }
        });
        byte[] byGenerator = array(g -> {
            for (int n : numbers) {
                g.writeStartObject();
                g.writeNumberField("id", n);
                g.writeBooleanField("ws", n % 2 == 0);
                g.writeEndObject();
            }
        });
        assertThat(byHand).isEqualTo(byGenerator);
    }
}
