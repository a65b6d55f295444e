package org.newsmark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.OffsetUnit;

/**
 * What to import.
 *
 * @param inputs            files or folders
 * @param format            the format, or empty to detect it from the inputs
 * @param offsets           the unit of the offsets in the files
 * @param labelMap          labels renamed on the way in ({@code PER -> speaker})
 * @param annotator         who the spans are attributed to; empty means the format's name
 * @param includeDuplicates import documents whose text is already stored as well
 * @param strict            refuse the import (store nothing) where it would otherwise warn: a
 *                          {@code labelMap} entry whose label no span has
 */
public record ImportRequest(List<Path> inputs, Optional<DatasetFormat> format, OffsetUnit offsets,
                            Map<String, String> labelMap, Optional<String> annotator, boolean includeDuplicates,
                            boolean strict) {

    public ImportRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(offsets, "offsets");
        labelMap = Map.copyOf(labelMap);
        Objects.requireNonNull(annotator, "annotator");
    }

    /** Auto-detected format, code-point offsets, no renames, the format's name as annotator, no duplicates. */
    public static ImportRequest of(List<Path> inputs) {
        return new ImportRequest(inputs, Optional.empty(), OffsetUnit.CODEPOINT, Map.of(), Optional.empty(), false,
                false);
    }

    public ImportRequest withFormat(Optional<DatasetFormat> newFormat) {
        return new ImportRequest(inputs, newFormat, offsets, labelMap, annotator, includeDuplicates, strict);
    }

    public ImportRequest withOffsets(OffsetUnit unit) {
        return new ImportRequest(inputs, format, unit, labelMap, annotator, includeDuplicates, strict);
    }

    public ImportRequest withLabelMap(Map<String, String> map) {
        return new ImportRequest(inputs, format, offsets, map, annotator, includeDuplicates, strict);
    }

    public ImportRequest withAnnotator(Optional<String> name) {
        return new ImportRequest(inputs, format, offsets, labelMap, name, includeDuplicates, strict);
    }

    public ImportRequest withDuplicates(boolean include) {
        return new ImportRequest(inputs, format, offsets, labelMap, annotator, include, strict);
    }

    public ImportRequest withStrict(boolean refuse) {
        return new ImportRequest(inputs, format, offsets, labelMap, annotator, includeDuplicates, refuse);
    }
}
