package org.newsmark.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One JSON value written by hand as UTF-8, in place of a {@link JsonGenerator}'s next value: for
 * values made of millions of small parts, where the generator's checks on every call and its
 * character-by-character copying cost more than the writing. The bytes go through a small buffer
 * straight to the generator's output stream. Strings are escaped and encoded exactly as the
 * package's UTF-8 generator does (a test compares the two for every UTF-16 unit), so the bytes are
 * those the generator would have written. Reusable, one value at a time.
 */
final class RawJsonValue {

    private static final byte[] HEX = ascii("0123456789ABCDEF");
    private static final byte[] DIGIT_PAIRS = digitPairs();
    private static final byte[] QUOTE = ascii("\"");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    /** The most bytes one character takes: an escape. */
    private static final int LONGEST = 6;

    private final byte[] bytes = new byte[1 << 16];
    private int size;
    private OutputStream out;

    /**
     * Starts the value where the generator expects one: the generator writes the comma before it,
     * if any, and hands what it holds to its stream, which must be an {@link OutputStream} it does
     * not flush ({@link Json#generator}).
     */
    RawJsonValue begin(JsonGenerator g) throws IOException {
        g.writeRawValue("");
        g.flush();
        out = (OutputStream) g.getOutputTarget();
        size = 0;
        return this;
    }

    /** Hands the rest of the value to the stream; the generator carries on after it. */
    void end() throws IOException {
        flush();
        out = null;
    }

    /** The bytes of a few ASCII characters that need no escaping, for {@link #raw(byte[])}. */
    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Punctuation, a field name in quotes, a literal: {@link #ascii} bytes. */
    RawJsonValue raw(byte[] ascii) throws IOException {
        room(ascii.length);
        System.arraycopy(ascii, 0, bytes, size, ascii.length);
        size += ascii.length;
        return this;
    }

    /** Two digits at a time from a table, as the JDK and the generator do: offsets are millions of numbers. */
    RawJsonValue number(int n) throws IOException {
        if (n < 0) {
            return raw(ascii(Integer.toString(n)));
        }
        int digits = 1;
        for (int power = 10; digits < 10 && n >= power; power *= 10) {
            digits++;
        }
        room(digits);
        int at = size + digits;
        while (n >= 100) {
            int pair = n % 100;
            n /= 100;
            bytes[--at] = DIGIT_PAIRS[2 * pair + 1];
            bytes[--at] = DIGIT_PAIRS[2 * pair];
        }
        if (n >= 10) {
            bytes[--at] = DIGIT_PAIRS[2 * n + 1];
            bytes[--at] = DIGIT_PAIRS[2 * n];
        } else {
            bytes[--at] = (byte) ('0' + n);
        }
        size += digits;
        return this;
    }

    RawJsonValue bool(boolean b) throws IOException {
        return raw(b ? TRUE : FALSE);
    }

    /**
     * {@code text[from, to)} as a quoted string. As the generator does, surrogates become
     * {@code \\uXXXX} escapes, paired or not, rather than four-byte UTF-8.
     */
    RawJsonValue string(String text, int from, int to) throws IOException {
        raw(QUOTE);
        for (int i = from; i < to; i++) {
            room(LONGEST);
            char c = text.charAt(i);
            if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
                bytes[size++] = (byte) c;
            } else if (c < 0x80 || Character.isSurrogate(c)) {
                escape(c);
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return raw(QUOTE);
    }

    private void escape(char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        bytes[size++] = '\\';
        if (shortForm != 0) {
            bytes[size++] = (byte) shortForm;
        } else {
            bytes[size++] = 'u';
            for (int shift = 12; shift >= 0; shift -= 4) {
                bytes[size++] = HEX[c >> shift & 0xF];
            }
        }
    }

    /** "00", "01", ... "99" end to end. */
    private static byte[] digitPairs() {
        byte[] pairs = new byte[200];
        for (int i = 0; i < 100; i++) {
            pairs[2 * i] = (byte) ('0' + i / 10);
            pairs[2 * i + 1] = (byte) ('0' + i % 10);
        }
        return pairs;
    }

    private void room(int n) throws IOException {
        if (size + n > bytes.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }
}
