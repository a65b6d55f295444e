package org.newsmark.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Span;
import org.newsmark.suggest.CorpusMemory;

/**
 * Keeps the corpus memory in step with what the analyst does in open documents: a span tagged,
 * accepted, deleted, relabelled or undone counts for (or no longer counts for) its label at once,
 * not only after a restart. The first look at a document only records what it holds, which the
 * memory already learnt from the store.
 */
final class LearnedSpans {

    private record Tagged(String label, String text) {
    }

    private final CorpusMemory memory;
    private final String ignoredAnnotator;
    private final Map<Long, Map<Tagged, Integer>> seen = new HashMap<>();

    LearnedSpans(CorpusMemory memory, String ignoredAnnotator) {
        this.memory = memory;
        this.ignoredAnnotator = ignoredAnnotator;
    }

    /**
     * Teaches the memory one action's change of a document seen before: {@code removed} no longer count,
     * {@code added} do. A document not seen yet is left to the next {@link #sync}.
     */
    synchronized void change(long documentId, String text, List<Span> removed, List<Span> added) {
        Map<Tagged, Integer> counts = seen.get(documentId);
        if (counts == null) {
            return;
        }
        for (Span s : removed) {
            Tagged t = tagged(s, text);
            if (t != null && counts.getOrDefault(t, 0) > 0) {
                counts.merge(t, -1, Integer::sum);
                counts.remove(t, 0);
                memory.unobserve(t.text(), t.label());
            }
        }
        for (Span s : added) {
            Tagged t = tagged(s, text);
            if (t != null) {
                counts.merge(t, 1, Integer::sum);
                memory.observe(t.text(), t.label());
            }
        }
    }

    private Tagged tagged(Span s, String text) {
        return s.annotator().equals(ignoredAnnotator) ? null : new Tagged(s.label(), s.textIn(text).strip());
    }

    /** Teaches the memory the difference between the document's spans now and when last seen. */
    synchronized void sync(long documentId, String text, List<Span> spans) {
        Map<Tagged, Integer> now = new HashMap<>();
        for (Span s : spans) {
            Tagged t = tagged(s, text);
            if (t != null) {
                now.merge(t, 1, Integer::sum);
            }
        }
        Map<Tagged, Integer> before = seen.put(documentId, now);
        if (before == null) {
            return;
        }
        now.forEach((t, n) -> {
            for (int i = before.getOrDefault(t, 0); i < n; i++) {
                memory.observe(t.text(), t.label());
            }
        });
        before.forEach((t, n) -> {
            for (int i = now.getOrDefault(t, 0); i < n; i++) {
                memory.unobserve(t.text(), t.label());
            }
        });
    }
}
