/**
 * Newsmark: a desktop workbench for annotating news articles. Layers, each looking only down:
 * {@code model} → {@code store}, {@code io}, {@code suggest} → {@code app} → {@code ui}, {@code cli}.
 */
package org.newsmark;
