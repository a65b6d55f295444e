package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.model.TextRange;

/**
 * The test's oracle for {@link QuoteAnalyzer#attributeAll}: the rules written as the plain passes over
 * every attribution for every quote that QuoteAnalyzer made before it indexed the attributions
 * (quadratic, so only for test-sized texts); the small text helpers are QuoteAnalyzer's own. Both must agree on every text.
 */
final class QuoteAttributionReference {

    private static final int CONTINUATION_DISTANCE = 600;

    private QuoteAttributionReference() {
    }

    static List<AttributedQuote> attributeAll(String text, QuoteAnalyzer.Found found, List<TextRange> extraQuotes) {
        List<TextRange> direct = found.direct();
        List<Attribution> attributions = found.attributions();
        List<Attribution> outer = found.outer();
        Map<TextRange, AttributedQuote> quotes = new LinkedHashMap<>();
        Optional<Attribution> previous = Optional.empty();
        int previousEnd = -1;
        List<TextRange> all = new ArrayList<>(direct);
        attributions.forEach(a -> a.content().ifPresent(all::add));
        all.addAll(extraQuotes);
        all.sort(Comparator.naturalOrder());
        for (TextRange q : all) {
            if (quotes.containsKey(q)) {
                continue;
            }
            AttributedQuote aq = attribute(text, q, direct.contains(q), attributions, outer, previous, previousEnd);
            quotes.put(q, aq);
            if (aq.attribution().filter(outer::contains).isPresent()) {
                previous = aq.attribution();
                previousEnd = q.end();
            }
        }
        return List.copyOf(quotes.values());
    }

    private static AttributedQuote attribute(String text, TextRange q, boolean direct, List<Attribution> all,
                                             List<Attribution> attributions, Optional<Attribution> previous,
                                             int previousEnd) {
        Optional<Attribution> reporting = all.stream().filter(a -> a.content().equals(Optional.of(q))).findFirst()
                .filter(a -> !QuoteAnalyzer.nestedFirstPerson(text, a, new java.util.HashSet<>(attributions)));
        if (reporting.isPresent()) {
            return new AttributedQuote(q, direct, reporting, "reported after '" + reporting.get().cue().of(text) + "'");
        }
        int close = QuoteAnalyzer.closingMark(text, q.end());
        int open = QuoteAnalyzer.openingMark(text, q.start());
        Optional<Attribution> inner = direct ? QuoteAnalyzer.singleMarkSpeaker(text, open) : Optional.empty();
        if (inner.isPresent()) {
            return new AttributedQuote(q, direct, inner, "introduced by '" + QuoteAnalyzer.span(text, inner.get()) + "'");
        }
        boolean sentenceClosed = QuoteAnalyzer.endsWithFullStop(text, q);
        int sentenceStart = Sentences.startOf(text, q.start());
        Optional<Attribution> speakerBefore = attributions.stream()
                .filter(a -> a.speakerFirst() && a.cue().start() >= sentenceStart && a.cue().end() <= q.start())
                .reduce((a, b) -> b);
        for (Attribution a : attributions) {
            if (a.anchor() >= close && QuoteAnalyzer.onlyPunctuation(text, close, a.anchor())
                    && !(sentenceClosed && Character.isUpperCase(text.charAt(a.anchor())) && !QuoteAnalyzer.endsBareSentence(text, a))
                    && !(a.relays(text) && speakerBefore.isPresent()) && !QuoteAnalyzer.opensOwnQuote(text, q, a)) {
                return new AttributedQuote(q, direct, Optional.of(a), "followed by '" + QuoteAnalyzer.span(text, a) + "'");
            }
        }
        for (Attribution a : attributions) {
            if (a.end() <= open && QuoteAnalyzer.onlyPunctuation(text, a.end(), open)) {
                return new AttributedQuote(q, direct, Optional.of(a), "introduced by '" + QuoteAnalyzer.span(text, a) + "'");
            }
        }
        for (Attribution a : attributions) {
            if (a.content().isPresent() && a.content().get().contains(q)) {
                return new AttributedQuote(q, direct, Optional.of(a), "inside the clause reported by '"
                        + QuoteAnalyzer.span(text, a) + "'");
            }
        }
        int sentenceEnd = Sentences.endOf(text, Math.max(q.start(), q.end() - 1));
        Optional<Attribution> inSentence = speakerBefore
                .or(() -> attributions.stream()
                        .filter(a -> a.anchor() >= q.end() && a.end() <= sentenceEnd).findFirst());
        if (inSentence.isPresent()) {
            return new AttributedQuote(q, direct, inSentence, "same sentence as '" + QuoteAnalyzer.span(text, inSentence.get()) + "'");
        }
        Optional<Attribution> subject = direct ? QuoteAnalyzer.introducingSubject(text, open, sentenceStart) : Optional.empty();
        if (subject.isPresent()) {
            return new AttributedQuote(q, direct, subject, "introduced by the clause of '"
                    + subject.get().speaker().of(text) + "'");
        }
        // a term in marks ("Operation Peace Spring", "exfiltration") is nobody's words: a phrase of a few words at least
        boolean partialQuote = direct && QuoteAnalyzer.mayBePartialQuote(text, q);
        Optional<Attribution> agent = partialQuote ? QuoteAnalyzer.passiveAgent(text, q) : Optional.empty();
        if (agent.isPresent()) {
            return new AttributedQuote(q, direct, agent, "said by the passive's agent '" + agent.get().speaker().of(text) + "'");
        }
        Optional<Attribution> partial = partialQuote ? QuoteAnalyzer.partialQuoteSubject(text, open, sentenceStart) : Optional.empty();
        if (partial.isPresent()) {
            return new AttributedQuote(q, direct, partial, "a partial quote in the sentence of '"
                    + partial.get().speaker().of(text) + "'");
        }
        boolean shortQuote = q.of(text).split("\\s+").length <= 4;
        Optional<TextRange> before = direct ? QuoteAnalyzer.sentenceBefore(text, q, open, sentenceStart) : Optional.empty();
        Optional<Attribution> sentenceBefore = before.flatMap(b -> attributions.stream()
                        .filter(a -> a.speakerFirst() && a.cue().start() >= b.start() && a.cue().end() <= b.end())
                        .reduce((a, c) -> c).filter(a -> QuoteAnalyzer.reportsNothing(a, b)))
                .filter(a -> previous.isEmpty() || previousEnd < a.anchor());
        if (sentenceBefore.isPresent()) {
            return new AttributedQuote(q, direct, sentenceBefore, "follows the sentence of '"
                    + QuoteAnalyzer.span(text, sentenceBefore.get()) + "'");
        }
        if (previous.isPresent() && q.start() - previousEnd < CONTINUATION_DISTANCE
                && (!shortQuote || direct && QuoteAnalyzer.ownSentence(text, q, open, sentenceStart))) {
            return new AttributedQuote(q, direct, previous, "continues the quote of '"
                    + previous.get().speaker().of(text) + "'");
        }
        return new AttributedQuote(q, direct, Optional.empty(), "no attribution found");
    }
}
