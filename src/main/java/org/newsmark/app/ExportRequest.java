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
 */
public record ExportRequest(DatasetFormat format, Optional<DocumentStatus> status, ExportOptions options) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(options, "options");
        if (!format.canWrite()) {
            throw new IllegalArgumentException(format.code() + " cannot be exported");
        }
    }

    public static ExportRequest of(DatasetFormat format) {
        return new ExportRequest(format, Optional.empty(), ExportOptions.defaults());
    }
}
