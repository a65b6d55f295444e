/**
 * Pre-annotation: recommenders that propose spans (speaker, quote, figure, place) and {@code said_by}
 * links for a document, the {@link org.newsmark.suggest.SuggestionEngine} that runs and merges them,
 * the analyst-fed {@link org.newsmark.suggest.CorpusMemory} and the {@link org.newsmark.suggest.Evaluator}
 * that scores predictions against gold annotations. Pure Java: no SQL, no JavaFX.
 * Offsets are Java {@code String} (UTF-16) indices, half-open.
 */
package org.newsmark.suggest;
