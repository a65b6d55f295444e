package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.DocumentOrder;
import org.newsmark.model.Span;
import org.newsmark.model.TextRange;

/**
 * The ranges a document's spans already cover, per label, for the question "does a span of this label
 * already overlap that range?": a suggestion that differs from a tagged span only by a boundary (a
 * trailing comma, a missing article) is the same mention and is not proposed again.
 */
final class TaggedRanges {

    private record Ordered(List<TextRange> ranges, int longest) {
    }

    private final Map<String, Ordered> byLabel;

    private TaggedRanges(Map<String, Ordered> byLabel) {
        this.byLabel = byLabel;
    }

    static TaggedRanges of(List<Span> spans) {
        Map<String, List<TextRange>> ranges = new HashMap<>();
        spans.forEach(s -> ranges.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s.range()));
        Map<String, Ordered> byLabel = new HashMap<>();
        ranges.forEach((label, list) -> {
            list.sort(null);
            byLabel.put(label, new Ordered(list, list.stream().mapToInt(TextRange::length).max().orElse(0)));
        });
        return new TaggedRanges(byLabel);
    }

    /** Whether a span of {@code label} shares a character with {@code [start, end)}. */
    boolean overlap(String label, int start, int end) {
        Ordered tagged = byLabel.get(label);
        if (tagged == null) {
            return false;
        }
        // DocumentOrder.overlapping's scan, stopping at the first hit instead of listing them: asked per proposal
        List<TextRange> ranges = tagged.ranges();
        for (int i = DocumentOrder.firstStartingAtOrAfter(ranges, r -> r, start - tagged.longest() + 1);
                i < ranges.size() && ranges.get(i).start() < end; i++) {
            TextRange r = ranges.get(i);
            if (r.start() < end && start < r.end()) {
                return true;
            }
        }
        return false;
    }
}
