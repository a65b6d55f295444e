package org.newsmark.app;

import java.util.Comparator;
import java.util.List;
import org.newsmark.model.Span;

/** Speaker spans near a quote, nearest first, for picking the speaker by number or arrow keys. */
public final class SpeakerCandidates {

    private SpeakerCandidates() {
    }

    public static List<Span> near(Span quote, List<Span> spans, String speakerLabel, int limit) {
        return spans.stream()
                .filter(s -> s.label().equals(speakerLabel) && s.id() != quote.id())
                .sorted(Comparator.comparingInt((Span s) -> distance(quote, s)).thenComparingInt(Span::start))
                .limit(limit)
                .toList();
    }

    static int distance(Span a, Span b) {
        if (a.range().overlaps(b.range())) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }
}
