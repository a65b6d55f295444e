/**
 * Text segmentation shared by every layer above the model: sentences and words of an article, found
 * by ICU's break iterators with the abbreviations of news prose ({@link org.newsmark.text.Segmenter}).
 * Depends on nothing in Newsmark but the model.
 */
package org.newsmark.text;
