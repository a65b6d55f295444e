package org.newsmark.io;

import java.util.Arrays;

/**
 * Converts offsets of one text between Java UTF-16 indices ("internal") and a file's
 * {@link OffsetUnit} ("external"). Building it costs O(n); each conversion costs O(log p) where p
 * is the number of surrogate pairs in the text (O(1) when there are none).
 *
 * <p>Both directions reject offsets beyond the text and UTF-16 offsets that fall between the two
 * halves of a surrogate pair, with an {@link IllegalArgumentException}.
 */
public final class TextOffsets {

    private final OffsetUnit unit;
    private final int utf16Length;
    /** UTF-16 index of the high surrogate of every well-formed surrogate pair, ascending. */
    private final int[] pairStarts;

    private TextOffsets(OffsetUnit unit, int utf16Length, int[] pairStarts) {
        this.unit = unit;
        this.utf16Length = utf16Length;
        this.pairStarts = pairStarts;
    }

    public static TextOffsets of(CharSequence text, OffsetUnit unit) {
        int n = text.length();
        int[] pairs = new int[8];
        int count = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, count * 2);
                }
                pairs[count++] = i;
                i++;
            }
        }
        return new TextOffsets(unit, n, Arrays.copyOf(pairs, count));
    }

    public OffsetUnit unit() {
        return unit;
    }

    /** Length of the text in the external unit. */
    public int externalLength() {
        return unit == OffsetUnit.UTF16 ? utf16Length : utf16Length - pairStarts.length;
    }

    /** Whether {@code utf16} is a valid offset: inside {@code [0, length]} and not inside a pair. */
    public boolean isBoundary(int utf16) {
        return utf16 >= 0 && utf16 <= utf16Length
                && (pairStarts.length == 0 || Arrays.binarySearch(pairStarts, utf16 - 1) < 0);
    }

    /** The external offset of UTF-16 index {@code utf16}. */
    public int toExternal(int utf16) {
        if (!isBoundary(utf16)) {
            throw new IllegalArgumentException(describe(utf16, "UTF-16 offset"));
        }
        if (unit == OffsetUnit.UTF16 || pairStarts.length == 0) {
            return utf16;
        }
        return utf16 - pairsBefore(utf16);
    }

    /** The UTF-16 index of external offset {@code external}. */
    public int toInternal(long external) {
        if (external < 0 || external > externalLength()) {
            throw new IllegalArgumentException("offset " + external + " is outside the text (length "
                    + externalLength() + " " + unit.code() + ")");
        }
        int ext = (int) external;
        if (unit == OffsetUnit.UTF16) {
            if (!isBoundary(ext)) {
                throw new IllegalArgumentException(describe(ext, "offset"));
            }
            return ext;
        }
        // pair k sits at code point index pairStarts[k] - k; count the pairs strictly before ext
        int lo = 0;
        int hi = pairStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairStarts[mid] - mid < ext) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return ext + lo;
    }

    private int pairsBefore(int utf16) {
        int i = Arrays.binarySearch(pairStarts, utf16);
        return i >= 0 ? i : -i - 1;
    }

    private String describe(int offset, String what) {
        if (offset < 0 || offset > utf16Length) {
            return what + " " + offset + " is outside the text (length " + utf16Length + " utf16)";
        }
        return what + " " + offset + " falls inside a surrogate pair (between the halves of one character)";
    }
}
