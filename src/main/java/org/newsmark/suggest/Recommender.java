package org.newsmark.suggest;

/** Proposes spans and links for one document. Implementations are stateless per call and thread-safe. */
public interface Recommender {

    /** A short stable name shown with each suggestion, e.g. {@code figures}. */
    String name();

    Suggestions suggest(SuggestionContext context);
}
