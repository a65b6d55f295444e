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
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.TextRange;

/**
 * The engine's plumbing written the plain way it was before it was made to allocate less (a map entry
 * per proposal, a substring per forgotten check, a list per overlap test, a pattern per join, the memory's
 * names looked up by cutting each word out): {@link SuggestionEngine#suggest} must give exactly what this
 * gives. The rule recommenders are run as they are; only the memory recommender is replaced by its plain
 * counterpart here.
 */
final class PlainEngine {

    private PlainEngine() {
    }

    static Suggestions suggest(List<Recommender> recommenders, CorpusMemory memory, SuggestionContext context) {
        Suggestions all = Suggestions.empty();
        for (Recommender r : recommenders) {
            all = all.plus(r instanceof MemoryRecommender ? memoryProposals(memory, context.text()) : r.suggest(context));
        }
        return merge(all, context, memory);
    }

    /** Every remembered string, per label, wherever it occurs whole-word; the longest first at a word. */
    private static Suggestions memoryProposals(CorpusMemory memory, String text) {
        List<SpanSuggestion> out = new ArrayList<>();
        memory.proposals().forEach((label, texts) -> {
            Map<String, List<String>> byFirstWord = new HashMap<>();
            texts.stream().filter(t -> Character.isLetterOrDigit(t.charAt(0)))
                    .forEach(t -> byFirstWord.computeIfAbsent(t.substring(0, wordEnd(t, 0)), k -> new ArrayList<>()).add(t));
            byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    i++;
                    continue;
                }
                int we = wordEnd(text, i);
                int next = we;
                for (String name : byFirstWord.getOrDefault(text.substring(i, we), List.of())) {
                    int end = i + name.length();
                    if (text.startsWith(name, i) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                            || !Character.isLetterOrDigit(name.charAt(name.length() - 1)))) {
                        out.add(SpanSuggestion.of(label, i, end, 0.9, "memory", "tagged as " + label + " elsewhere in the corpus"));
                        next = end;
                        break;
                    }
                }
                i = next;
            }
        });
        return Suggestions.ofSpans(out);
    }

    private static int wordEnd(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static Suggestions merge(Suggestions all, SuggestionContext context, CorpusMemory memory) {
        Set<SpanKey> existing = context.existingKeys();
        Map<String, List<TextRange>> tagged = new HashMap<>();
        context.spans().forEach(s -> tagged.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s.range()));
        tagged.values().forEach(l -> l.sort(null));
        Map<SpanKey, SpanSuggestion> spans = new LinkedHashMap<>();
        for (SpanSuggestion s : all.spans()) {
            List<TextRange> sameLabel = tagged.getOrDefault(s.label(), List.of());
            int longest = sameLabel.stream().mapToInt(TextRange::length).max().orElse(0);
            boolean overlapsTagged = !DocumentOrder.overlapping(sameLabel, r -> r, longest, s.range()).isEmpty();
            if (!overlapsTagged && !context.rejected().contains(s.key())
                    && !memory.isForgotten(s.key().textIn(context.text()), s.label())) {
                spans.merge(s.key(), s, PlainEngine::better);
            }
        }
        Map<Long, SpanKey> byId = new HashMap<>();
        context.spans().forEach(s -> byId.put(s.id(), SpanKey.of(s)));
        Set<LinkSuggestion.Key> linked = new HashSet<>();
        context.relations().forEach(r -> {
            if (byId.containsKey(r.fromSpanId()) && byId.containsKey(r.toSpanId())) {
                linked.add(new LinkSuggestion.Key(byId.get(r.fromSpanId()), byId.get(r.toSpanId()), r.type()));
            }
        });
        Map<LinkSuggestion.Key, LinkSuggestion> links = new LinkedHashMap<>();
        for (LinkSuggestion l : all.links()) {
            boolean ends = (spans.containsKey(l.quote()) || existing.contains(l.quote()))
                    && (spans.containsKey(l.speaker()) || existing.contains(l.speaker()));
            if (ends && !linked.contains(l.linkKey())) {
                links.merge(l.linkKey(), l, (a, b) -> {
                    LinkSuggestion best = a.score() >= b.score() ? a : b;
                    return new LinkSuggestion(best.quote(), best.speaker(), best.type(), best.score(),
                            join(a.recommender(), b.recommender(), "+"), join(a.reason(), b.reason(), "; "));
                });
            }
        }
        List<SpanSuggestion> sorted = new ArrayList<>(spans.values());
        sorted.sort(Comparator.comparing(SpanSuggestion::key));
        return new Suggestions(sorted, new ArrayList<>(links.values()));
    }

    private static SpanSuggestion better(SpanSuggestion a, SpanSuggestion b) {
        SpanSuggestion best = a.score() >= b.score() ? a : b;
        return new SpanSuggestion(best.key(), best.score(), join(a.recommender(), b.recommender(), "+"),
                join(a.reason(), b.reason(), "; "));
    }

    private static String join(String a, String b, String separator) {
        Set<String> parts = new LinkedHashSet<>(List.of(a.split(java.util.regex.Pattern.quote(separator))));
        parts.addAll(List.of(b.split(java.util.regex.Pattern.quote(separator))));
        return String.join(separator, parts);
    }
}
