package org.newsmark.suggest;

import java.util.Optional;
import org.newsmark.model.TextRange;

/**
 * An attribution found in the text: who ({@code speaker}), the cue ({@code said}, {@code according to}),
 * and the reported clause when the cue reports one.
 *
 * @param speakerFirst {@code Yoon said} rather than {@code said Yoon}
 * @param end          index after the whole attribution, adjuncts such as {@code on Friday} included
 */
record Attribution(TextRange speaker, TextRange cue, boolean speakerFirst, Optional<TextRange> content, int end) {

    /** Where the attribution begins: the speaker or the cue, whichever comes first. */
    int anchor() {
        return Math.min(speaker.start(), cue.start());
    }

    /** {@code according to X}: X may only relay words a speaker named in the same sentence said. */
    boolean relays(String text) {
        return !speakerFirst && cue.of(text).equalsIgnoreCase("according to");
    }

    boolean isPronoun(String text) {
        String who = speaker.of(text).toLowerCase(java.util.Locale.ROOT);
        return SpeechVocabulary.PRONOUNS.contains(who) || OBJECT_PRONOUNS.contains(who); // "according to him"
    }

    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("him", "her", "them", "us", "me");
}
