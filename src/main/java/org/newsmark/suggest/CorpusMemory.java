package org.newsmark.suggest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        static final Counts NONE = new Counts(0, 0);

        Counts plus(Counts o) {
            return new Counts(Math.max(0, observed + o.observed), rejected + o.rejected);
        }
    }

    /**
     * A string that started or stopped being proposed or forgotten for a label: what a reader of the
     * proposals needs to follow the memory without reading it all again.
     */
    public record Change(String label, String text, boolean proposed) {
    }

    /** The changes after one version, up to {@code version}. */
    public record ChangesSince(long version, List<Change> changes) {
    }

    /** How many changes are kept for readers that fell behind; one further behind reads everything again. */
    private static final int KEPT_CHANGES = 4_096;

    private final Map<Key, Counts> counts = new ConcurrentHashMap<>();
    /** Counts one per {@link Change}: counting a string tagged again changes nothing any reader derives. */
    private final AtomicLong version = new AtomicLong();
    /** The latest changes, the last one made at {@code version}; guarded by itself, as is every write. */
    private final ArrayDeque<Change> changes = new ArrayDeque<>();
    /** The strings forgotten, per label, replaced whole when one is forgotten or remembered again (rarely). */
    private volatile Map<String, Set<String>> forgotten = Map.of();

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
        if (t.isEmpty()) {
            return;
        }
        Key key = new Key(label, t);
        synchronized (changes) {
            Counts before = counts.get(key);
            Counts after = (before == null ? Counts.NONE : before).plus(delta);
            if (after.observed() <= 0 && after.rejected() == 0) {
                counts.remove(key);
            } else {
                counts.put(key, after);
            }
            boolean forgottenChanged = isForgotten(before) != isForgotten(after);
            if (forgottenChanged) {
                forgotten = withForgotten(forgotten, key, isForgotten(after));
            }
            if (forgottenChanged || isProposed(before) != isProposed(after)) {
                changes.addLast(new Change(label, t, isProposed(after)));
                if (changes.size() > KEPT_CHANGES) {
                    changes.removeFirst();
                }
                version.incrementAndGet();
            }
        }
    }

    private static boolean isProposed(Counts c) {
        return c != null && c.observed() > 0 && c.rejected() < REJECTIONS_TO_FORGET;
    }

    private static boolean isForgotten(Counts c) {
        return c != null && c.rejected() >= REJECTIONS_TO_FORGET;
    }

    /** The changes made after {@code version}; empty when they are no longer all kept (read the proposals again). */
    public Optional<ChangesSince> changesSince(long version) {
        synchronized (changes) {
            long now = this.version.get();
            long behind = now - version;
            if (version < 0 || behind < 0 || behind > changes.size()) {
                return Optional.empty();
            }
            // only the last `behind` of up to 4,096 kept: this runs before every suggestion run after an edit
            List<Change> recent = new ArrayList<>((int) behind);
            java.util.Iterator<Change> newestFirst = changes.descendingIterator();
            for (long k = 0; k < behind; k++) {
                recent.add(newestFirst.next());
            }
            java.util.Collections.reverse(recent);
            return Optional.of(new ChangesSince(now, List.copyOf(recent)));
        }
    }

    public static CorpusMemory restore(Iterable<Entry> entries) {
        CorpusMemory m = new CorpusMemory();
        for (Entry e : entries) {
            m.counts.merge(new Key(e.label(), e.text().strip()), new Counts(e.observed(), e.rejected()), Counts::plus);
        }
        Map<String, Set<String>> forgotten = m.textsByLabel(CorpusMemory::isForgotten);
        forgotten.replaceAll((label, texts) -> Set.copyOf(texts));
        m.forgotten = Map.copyOf(forgotten);
        return m;
    }

    public List<Entry> snapshot() {
        return counts.entrySet().stream()
                .map(e -> new Entry(e.getKey().label(), e.getKey().text(), e.getValue().observed(),
                        e.getValue().rejected()))
                .sorted(Comparator.comparing(Entry::label).thenComparing(Entry::text))
                .toList();
    }

    /**
     * Grows with every change of what is proposed or forgotten: lets readers keep what they derived from
     * the memory until it changes.
     */
    public long version() {
        return version.get();
    }

    /** Strings to propose, per label: observed at least once and rejected fewer than twice. */
    public Map<String, Set<String>> proposals() {
        return textsByLabel(CorpusMemory::isProposed);
    }

    /** The strings whose counts are {@code which}, per label, in order. */
    private Map<String, Set<String>> textsByLabel(java.util.function.Predicate<Counts> which) {
        Map<String, Set<String>> out = new HashMap<>();
        counts.forEach((k, c) -> {
            if (which.test(c)) {
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
        return forgotten;
    }

    private static Map<String, Set<String>> withForgotten(Map<String, Set<String>> byLabel, Key key, boolean forgotten) {
        Map<String, Set<String>> out = new HashMap<>(byLabel);
        Set<String> texts = new java.util.HashSet<>(out.getOrDefault(key.label(), Set.of()));
        if (forgotten) {
            texts.add(key.text());
        } else {
            texts.remove(key.text());
        }
        out.put(key.label(), Set.copyOf(texts));
        return Map.copyOf(out);
    }

    public boolean isForgotten(String text, String label) {
        Counts c = counts.get(new Key(label, text.strip()));
        return isForgotten(c);
    }
}
