package org.newsmark.suggest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What analysts have taught so far: every string tagged with a label, and how often a proposal of
 * that string was rejected. A string rejected {@value #REJECTIONS_TO_FORGET} times is no longer
 * proposed. Pure in-memory and thread-safe; the store layer persists it through {@link #snapshot()}.
 */
public final class CorpusMemory {

    public static final int REJECTIONS_TO_FORGET = 2;

    /** One remembered (label, text) pair and its counts, as the store layer saves it. */
    public record Entry(String label, String text, int observed, int rejected) {
    }

    private record Key(String label, String text) {
    }

    private final Map<Key, int[]> counts = new ConcurrentHashMap<>();

    /** The analyst tagged {@code text} with {@code label} somewhere in the corpus. */
    public void observe(String text, String label) {
        String t = text.strip();
        if (!t.isEmpty()) {
            counts.computeIfAbsent(new Key(label, t), k -> new int[2])[0]++;
        }
    }

    /** The analyst rejected a proposal of {@code text} as {@code label}. */
    public void reject(String text, String label) {
        String t = text.strip();
        if (!t.isEmpty()) {
            counts.computeIfAbsent(new Key(label, t), k -> new int[2])[1]++;
        }
    }

    public static CorpusMemory restore(Iterable<Entry> entries) {
        CorpusMemory m = new CorpusMemory();
        for (Entry e : entries) {
            m.counts.put(new Key(e.label(), e.text()), new int[] {e.observed(), e.rejected()});
        }
        return m;
    }

    public java.util.List<Entry> snapshot() {
        return counts.entrySet().stream()
                .map(e -> new Entry(e.getKey().label(), e.getKey().text(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(Entry::label).thenComparing(Entry::text))
                .toList();
    }

    /** Strings to propose, per label: observed at least once and rejected fewer than twice. */
    public Map<String, Set<String>> proposals() {
        Map<String, Set<String>> out = new HashMap<>();
        counts.forEach((k, c) -> {
            if (c[0] > 0 && c[1] < REJECTIONS_TO_FORGET) {
                out.computeIfAbsent(k.label(), l -> new TreeSet<>()).add(k.text());
            }
        });
        return out;
    }

    public boolean isForgotten(String text, String label) {
        int[] c = counts.get(new Key(label, text.strip()));
        return c != null && c[1] >= REJECTIONS_TO_FORGET;
    }
}
