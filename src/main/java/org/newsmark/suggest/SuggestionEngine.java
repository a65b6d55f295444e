package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
        // one set of columns for all recommenders, not a copy of the growing whole per recommender
        SpanSuggestionList.Builder spans = new SpanSuggestionList.Builder(1024);
        List<LinkSuggestion> links = new ArrayList<>();
        for (Recommender r : recommenders) {
            GiveWay.checkpoint();
            Suggestions proposed = r.suggest(context);
            spans.addAll(proposed.spans());
            links.addAll(proposed.links());
        }
        return merge(spans.build(), links, context, memory);
    }

    /** Suggestions for many documents on all cores, in the order of {@code contexts}. */
    public List<Suggestions> suggestAll(List<SuggestionContext> contexts) {
        return contexts.parallelStream().map(this::suggest).toList();
    }

    /**
     * The proposals that survive, one per key in key order, then the links between surviving ends.
     * Proposals of the same key are combined in the order they were made (as a map merge would).
     * A 1 MiB article has 400,000 of them: they are filtered, ordered and combined as rows of
     * columns, without an object per proposal.
     */
    static Suggestions merge(SpanSuggestionList proposed, List<LinkSuggestion> proposedLinks,
                             SuggestionContext context, CorpusMemory memory) {
        TaggedRanges tagged = TaggedRanges.of(context.spans());
        Set<SpanKey> rejected = context.rejected();
        Map<String, Set<String>> forgotten = memory.forgotten();
        int[] kept = new int[proposed.size()];
        int keptCount = 0;
        for (int i = 0; i < proposed.size(); i++) {
            if (((i + 1) & 1023) == 0) {
                GiveWay.checkpoint();
            }
            String label = proposed.label(i);
            int start = proposed.start(i);
            int end = proposed.end(i);
            if (!tagged.overlap(label, start, end)
                    && (rejected.isEmpty() || !rejected.contains(SpanKey.of(label, start, end)))
                    && !isForgotten(forgotten, label, context.text(), start, end)) {
                kept[keptCount++] = i;
            }
        }
        GiveWay.checkpoint();
        int[] order = KeyOrder.sort(proposed, kept, keptCount, context.text().length());
        GiveWay.checkpoint();
        SpanSuggestionList.Builder merged = new SpanSuggestionList.Builder(keptCount);
        for (int g = 0; g < order.length; ) {
            int first = order[g];
            double score = proposed.score(first);
            String recommender = proposed.recommender(first);
            String reason = proposed.reason(first);
            int next = g + 1;
            for (; next < order.length && sameKey(proposed, first, order[next]); next++) {
                int other = order[next];
                score = Math.max(score, proposed.score(other));
                recommender = join(recommender, proposed.recommender(other), PLUS);
                reason = join(reason, proposed.reason(other), SEMICOLON);
            }
            merged.add(proposed.label(first), proposed.start(first), proposed.end(first), score, recommender, reason);
            g = next;
        }
        SpanSuggestionList spans = merged.build();
        Set<SpanKey> existing = proposedLinks.isEmpty() ? Set.of() : context.existingKeys();
        Set<LinkSuggestion.Key> linked = proposedLinks.isEmpty() ? Set.of() : existingLinks(context);
        Map<LinkSuggestion.Key, LinkSuggestion> links = new LinkedHashMap<>();
        for (LinkSuggestion l : proposedLinks) {
            boolean ends = (proposes(spans, l.quote()) || existing.contains(l.quote()))
                    && (proposes(spans, l.speaker()) || existing.contains(l.speaker()));
            if (ends && !linked.contains(l.linkKey())) {
                links.merge(l.linkKey(), l, SuggestionEngine::betterLink);
            }
        }
        return new Suggestions(spans, new ArrayList<>(links.values()));
    }

    private static boolean sameKey(SpanSuggestionList list, int a, int b) {
        return list.compareKey(a, list.label(b), list.start(b), list.end(b)) == 0;
    }

    /** Whether {@code inKeyOrder} (sorted by key, one per key) holds a suggestion of {@code key}. */
    private static boolean proposes(SpanSuggestionList inKeyOrder, SpanKey key) {
        int low = 0;
        int high = inKeyOrder.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = inKeyOrder.compareKey(mid, key.label(), key.range().start(), key.range().end());
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** As {@link CorpusMemory#isForgotten}. */
    private static boolean isForgotten(Map<String, Set<String>> forgotten, String label, String text, int start,
                                       int end) {
        Set<String> texts = forgotten.get(label);
        return texts != null && texts.contains(text.substring(start, end).strip());
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

    private static LinkSuggestion betterLink(LinkSuggestion a, LinkSuggestion b) {
        LinkSuggestion best = a.score() >= b.score() ? a : b;
        return new LinkSuggestion(best.quote(), best.speaker(), best.type(), best.score(),
                join(a.recommender(), b.recommender(), PLUS), join(a.reason(), b.reason(), SEMICOLON));
    }

    /** A separator of joined names or reasons, and the compiled pattern that splits them (once, not per join). */
    private record Separator(String text, Pattern pattern) {
        static Separator of(String text) {
            return new Separator(text, Pattern.compile(Pattern.quote(text)));
        }
    }

    private static final Separator PLUS = Separator.of("+");
    private static final Separator SEMICOLON = Separator.of("; ");

    /** The distinct parts of {@code a} and {@code b}, in order, joined again by {@code separator}. */
    private static String join(String a, String b, Separator separator) {
        if (!a.contains(separator.text()) && !b.contains(separator.text())) {
            return a.equals(b) ? a : a + separator.text() + b;
        }
        Set<String> parts = new LinkedHashSet<>(List.of(separator.pattern().split(a)));
        parts.addAll(List.of(separator.pattern().split(b)));
        return String.join(separator.text(), parts);
    }
}
