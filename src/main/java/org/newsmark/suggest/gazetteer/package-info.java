/**
 * The world gazetteer: place names from GeoNames (CC BY 4.0) and CLDR, built by
 * {@code src/build/gazetteer/build.mjs} into {@code resources/gazetteers/world-places.tsv.gz}, looked up
 * with a character trie, and the context rules that decide which matches in a text are places.
 */
package org.newsmark.suggest.gazetteer;
