/**
 * Highlighting as a pure function: spans and labels in, RichTextFX {@code StyleSpans} out, so it is
 * tested without a window and recomputed only for the part of the text an edit touched.
 */
package org.newsmark.ui.article.highlight;
