package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.newsmark.suggest.pace.GiveWay;

/**
 * Proposes every string the analysts tagged before wherever it appears again (whole word, same case).
 * The names are indexed once per version of the memory, not once per document.
 */
public final class MemoryRecommender implements Recommender {

    /** Edits after which the names are indexed again from scratch rather than on top of the last index. */
    private static final int REINDEX_AFTER = 1_000;

    private final CorpusMemory memory;
    private final AtomicReference<Index> index = new AtomicReference<>(new Index(-1, Map.of()));

    /** The memory's proposals as one gazetteer per label, at one version of the memory. */
    private record Index(long version, Map<String, Gazetteer> byLabel) {

        /**
         * This index with the memory's changes since its version: only the names they add or take out are
         * indexed, so tagging one more name in a corpus of 20,000 costs a few look-ups, not a rebuild.
         */
        Index with(CorpusMemory.ChangesSince since) {
            Map<String, Map<String, Boolean>> byLabelAndText = new LinkedHashMap<>();
            for (CorpusMemory.Change c : since.changes()) {
                byLabelAndText.computeIfAbsent(c.label(), l -> new LinkedHashMap<>()).put(c.text(), c.proposed());
            }
            Map<String, Gazetteer> next = new LinkedHashMap<>(byLabel);
            byLabelAndText.forEach((label, texts) -> {
                Map<String, String> added = new LinkedHashMap<>();
                List<String> removed = new ArrayList<>();
                texts.forEach((text, proposed) -> {
                    if (proposed) {
                        added.put(text, label);
                    } else {
                        removed.add(text);
                    }
                });
                next.put(label, next.getOrDefault(label, Gazetteer.empty()).edited(added, removed));
            });
            return new Index(since.version(), next);
        }

        boolean worthReindexing() {
            return byLabel.values().stream().mapToInt(Gazetteer::editCount).sum() > REINDEX_AFTER;
        }
    }

    public MemoryRecommender(CorpusMemory memory) {
        this.memory = memory;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        // straight into columns: a long article has hundreds of thousands of these
        SpanSuggestionList.Builder out = new SpanSuggestionList.Builder(1024);
        for (Map.Entry<String, Gazetteer> names : current().entrySet()) {
            // one reason per label, not one string per match: a long article has hundreds of thousands
            String reason = "tagged as " + names.getKey() + " elsewhere in the corpus";
            // no Match object per match on the way
            names.getValue().forEachMatch(context.text(), (start, end, text, label) -> {
                if ((out.size() & 1023) == 0) {
                    GiveWay.checkpoint();
                }
                out.add(label, start, end, 0.9, name(), reason);
            });
        }
        return Suggestions.ofSpans(out.build());
    }

    private Map<String, Gazetteer> current() {
        long version = memory.version();
        Index i = index.get();
        if (i.version() == version) {
            return i.byLabel();
        }
        // the proposals are read no earlier than `version`: a change made meanwhile is applied again later, which changes nothing
        Index next = memory.changesSince(i.version()).map(i::with).filter(n -> !n.worthReindexing())
                .orElseGet(() -> new Index(version, gazetteersOf(memory.proposals())));
        index.set(next);
        return next.byLabel();
    }

    /** One gazetteer per label, so a string tagged with two labels is proposed with both. */
    private static Map<String, Gazetteer> gazetteersOf(Map<String, Set<String>> proposals) {
        Map<String, Gazetteer> out = new LinkedHashMap<>();
        proposals.forEach((label, texts) -> {
            Map<String, String> names = new LinkedHashMap<>();
            texts.forEach(t -> names.put(t, label));
            out.put(label, Gazetteer.of(names));
        });
        return out;
    }
}
