package org.newsmark.suggest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.newsmark.suggest.pace.GiveWay;

/**
 * Proposes every string the analysts tagged before wherever it appears again (whole word, same case).
 * The names are indexed once per version of the memory, not once per document.
 */
public final class MemoryRecommender implements Recommender {

    private final CorpusMemory memory;
    private final AtomicReference<Index> index = new AtomicReference<>(new Index(-1, Map.of()));

    /** The memory's proposals as one gazetteer per label, at one version of the memory. */
    private record Index(long version, Map<String, Gazetteer> byLabel) {
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
        if (i.version() != version) {
            i = new Index(version, gazetteersOf(memory.proposals()));
            index.set(i);
        }
        return i.byLabel();
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
