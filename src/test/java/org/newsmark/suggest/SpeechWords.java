package org.newsmark.suggest;

/** The engine's speech verbs, opened to the bench tools, which count whether a speaker's verb is one of them. */
public final class SpeechWords {

    private SpeechWords() {
    }

    public static boolean isSpeechVerb(String lower) {
        return SpeechVocabulary.BARE_CLAUSE_VERBS.contains(lower) || SpeechVocabulary.NEED_THAT.contains(lower)
                || SpeechVocabulary.QUOTE_VERBS.contains(lower) || SpeechVocabulary.LISTENER_VERBS.contains(lower);
    }
}
