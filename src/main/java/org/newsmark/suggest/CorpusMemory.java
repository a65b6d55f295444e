package org.newsmark.suggest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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

    private record Counts(int observed, int rejected) {
        Counts plus(Counts o) {
            return new Counts(Math.max(0, observed + o.observed), rejected + o.rejected);
        }
    }

    private final Map<Key, Counts> counts = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    /** The analyst tagged {@code text} with {@code label} somewhere in the corpus. */
    public void observe(String text, String label) {
        add(text, label, new Counts(1, 0));
    }

    /** A span tagged with {@code text} and {@code label} was deleted or undone. */
    public void unobserve(String text, String label) {
        add(text, label, new Counts(-1, 0));
    }

    /** The analyst rejected a proposal of {@code text} as {@code label}. */
    public void reject(String text, String label) {
        add(text, label, new Counts(0, 1));
    }

    private void add(String text, String label, Counts delta) {
        String t = text.strip();
        if (!t.isEmpty()) {
            counts.merge(new Key(label, t), delta, (a, b) -> {
                Counts sum = a.plus(b);
                return sum.observed() <= 0 && sum.rejected() == 0 ? null : sum;
            });
            version.incrementAndGet();
        }
    }

    public static CorpusMemory restore(Iterable<Entry> entries) {
        CorpusMemory m = new CorpusMemory();
        for (Entry e : entries) {
            m.counts.merge(new Key(e.label(), e.text().strip()), new Counts(e.observed(), e.rejected()), Counts::plus);
        }
        return m;
    }

    public List<Entry> snapshot() {
        return counts.entrySet().stream()
                .map(e -> new Entry(e.getKey().label(), e.getKey().text(), e.getValue().observed(),
                        e.getValue().rejected()))
                .sorted(Comparator.comparing(Entry::label).thenComparing(Entry::text))
                .toList();
    }

    /** Grows with every change: lets readers keep what they derived from the memory until it changes. */
    public long version() {
        return version.get();
    }

    /** Strings to propose, per label: observed at least once and rejected fewer than twice. */
    public Map<String, Set<String>> proposals() {
        Map<String, Set<String>> out = new HashMap<>();
        counts.forEach((k, c) -> {
            if (c.observed() > 0 && c.rejected() < REJECTIONS_TO_FORGET) {
                out.computeIfAbsent(k.label(), l -> new TreeSet<>()).add(k.text());
            }
        });
        return out;
    }

    /**
     * The strings no longer proposed (rejected {@value #REJECTIONS_TO_FORGET} times), per label: lets the
     * engine ask about 400,000 proposals without cutting each one's text out of the article.
     */
    public Map<String, Set<String>> forgotten() {
        Map<String, Set<String>> out = new HashMap<>();
        counts.forEach((k, c) -> {
            if (c.rejected() >= REJECTIONS_TO_FORGET) {
                out.computeIfAbsent(k.label(), l -> new java.util.HashSet<>()).add(k.text());
            }
        });
        return out;
    }

    public boolean isForgotten(String text, String label) {
        Counts c = counts.get(new Key(label, text.strip()));
        return c != null && c.rejected() >= REJECTIONS_TO_FORGET;
    }
}
