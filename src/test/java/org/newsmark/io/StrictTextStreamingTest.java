package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming {@code forEachLine(Path)} gives the same lines, or the same error at the same line,
 * as reading the whole file first: BOM, CRLF and lone CR, multi-byte characters and invalid or NUL
 * bytes, also across the reader's 64 KiB buffers.
 */
class StrictTextStreamingTest {

    private static final byte[][] PIECES = {bytes("a"), bytes("{\"text\": \"x\"}"), bytes(" "), bytes("\n"),
        bytes("\r\n"), bytes("\r"), bytes("é"), bytes("東"), bytes("😀"), bytes("\uFEFF"), {0}, {(byte) 0xC3},
        {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<List<byte[]>> head = Arbitraries.of(PIECES).list().ofMaxSize(12);
        Arbitrary<Integer> padding = Arbitraries.of(0, 0, 10, 65_533, 65_534, 65_535, 65_536, 131_070);
        Arbitrary<List<byte[]>> tail = Arbitraries.of(PIECES).list().ofMaxSize(12);
        return Combinators.combine(head, padding, tail).as((h, p, t) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            h.forEach(out::writeBytes);
            out.writeBytes("x".repeat(p).getBytes(StandardCharsets.US_ASCII));
            t.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Property(tries = 1500)
    void streamingEqualsReadingWhole(@ForAll("files") byte[] content) throws IOException {
        Path file = Files.createTempFile("strict-text", ".jsonl");
        try {
            Files.write(file, content);
            assertThat(streamed(file)).isEqualTo(whole(file));
        } finally {
            Files.delete(file);
        }
    }

    @Example
    void edgeCases() throws IOException {
        for (byte[] content : new byte[][] {{}, bytes("\uFEFF"), bytes("\uFEFF\uFEFF"), bytes("\n"), bytes("\r"),
            bytes("a\r\n\r\nb\r"), bytes("x".repeat(65_535) + "é\n"), bytes("x".repeat(65_535) + "😀")}) {
            Path file = Files.createTempFile("strict-text", ".jsonl");
            try {
                Files.write(file, content);
                assertThat(streamed(file)).isEqualTo(whole(file));
            } finally {
                Files.delete(file);
            }
        }
    }

    private static List<String> streamed(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            StrictText.forEachLine(file, line -> out.add(line.number() + ":" + line.text()));
        } catch (DatasetException e) {
            out.add("error " + e.getMessage());
        }
        return out;
    }

    private static List<String> whole(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            StrictText.forEachLine(StrictText.read(file, false), line -> out.add(line.number() + ":" + line.text()));
        } catch (DatasetException e) {
            out.add("error " + e.getMessage());
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
