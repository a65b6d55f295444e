package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.suggest.pace.GiveWay;

/**
 * Runs recommenders and merges what they propose: one suggestion per label and range (best score,
 * reasons joined), nothing overlapping a span of the same label (the same mention, perhaps with
 * other boundaries), nothing the analyst rejected in this
 * document, no string whose proposal the corpus memory has forgotten (rejected twice, whichever
 * recommender makes it), and links only between ends that survive (or exist already).
 */
public final class SuggestionEngine {

    private final List<Recommender> recommenders;
    private final CorpusMemory memory;

    public SuggestionEngine(List<Recommender> recommenders) {
        this(recommenders, new CorpusMemory());
    }

    /** An engine that also drops every proposal {@code memory} has forgotten. */
    public SuggestionEngine(List<Recommender> recommenders, CorpusMemory memory) {
        this.recommenders = List.copyOf(recommenders);
        this.memory = memory;
    }

    /** The default recommenders: figures, quotes, speakers with links, places, and the corpus memory. */
    public static SuggestionEngine standard(Gazetteer places, CorpusMemory memory) {
        return new SuggestionEngine(List.of(new FigureRecommender(), new QuoteRecommender(),
                new SpeakerRecommender(), new PlaceRecommender(places), new MemoryRecommender(memory)), memory);
    }

    public List<Recommender> recommenders() {
        return recommenders;
    }

    /** Suggestions for one document. Thread-safe: documents may be suggested for in parallel. */
    public Suggestions suggest(SuggestionContext context) {
        Suggestions all = Suggestions.empty();
        for (Recommender r : recommenders) {
            GiveWay.checkpoint();
            all = all.plus(r.suggest(context));
        }
        return merge(all, context, memory);
    }

    /** Suggestions for many documents on all cores, in the order of {@code contexts}. */
    public List<Suggestions> suggestAll(List<SuggestionContext> contexts) {
        return contexts.parallelStream().map(this::suggest).toList();
    }

    static Suggestions merge(Suggestions all, SuggestionContext context, CorpusMemory memory) {
        Set<SpanKey> existing = context.existingKeys();
        TaggedRanges tagged = TaggedRanges.of(context.spans());
        Map<SpanKey, SpanSuggestion> spans = new LinkedHashMap<>();
        int seen = 0;
        for (SpanSuggestion s : all.spans()) {
            if ((++seen & 1023) == 0) {
                GiveWay.checkpoint();
            }
            if (!tagged.overlap(s.key()) && !context.rejected().contains(s.key())
                    && !memory.isForgotten(s.key().textIn(context.text()), s.label())) {
                spans.merge(s.key(), s, SuggestionEngine::better);
            }
        }
        Set<LinkSuggestion.Key> linked = existingLinks(context);
        Map<LinkSuggestion.Key, LinkSuggestion> links = new LinkedHashMap<>();
        for (LinkSuggestion l : all.links()) {
            boolean ends = (spans.containsKey(l.quote()) || existing.contains(l.quote()))
                    && (spans.containsKey(l.speaker()) || existing.contains(l.speaker()));
            if (ends && !linked.contains(l.linkKey())) {
                links.merge(l.linkKey(), l, SuggestionEngine::betterLink);
            }
        }
        List<SpanSuggestion> sortedSpans = new ArrayList<>(spans.values());
        sortedSpans.sort(Comparator.comparing(SpanSuggestion::key));
        return new Suggestions(sortedSpans, new ArrayList<>(links.values()));
    }

    /** The document's relations as link keys (label and range of both ends). */
    private static Set<LinkSuggestion.Key> existingLinks(SuggestionContext context) {
        Map<Long, SpanKey> byId = new HashMap<>();
        context.spans().forEach(s -> byId.put(s.id(), SpanKey.of(s)));
        Set<LinkSuggestion.Key> out = new HashSet<>();
        for (var r : context.relations()) {
            SpanKey from = byId.get(r.fromSpanId());
            SpanKey to = byId.get(r.toSpanId());
            if (from != null && to != null) {
                out.add(new LinkSuggestion.Key(from, to, r.type()));
            }
        }
        return out;
    }

    private static SpanSuggestion better(SpanSuggestion a, SpanSuggestion b) {
        SpanSuggestion best = a.score() >= b.score() ? a : b;
        return new SpanSuggestion(best.key(), best.score(), join(a.recommender(), b.recommender(), "+"),
                join(a.reason(), b.reason(), "; "));
    }

    private static LinkSuggestion betterLink(LinkSuggestion a, LinkSuggestion b) {
        LinkSuggestion best = a.score() >= b.score() ? a : b;
        return new LinkSuggestion(best.quote(), best.speaker(), best.type(), best.score(),
                join(a.recommender(), b.recommender(), "+"), join(a.reason(), b.reason(), "; "));
    }

    private static String join(String a, String b, String separator) {
        Set<String> parts = new LinkedHashSet<>(List.of(a.split(java.util.regex.Pattern.quote(separator))));
        parts.addAll(List.of(b.split(java.util.regex.Pattern.quote(separator))));
        return String.join(separator, parts);
    }
}
