package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs recommenders and merges what they propose: one suggestion per label and range (best score,
 * reasons joined), nothing identical to an existing span, nothing the analyst rejected, and links
 * only between ends that survive (or exist already).
 */
public final class SuggestionEngine {

    private final List<Recommender> recommenders;

    public SuggestionEngine(List<Recommender> recommenders) {
        this.recommenders = List.copyOf(recommenders);
    }

    /** The default recommenders: figures, quotes, speakers with links, places, and the corpus memory. */
    public static SuggestionEngine standard(Gazetteer places, CorpusMemory memory) {
        return new SuggestionEngine(List.of(new FigureRecommender(), new QuoteRecommender(),
                new SpeakerRecommender(), new PlaceRecommender(places), new MemoryRecommender(memory)));
    }

    public List<Recommender> recommenders() {
        return recommenders;
    }

    public Suggestions suggest(SuggestionContext context) {
        Suggestions all = Suggestions.empty();
        for (Recommender r : recommenders) {
            all = all.plus(r.suggest(context));
        }
        return merge(all, context);
    }

    static Suggestions merge(Suggestions all, SuggestionContext context) {
        Set<SpanKey> existing = context.existingKeys();
        Map<SpanKey, SpanSuggestion> spans = new LinkedHashMap<>();
        for (SpanSuggestion s : all.spans()) {
            if (!existing.contains(s.key()) && !context.rejected().contains(s.key())) {
                spans.merge(s.key(), s, SuggestionEngine::better);
            }
        }
        Map<LinkSuggestion.Key, LinkSuggestion> links = new LinkedHashMap<>();
        for (LinkSuggestion l : all.links()) {
            boolean ends = (spans.containsKey(l.quote()) || existing.contains(l.quote()))
                    && (spans.containsKey(l.speaker()) || existing.contains(l.speaker()));
            if (ends && !alreadyLinked(l, context)) {
                links.merge(l.linkKey(), l, SuggestionEngine::betterLink);
            }
        }
        List<SpanSuggestion> sortedSpans = new ArrayList<>(spans.values());
        sortedSpans.sort(Comparator.comparing(SpanSuggestion::key));
        return new Suggestions(sortedSpans, new ArrayList<>(links.values()));
    }

    private static boolean alreadyLinked(LinkSuggestion l, SuggestionContext context) {
        return context.relations().stream().filter(r -> r.type().equals(l.type())).anyMatch(r ->
                context.spans().stream().anyMatch(s -> s.id() == r.fromSpanId() && SpanKey.of(s).equals(l.quote()))
                        && context.spans().stream().anyMatch(s -> s.id() == r.toSpanId()
                        && SpanKey.of(s).equals(l.speaker())));
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
