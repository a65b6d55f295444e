package org.newsmark.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The unit in which a dataset file counts offsets into the text. */
public enum OffsetUnit {
    /** Unicode code points: Python, spaCy, Prodigy, brat, Label Studio. The default. */
    CODEPOINT("codepoint"),
    /** UTF-16 code units: Java, JavaScript, doccano. */
    UTF16("utf16");

    private final String code;

    OffsetUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Prepares the conversion between this unit and UTF-16 indices of {@code text}: O(n) once. */
    public TextOffsets over(String text) {
        return TextOffsets.of(text, this);
    }

    public static Optional<OffsetUnit> fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values()).filter(u -> u.code.equals(c) || u.name().equalsIgnoreCase(c)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
