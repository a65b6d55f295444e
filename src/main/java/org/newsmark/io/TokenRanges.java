package org.newsmark.io;

import java.util.Arrays;

/** A growing list of token ranges (UTF-16 starts and ends), as the tokenizers build them. */
final class TokenRanges {

    private int[] starts;
    private int[] ends;
    private int count;

    TokenRanges(int capacity) {
        starts = new int[Math.max(1, capacity)];
        ends = new int[Math.max(1, capacity)];
    }

    void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int size() {
        return count;
    }

    int[] starts() {
        return Arrays.copyOf(starts, count);
    }

    int[] ends() {
        return Arrays.copyOf(ends, count);
    }
}
