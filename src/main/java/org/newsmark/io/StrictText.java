package org.newsmark.io;

import java.io.IOException;
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

    /** Calls {@code handler} for each line of the (non-empty) file. */
    static void forEachLine(Path file, LineHandler handler) throws DatasetException, IOException {
        forEachLine(read(file, false), handler);
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
