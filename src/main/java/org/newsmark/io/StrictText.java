package org.newsmark.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads dataset files as strict UTF-8: invalid bytes and NUL bytes (a binary file) are errors
 * with their line, a leading byte-order mark is dropped, nothing else is altered.
 */
final class StrictText {

    /** One line without its terminator ({@code \n} or {@code \r\n}), numbered from 1. */
    record Line(int number, String text) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    @FunctionalInterface
    interface LineHandler {
        void accept(Line line) throws DatasetException;
    }

    private StrictText() {
    }

    /** The whole text of a file; an empty file is an error when {@code allowEmpty} is false. */
    static String read(Path file, boolean allowEmpty) throws DatasetException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DatasetException(file, lineAt(bytes, i), "binary file (NUL byte), not UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new DatasetException(file, lineAt(bytes, in.position()),
                    "invalid UTF-8 at byte " + in.position() + " (the file must be UTF-8)");
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isEmpty() && !allowEmpty) {
            throw new DatasetException(file, 0, "file is empty");
        }
        return text;
    }

    /**
     * Calls {@code handler} for each line of the (non-empty) file, exactly as
     * {@code forEachLine(read(file, false), handler)} would, but streaming: the file is first checked
     * whole (NUL bytes, then UTF-8, the same errors at the same lines as {@link #read}), then decoded
     * a buffer at a time, so memory stays flat whatever the size of the file.
     */
    static void forEachLine(Path file, LineHandler handler) throws DatasetException, IOException {
        check(file);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buf = new char[BUFFER];
            StringBuilder line = new StringBuilder(256);
            int number = 0;
            boolean first = true;
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                int from = 0;
                if (first && n > 0) {
                    first = false;
                    from = buf[0] == '\uFEFF' ? 1 : 0;
                }
                for (int i = from; i < n; i++) {
                    if (buf[i] == '\n') {
                        line.append(buf, from, i - from);
                        handler.accept(new Line(++number, lineText(line)));
                        line.setLength(0);
                        from = i + 1;
                    }
                }
                line.append(buf, from, n - from);
            }
            if (line.length() > 0) {
                handler.accept(new Line(++number, lineText(line)));
            }
        }
    }

    private static final int BUFFER = 1 << 16;

    private static String lineText(StringBuilder line) {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    }

    /**
     * What {@link #read} refuses, found in one pass over the bytes without holding them: a NUL byte
     * anywhere (reported first, as {@link #read} does), else the first invalid UTF-8, else emptiness.
     */
    private static void check(Path file) throws DatasetException, IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long base = 0; // file offset of in's index 0
        long invalidAt = -1;
        long nulAt = -1;
        boolean firstChar = true;
        boolean empty = true;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof) {
                int start = in.position();
                int n = stream.read(in.array(), start, in.capacity() - start);
                eof = n < 0;
                boolean ascii = true;
                if (n > 0) {
                    byte[] array = in.array();
                    for (int i = start; i < start + n; i++) {
                        if (array[i] == 0) {
                            nulAt = base + i;
                            break;
                        }
                        ascii &= array[i] >= 0;
                    }
                    if (nulAt >= 0) {
                        break;
                    }
                    in.position(start + n);
                }
                if (ascii && start == 0 && n > 0 && invalidAt < 0) {
                    // plain ASCII with no sequence left open before it is valid UTF-8: no need to decode
                    empty = false;
                    firstChar = false;
                    base += n;
                    in.clear();
                    continue;
                }
                in.flip();
                while (invalidAt < 0) {
                    CoderResult result = decoder.decode(in, out, eof);
                    if (result.isError()) {
                        invalidAt = base + in.position();
                    } else if (eof && result.isUnderflow()) {
                        result = decoder.flush(out);
                        if (result.isError()) {
                            invalidAt = base + in.position();
                        }
                    }
                    out.flip();
                    if (out.hasRemaining()) {
                        if (firstChar && out.get(0) == '\uFEFF') {
                            empty &= out.remaining() == 1;
                        } else {
                            empty = false;
                        }
                        firstChar = false;
                    }
                    out.clear();
                    if (!result.isOverflow()) {
                        break;
                    }
                }
                if (invalidAt >= 0) {
                    in.position(in.limit()); // only NUL bytes are looked for from here on
                }
                base += in.position();
                in.compact();
            }
        }
        if (nulAt >= 0) {
            throw new DatasetException(file, lineAt(file, nulAt), "binary file (NUL byte), not UTF-8 text");
        }
        if (invalidAt >= 0) {
            throw new DatasetException(file, lineAt(file, invalidAt),
                    "invalid UTF-8 at byte " + invalidAt + " (the file must be UTF-8)");
        }
        if (empty) {
            throw new DatasetException(file, 0, "file is empty");
        }
    }

    /** The line of a byte offset: 1 plus the line feeds before it. */
    private static int lineAt(Path file, long position) throws IOException {
        int line = 1;
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            for (long i = 0; i < position; i++) {
                int b = stream.read();
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    /** Calls {@code handler} for each line of a text already read. */
    static void forEachLine(String text, LineHandler handler) throws DatasetException {
        int number = 0;
        int from = 0;
        int n = text.length();
        while (from < n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            int cut = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            handler.accept(new Line(++number, text.substring(from, cut)));
            from = nl < 0 ? n : nl + 1;
        }
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
