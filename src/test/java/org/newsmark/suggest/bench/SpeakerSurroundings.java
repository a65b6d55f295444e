package org.newsmark.suggest.bench;

import java.util.List;
import java.util.Set;
import org.newsmark.suggest.SpanKey;
import org.newsmark.suggest.SpeechWords;
import org.newsmark.text.SentenceBreaks;
import org.newsmark.text.Segmenter;

/**
 * Coarse classes of what stands around a speaker mention (word classes, distances, shapes), for counting misses of
 * the blind part without showing any of its words.
 */
final class SpeakerSurroundings {

    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "for", "from", "with", "after",
            "before", "of", "to", "about", "over", "against", "into", "by", "under", "since", "through", "via");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    private static final Set<String> AUXILIARIES = Set.of("also", "further", "later", "then", "previously", "had", "has",
            "have", "was", "were", "is", "are", "would", "will", "could", "did", "does", "do", "can", "may");

    private final String text;
    private final SentenceBreaks sentences;

    SpeakerSurroundings(String text) {
        this.text = text;
        this.sentences = Segmenter.sentences(text);
    }

    /** The class of the word right after a span: punctuation, possessive, preposition, relative, verb shape, case. */
    String next(SpanKey span) {
        String after = text.substring(span.range().end(), Math.min(text.length(), span.range().end() + 40));
        if (after.startsWith("'s") || after.startsWith("’s")) {
            return "possessive";
        }
        if (after.isEmpty() || after.matches("(?s)[.!?].*")) {
            return "sentence end";
        }
        if (after.matches("(?s)\\s*[-–—(:;\\[].*")) {
            return "dash, bracket, colon or semicolon";
        }
        if (after.matches("(?s)\\s*[\"“”'‘’].*")) {
            return "quote mark";
        }
        if (after.startsWith(",")) {
            return "comma";
        }
        return wordClass(firstWord(after));
    }

    /** The class of the word right before a span. */
    String previous(SpanKey span) {
        String before = text.substring(Math.max(0, span.range().start() - 40), span.range().start());
        String stripped = before.stripTrailing();
        if (stripped.isEmpty() || stripped.matches("(?s).*[.!?\\n]$") || before.matches("(?s).*\\n\\s*$")) {
            return "sentence or paragraph start";
        }
        if (stripped.matches("(?s).*[\"“”'‘’]$")) {
            return "quote mark";
        }
        if (stripped.matches("(?s).*[-–—(:;\\[]$")) {
            return "dash, bracket, colon or semicolon";
        }
        if (stripped.endsWith(",")) {
            return "comma";
        }
        String[] words = stripped.split("[\\s]+");
        return wordClass(words[words.length - 1]);
    }

    private static String firstWord(String s) {
        String[] parts = s.strip().split("[\\s,.;:!?\"“”]+", 2);
        return parts.length == 0 ? "" : parts[0];
    }

    private static String wordClass(String word) {
        if (word.isEmpty()) {
            return "nothing";
        }
        String lower = word.toLowerCase();
        if (SpeechWords.isSpeechVerb(lower)) {
            return "speech verb";
        }
        if (PREPOSITIONS.contains(lower)) {
            return "preposition";
        }
        if (RELATIVES.contains(lower)) {
            return "relative or that";
        }
        if (AUXILIARIES.contains(lower)) {
            return "adverb or auxiliary";
        }
        if (lower.equals("and") || lower.equals("or")) {
            return "and/or";
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return "capitalised word";
        }
        if (Character.isDigit(word.charAt(0))) {
            return "number";
        }
        if (lower.endsWith("ly")) {
            return "other -ly adverb";
        }
        if (lower.endsWith("ed")) {
            return "other -ed word";
        }
        if (lower.endsWith("s")) {
            return "other -s word";
        }
        return "other lower-case word";
    }

    /** Whether a speech verb stands within three words after the span, within three before it, or neither. */
    String verb(SpanKey span) {
        int sentence = sentences.indexOf(span.range().start());
        var range = sentences.sentence(sentence);
        String after = text.substring(span.range().end(), Math.max(span.range().end(), range.end()));
        String before = text.substring(range.start(), span.range().start());
        if (anySpeechVerb(List.of(after.strip().split("[^\\p{L}’'-]+")).stream().limit(3).toList())) {
            return "a speech verb within 3 words after";
        }
        String[] bw = before.strip().split("[^\\p{L}’'-]+");
        if (anySpeechVerb(List.of(bw).subList(Math.max(0, bw.length - 3), bw.length))) {
            return "a speech verb within 3 words before";
        }
        boolean anyInSentence = anySpeechVerb(List.of(text.substring(range.start(), range.end()).split("[^\\p{L}’'-]+")));
        return anyInSentence ? "a speech verb further away in the sentence" : "no speech verb in the sentence";
    }

    private static boolean anySpeechVerb(List<String> words) {
        return words.stream().anyMatch(w -> !w.isEmpty() && SpeechWords.isSpeechVerb(w.toLowerCase()));
    }

    /** Where a quote sits from a speaker: before or after it, in the same sentence, the next one, or further. */
    String position(SpanKey speaker, SpanKey quote) {
        int s = sentences.indexOf(speaker.range().start());
        int q = sentences.indexOf(Math.min(text.length() - 1, quote.range().start()));
        int qEnd = sentences.indexOf(Math.max(quote.range().start(), quote.range().end() - 1));
        boolean after = quote.range().start() >= speaker.range().end();
        if (s >= q && s <= qEnd) {
            return "same sentence, quote " + (after ? "after" : "before");
        }
        int gap = after ? q - s : s - qEnd;
        String where = gap == 1 ? "adjacent sentence" : gap <= 3 ? "2-3 sentences away" : "4+ sentences away";
        boolean paragraph = text.substring(Math.min(speaker.range().end(), quote.range().start()),
                Math.max(speaker.range().start(), quote.range().end())).contains("\n");
        return where + ", quote " + (after ? "after" : "before") + (paragraph ? ", across a paragraph break" : "");
    }

    /** Where a chosen (wrong) speaker sits from the gold one: which side, and how many sentences apart. */
    String chosenFromGold(SpanKey chosen, SpanKey gold) {
        if (chosen.range().overlaps(gold.range())) {
            return "overlapping";
        }
        int c = sentences.indexOf(chosen.range().start());
        int g = sentences.indexOf(gold.range().start());
        String side = chosen.range().start() < gold.range().start() ? "before" : "after";
        int gap = Math.abs(c - g);
        return side + " the gold one, " + (gap == 0 ? "same sentence" : gap == 1 ? "adjacent sentence" : gap <= 3
                ? "2-3 sentences apart" : "4+ sentences apart");
    }
}
