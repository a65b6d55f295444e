package org.newsmark.io;

import java.nio.file.Path;

/**
 * Keeps an error message on one line: control characters (a raw newline in a file name, a tab in a
 * span's text) are written as escapes ({@code \n}, {@code \t}, {@code \u001b}), so that
 * {@code FILE:LINE: problem} stays one line whatever the file is called or contains.
 */
public final class ErrorText {

    private ErrorText() {
    }

    /** {@code FILE:LINE}, the start of every error line. */
    public static String location(Path file, int line) {
        return oneLine(String.valueOf(file)) + ":" + Math.max(0, line);
    }

    /** {@code text} with every control character (and the Unicode line and paragraph separators) escaped. */
    public static String oneLine(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A piece of a file's text quoted for a message: on one line and at most {@code max} characters. */
    static String quote(String text, int max) {
        String shown = text.length() <= max ? text
                : text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max) + "...";
        return "'" + oneLine(shown) + "'";
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
