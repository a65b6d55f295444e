package org.newsmark.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.Span;

/**
 * Who a pronoun speaker stands for. The guidelines tag the attributed mention ({@code he said}), so a quote's
 * speaker is often a pronoun; readers of a quote list want the name it refers to: the nearest span with the
 * same label before it that is not itself a pronoun.
 */
public final class PronounSpeaker {

    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");

    private PronounSpeaker() {
    }

    /** The named mention {@code speaker} refers to, when it is a third-person pronoun and one comes before it. */
    public static Optional<Span> antecedent(List<Span> spansInOrder, String text, Span speaker) {
        if (!isPronoun(speaker, text)) {
            return Optional.empty();
        }
        for (int i = firstAtOrAfter(spansInOrder, speaker.range().start()) - 1; i >= 0; i--) {
            Span before = spansInOrder.get(i);
            if (before.label().equals(speaker.label()) && before.range().end() <= speaker.range().start()
                    && !isPronoun(before, text)) {
                return Optional.of(before);
            }
        }
        return Optional.empty();
    }

    private static boolean isPronoun(Span span, String text) {
        return THIRD_PERSON.contains(span.textIn(text).strip().toLowerCase(Locale.ROOT));
    }

    /** The index of the first span starting at or after {@code offset} in a list ordered by start. */
    private static int firstAtOrAfter(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).range().start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
