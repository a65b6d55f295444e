/**
 * Several annotators on one corpus: how far they agree (span F1, Cohen's and Fleiss' kappa over
 * tokens, Krippendorff's unitizing alpha over characters, {@code said_by} agreement) and curation of
 * their layers into one gold layer. Pure logic on model records: no store, no JavaFX.
 */
package org.newsmark.app.team;
