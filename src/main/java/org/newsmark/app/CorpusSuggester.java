package org.newsmark.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.Relation;
import org.newsmark.model.Span;
import org.newsmark.store.Store;
import org.newsmark.suggest.LinkSuggestion;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SpanSuggestion;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Suggests over many documents for the command line: documents are read in batches, suggested for on
 * all cores, and (when applying) written one transaction per document, so an interrupted run leaves
 * whole documents done or untouched.
 */
final class CorpusSuggester {

    private static final int BATCH = 256;

    private final Store store;
    private final SuggestionEngine engine;

    CorpusSuggester(Store store, SuggestionEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** The spans and links of one document that the options keep. */
    private record Kept(List<SpanSuggestion> spans, List<LinkSuggestion> links) {
    }

    SuggestReport run(SuggestOptions options) {
        List<Long> ids = store.documents().ids(options.status());
        Map<String, Integer> byLabel = new HashMap<>();
        int links = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<SuggestionContext> contexts = batch.stream().map(id -> StoredContexts.of(store, id, options.layer())).toList();
            List<Suggestions> suggested = engine.suggestAll(contexts);
            for (int i = 0; i < batch.size(); i++) {
                Kept kept = keep(suggested.get(i), contexts.get(i), options);
                kept.spans().forEach(s -> byLabel.merge(s.label(), 1, Integer::sum));
                links += kept.links().size();
                if (options.apply()) {
                    store(batch.get(i), kept, contexts.get(i), options.layer());
                }
            }
        }
        return new SuggestReport(options.apply(), ids.size(), byLabel, links);
    }

    /** Spans the options keep, and links whose ends are kept or exist and whose quote has no such link yet. */
    private static Kept keep(Suggestions s, SuggestionContext context, SuggestOptions options) {
        List<SpanSuggestion> spans = s.spans().stream().filter(x -> options.keeps(x.label(), x.score())).toList();
        Set<SpanKey> ends = new HashSet<>(context.existingKeys());
        spans.forEach(x -> ends.add(x.key()));
        Set<SpanKey> linkedQuotes = new HashSet<>();
        List<LinkSuggestion> links = new ArrayList<>();
        for (LinkSuggestion l : s.links()) {
            if (ends.contains(l.quote()) && ends.contains(l.speaker()) && l.score() >= options.minScore()
                    && !hasLink(context, l.quote(), l.type()) && linkedQuotes.add(l.quote())) {
                links.add(l);
            }
        }
        return new Kept(spans, links);
    }

    private static boolean hasLink(SuggestionContext context, SpanKey quote, String type) {
        return context.spans().stream().filter(sp -> SpanKey.of(sp).equals(quote)).anyMatch(sp ->
                context.relations().stream().anyMatch(r -> r.fromSpanId() == sp.id() && r.type().equals(type)));
    }

    private void store(long documentId, Kept kept, SuggestionContext context, String layer) {
        store.inTransaction(() -> {
            Map<SpanKey, Long> ids = new HashMap<>();
            context.spans().forEach(sp -> ids.putIfAbsent(SpanKey.of(sp), sp.id()));
            for (SpanSuggestion s : kept.spans()) {
                Span span = store.spans().insert(new Span(0, documentId, s.range(), s.label(),
                        layer, Span.suggestedBy(s.recommender())));
                ids.put(s.key(), span.id());
            }
            for (LinkSuggestion l : kept.links()) {
                store.relations().insert(new Relation(0, documentId, ids.get(l.quote()), ids.get(l.speaker()), l.type()));
            }
            return null;
        });
    }
}
