package org.newsmark.ui.article.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Turns spans into CSS classes per run of text. Each label has a style key (e.g. {@code l3}); a
 * span on layer 0 paints the background ({@code bg-l3}), on layer 1 an underline ({@code ul-l3}),
 * deeper layers the text colour ({@code fg-l3}), so nested and overlapping spans all stay visible.
 * Emphasised spans (the selected span and its linked spans) add {@code em}; every tagged run has
 * {@code tagged}. Suggestions are drawn apart, by {@link OutlineOverlay}.
 */
public final class Highlighter {

    public static final String TAGGED = "tagged";
    public static final String EMPHASIS = "em";
    public static final String HIT = "hit";

    private Highlighter() {
    }

    /** Styles for the whole text. */
    public static StyleSpans<Collection<String>> compute(int textLength, List<Span> spansInOrder,
                                                         Map<String, String> styleKeyByVisibleLabel,
                                                         Set<Long> emphasized) {
        return computeRegion(new TextRange(0, textLength), spansInOrder, styleKeyByVisibleLabel, emphasized, List.of());
    }

    public static StyleSpans<Collection<String>> computeRegion(TextRange region, List<Span> spansInOrder,
                                                               Map<String, String> styleKeyByVisibleLabel,
                                                               Set<Long> emphasized) {
        return computeRegion(region, spansInOrder, styleKeyByVisibleLabel, emphasized, List.of());
    }

    /**
     * Styles for {@code region} only, to be applied at {@code region.start()}. The region must be a
     * cluster boundary ({@link SpanLayers#cluster}) for layers to match a full computation.
     * Suggestions are not styles: {@link OutlineOverlay} draws them over the text.
     */
    public static StyleSpans<Collection<String>> computeRegion(TextRange region, List<Span> spansInOrder,
                                                               Map<String, String> styleKeyByVisibleLabel,
                                                               Set<Long> emphasized, List<TextRange> hitsInOrder) {
        List<Span> visible = new ArrayList<>();
        // a cluster holds every span that overlaps it, so none starts before region.start()
        for (Span span : spansInOrder.subList(SpanLayers.firstStartingAtOrAfter(spansInOrder, region.start()),
                spansInOrder.size())) {
            if (span.start() >= region.end()) {
                break;
            }
            if (span.end() > region.start() && styleKeyByVisibleLabel.containsKey(span.label())) {
                visible.add(span);
            }
        }
        Map<Long, Integer> layers = SpanLayers.assign(visible);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(region.start(), region.end()));
        for (Span span : visible) {
            cuts.add(Math.max(span.start(), region.start()));
            cuts.add(Math.min(span.end(), region.end()));
        }
        List<TextRange> hits = hitsInOrder.stream().filter(h -> h.overlaps(region)).toList();
        for (TextRange hit : hits) {
            cuts.add(Math.max(hit.start(), region.start()));
            cuts.add(Math.min(hit.end(), region.end()));
        }
        int nextHit = 0;
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<Span> active = new ArrayList<>();
        int next = 0;
        Iterator<Integer> it = cuts.iterator();
        int from = it.next();
        while (it.hasNext()) {
            int to = it.next();
            while (next < visible.size() && visible.get(next).start() <= from) {
                active.add(visible.get(next++));
            }
            final int segmentStart = from;
            active.removeIf(s -> s.end() <= segmentStart);
            while (nextHit < hits.size() && hits.get(nextHit).end() <= from) {
                nextHit++;
            }
            boolean inHit = nextHit < hits.size() && hits.get(nextHit).start() <= from;
            builder.add(classes(active, layers, styleKeyByVisibleLabel, emphasized, inHit), to - from);
            from = to;
        }
        if (region.isEmpty()) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> classes(List<Span> active, Map<Long, Integer> layers, Map<String, String> keys,
                                              Set<Long> emphasized, boolean inHit) {
        if (active.isEmpty()) {
            return inHit ? List.of(HIT) : List.of();
        }
        Set<String> classes = new LinkedHashSet<>();
        classes.add(TAGGED);
        for (Span span : active) {
            String key = keys.get(span.label());
            int layer = layers.get(span.id());
            classes.add((layer == 0 ? "bg-" : layer == 1 ? "ul-" : "fg-") + key);
            if (emphasized.contains(span.id())) {
                classes.add(EMPHASIS);
            }
        }
        if (inHit) {
            classes.add(HIT);
        }
        return List.copyOf(classes);
    }
}
