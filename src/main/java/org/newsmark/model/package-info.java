/**
 * Plain immutable records of the annotation domain: documents, labels, spans, relations and their
 * offsets. Offsets here are Java {@code String} (UTF-16) indices, half-open {@code [start, end)}.
 * No JavaFX, no SQL, no file formats.
 */
package org.newsmark.model;
