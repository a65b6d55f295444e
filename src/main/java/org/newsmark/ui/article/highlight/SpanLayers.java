package org.newsmark.ui.article.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * Gives overlapping spans different layers so each gets its own visual channel. Spans in document
 * order take the lowest layer not held by an earlier span that still covers their start: an outer
 * quote gets layer 0, a place inside it layer 1. A span's layer depends only on the spans it
 * overlaps, so a cluster of overlapping spans can be laid out on its own.
 */
public final class SpanLayers {

    private SpanLayers() {
    }

    /** Layers by span id, for spans given in document order. */
    public static Map<Long, Integer> assign(List<Span> spansInOrder) {
        Map<Long, Integer> layers = new HashMap<>();
        List<Integer> layerEnds = new ArrayList<>();
        for (Span span : spansInOrder) {
            int layer = 0;
            while (layer < layerEnds.size() && layerEnds.get(layer) > span.start()) {
                layer++;
            }
            if (layer == layerEnds.size()) {
                layerEnds.add(span.end());
            } else {
                layerEnds.set(layer, span.end());
            }
            layers.put(span.id(), layer);
        }
        return layers;
    }

    static int firstStartingAtOrAfter(List<Span> spansInOrder, int start) {
        return DocumentOrder.firstStartingAtOrAfter(spansInOrder, Span::range, start);
    }

    /**
     * The smallest range that holds {@code changed} and every span transitively overlapping it:
     * restyling this range alone gives the same result as restyling the whole text.
     */
    public static TextRange cluster(List<Span> spansInOrder, TextRange changed) {
        int longest = 0;
        for (Span span : spansInOrder) {
            longest = Math.max(longest, span.range().length());
        }
        return cluster(spansInOrder, changed, longest);
    }

    /** {@link #cluster(List, TextRange)} when no span is longer than {@code longest}, without a pass over all spans. */
    public static TextRange cluster(List<Span> spansInOrder, TextRange changed, int longest) {
        int start = changed.start();
        int end = changed.end();
        boolean grew = true;
        while (grew) {
            grew = false;
            // no span starting before start - longest can reach start
            for (int i = firstStartingAtOrAfter(spansInOrder, start - longest); i < spansInOrder.size(); i++) {
                Span span = spansInOrder.get(i);
                if (span.start() >= end) {
                    break;
                }
                if (span.end() > start && (span.start() < start || span.end() > end)) {
                    start = Math.min(start, span.start());
                    end = Math.max(end, span.end());
                    grew = true;
                }
            }
        }
        return new TextRange(start, end);
    }
}
