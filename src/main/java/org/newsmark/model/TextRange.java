package org.newsmark.model;

/** A half-open range {@code [start, end)} of UTF-16 indices into a document's text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    /** Whether this range may annotate a text of the given length: {@code 0 <= start < end <= length}. */
    public boolean fitsNonEmptyIn(int textLength) {
        return start < end && end <= textLength;
    }

    /** The same range with leading and trailing whitespace of {@code text} removed; may become empty. */
    public TextRange trimmedIn(CharSequence text) {
        int s = start;
        int e = Math.min(end, text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(TextRange o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
