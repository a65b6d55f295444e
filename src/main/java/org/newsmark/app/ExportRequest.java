package org.newsmark.app;

import java.util.Objects;
import java.util.Optional;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ExportOptions;
import org.newsmark.model.DocumentStatus;

/**
 * What to export.
 *
 * @param format  a format that can be written
 * @param status  only documents with this status, or all
 * @param options offsets, label subset and nested policy
 * @param layer   the annotator whose layer of every document to write; empty: per document {@code gold},
 *                else the workspace's annotator, else {@code default}, else its only layer
 * @param card    whether an export to a path gets its dataset card ({@code DATASET.md}) beside it
 *                (inside the folder for brat)
 */
public record ExportRequest(DatasetFormat format, Optional<DocumentStatus> status, ExportOptions options,
                            Optional<String> layer, boolean card) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(options, "options");
        if (!format.canWrite()) {
            throw new IllegalArgumentException(format.code() + " cannot be exported");
        }
    }

    /** With a dataset card. */
    public ExportRequest(DatasetFormat format, Optional<DocumentStatus> status, ExportOptions options,
                         Optional<String> layer) {
        this(format, status, options, layer, true);
    }

    /** Each document's layer chosen as {@link #layer} explains for an empty one; with a dataset card. */
    public ExportRequest(DatasetFormat format, Optional<DocumentStatus> status, ExportOptions options) {
        this(format, status, options, Optional.empty());
    }

    public ExportRequest withLayer(Optional<String> name) {
        return new ExportRequest(format, status, options, name, card);
    }

    public ExportRequest withCard(boolean written) {
        return new ExportRequest(format, status, options, layer, written);
    }

    public static ExportRequest of(DatasetFormat format) {
        return new ExportRequest(format, Optional.empty(), ExportOptions.defaults());
    }
}
