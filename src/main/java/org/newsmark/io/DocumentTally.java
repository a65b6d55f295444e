package org.newsmark.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader did with one document beyond reading its spans and relations, counted by kind:
 * what it skipped, and what it imported in a form worth telling (brat events as relations,
 * discontinuous spans as fragments). Kept per document so that a report counts only the documents
 * actually stored.
 */
public record DocumentTally(Map<String, Integer> skipped, Map<String, Integer> notes) {

    public static final DocumentTally NONE = new DocumentTally(Map.of(), Map.of());

    public DocumentTally {
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** This tally with {@code n} more of a skipped kind. */
    public DocumentTally plusSkipped(String kind, int n) {
        return n <= 0 ? this : new DocumentTally(plus(skipped, kind, n), notes);
    }

    /** This tally with {@code n} more of a note. */
    public DocumentTally plusNote(String kind, int n) {
        return n <= 0 ? this : new DocumentTally(skipped, plus(notes, kind, n));
    }

    private static Map<String, Integer> plus(Map<String, Integer> counts, String kind, int n) {
        Map<String, Integer> out = new LinkedHashMap<>(counts);
        out.merge(kind, n, Integer::sum);
        return out;
    }

    /** Adds {@code counts} into {@code into}, kind by kind. */
    static void addAll(Map<String, Integer> into, Map<String, Integer> counts) {
        counts.forEach((kind, n) -> into.merge(kind, n, Integer::sum));
    }
}
