/**
 * Dataset import and export: pure model in, bytes out, and back. No SQL, no JavaFX, no store.
 *
 * <p>One writer and one reader class per format ({@link org.newsmark.io.DatasetFormat} lists them and
 * opens them). Writers are streaming: they are opened on a destination, receive documents one at a
 * time and return an {@link org.newsmark.io.ExportReport} from {@code finish()}. Readers parse every
 * input completely before returning an {@link org.newsmark.io.ImportBatch}, and fail with a
 * {@link org.newsmark.io.DatasetException} naming the file and line otherwise.
 *
 * <p>Offsets inside are Java UTF-16 indices; files carry Unicode code points by default or UTF-16 on
 * request. {@link org.newsmark.io.TextOffsets} is the only place that converts between the two.
 * Shared helpers: {@code Json} (Jackson setup), {@code StrictText} (strict UTF-8 file reading),
 * {@link org.newsmark.io.Tokenizer} (word and sentence segmentation for Prodigy and CoNLL),
 * {@code ExportSelection} (label subset and validity filter used by every writer) and
 * {@code DocumentAssembler} (offset checks and local ids used by every reader).
 */
package org.newsmark.io;
