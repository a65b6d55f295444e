package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Proposes every string the analysts tagged before wherever it appears again (whole word, same case). */
public final class MemoryRecommender implements Recommender {

    private final CorpusMemory memory;

    public MemoryRecommender(CorpusMemory memory) {
        this.memory = memory;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        List<SpanSuggestion> out = new ArrayList<>();
        for (Map.Entry<String, java.util.Set<String>> e : memory.proposals().entrySet()) {
            Map<String, String> names = new LinkedHashMap<>();
            e.getValue().forEach(t -> names.put(t, e.getKey()));
            for (Gazetteer.Match m : Gazetteer.of(names).matches(context.text())) {
                out.add(SpanSuggestion.of(e.getKey(), m.start(), m.end(), 0.9, name(),
                        "tagged as " + e.getKey() + " elsewhere in the corpus"));
            }
        }
        return Suggestions.ofSpans(out);
    }
}
